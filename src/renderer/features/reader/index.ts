/** The reader feature: side-by-side columns, outline navigation, and text ↔ offset mapping. */
export { ReaderView } from './ReaderView'
export { openInReader } from './reader-layout'
export { useRevealInReader, revealOffsets } from './reveal-in-reader'
export { useSelectionOffsets } from './useSelectionOffsets'
export type { Highlight } from './highlight-marks'
export { offsetOfPoint, rangeFromOffsets, selectOffsets, selectionToOffsets, BLOCK_SELECTOR } from './selection-offsets'
