/**
 * The document text as the reader and the annotation tools both see it: offsets of a DOM selection in
 * the document's text, a DOM range from offsets, highlights drawn as marks, and scrolling to an offset
 * in a text that renders only the paragraphs in view. Below the features, so the reader draws
 * annotations and the annotations feature places its toolbar without importing each other.
 */
export { offsetOfPoint, rangeFromOffsets, selectOffsets, selectionToOffsets, BLOCK_SELECTOR } from './selection-offsets'
export { highlightBackground, type Highlight } from './highlight-marks'
export { useSelectionOffsets } from './useSelectionOffsets'
export { layoutStripes, offsetToY, MIN_STRIPE_PX, type BlockBox, type StripeSource } from './coding-stripes'
export { estimateParagraphHeight, groupByParagraph, paragraphAt, type TextMetrics } from './paragraph-index'
export { registerLayout, revealSpan, scrollToOffset } from './scroll-to-offset'
export { paintFindHits } from './find-highlights'
export { renderShaded, type Shade } from './shaded-spans'
