/** The library feature: the document table view and the sample reports. */
export { LibraryView } from './LibraryView'
export { restoreMissingSamples, seedSamplesOnFirstRun } from './seed-samples'
