/** Public entry of duplicate and version detection on import. */
export { createImportClassifier, type ImportClassifier, type KnownDocument } from './classify-import'
