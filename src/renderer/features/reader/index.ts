/** The reader feature: side-by-side columns and outline navigation (text ↔ offset mapping is in text-view/). */
export { ReaderView } from './ReaderView'
export { openInReader } from './reader-layout'
export { useRevealInReader } from './reveal-in-reader'
