/** Importing files into the library: the app-wide provider, its hook, and the shared import path. */
export { ImportProvider, useImport } from './ImportProvider'
export { importAndStore, type ImportOutcome } from './import-file'
