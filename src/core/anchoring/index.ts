/**
 * Public entry of anchoring: selectors from a selection, text fingerprints, and re-anchoring of
 * annotations after a document's text changes. All offsets are UTF-16 code units of the document text.
 */
export type { Annotation, AnchorStatus, HighlightColor, TextPositionSelector, TextQuoteSelector } from './types'
export { describeSelection } from './describe-selection'
export { hashText } from './hash-text'
export { matchQuote } from './match-quote'
export { anchorAnnotation, type AnchorResult, type AnchorTarget } from './anchor-annotation'
export { reanchorAll, applyAnchor } from './reanchor-all'
export { reanchorByDocument } from './reanchor-by-document'
export { mapPositions } from './map-positions'
export { foldText } from './fold-text'
export { HIGHLIGHT_COLORS } from './validate-annotation'
