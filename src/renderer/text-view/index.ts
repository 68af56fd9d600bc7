/**
 * The document text as the reader and the annotation tools both see it: offsets of a DOM selection in
 * the document's text, a DOM range from offsets, and highlights drawn as marks. Below the features, so
 * the reader draws annotations and the annotations feature places its toolbar without importing each other.
 */
export { rangeFromOffsets, selectOffsets, BLOCK_SELECTOR } from './selection-offsets'
export { highlightsIn, renderHighlighted, type Highlight } from './highlight-marks'

export { useSelectionOffsets } from './useSelectionOffsets'
export { layoutStripes, offsetToY, MIN_STRIPE_PX, type BlockBox } from './coding-stripes'
