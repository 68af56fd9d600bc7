/**
 * Public entry of anchoring: selectors from a selection, text fingerprints, and re-anchoring of
 * annotations after a document's text changes. All offsets are UTF-16 code units of the document text.
 */
export type { Annotation, AnchorStatus, HighlightColor, TextPositionSelector, TextQuoteSelector } from './types'
export { describeSelection, DEFAULT_CONTEXT_LENGTH } from './describe-selection'
export { hashText } from './hash-text'
export { matchQuote, MIN_FUZZY_SCORE, type MatchQuoteOptions, type QuoteMatch } from './match-quote'
export { anchorAnnotation, type AnchorContext, type AnchorResult, type AnchorTarget } from './anchor-annotation'
export { reanchorAll, applyAnchor, type ReanchorSummary } from './reanchor-all'
export { reanchorByDocument, type DocumentAnchorTarget } from './reanchor-by-document'
export { mapPositions, type PositionMap } from './map-positions'
export { foldText, type FoldedText } from './fold-text'
export { validateAnnotation, HIGHLIGHT_COLORS, ANCHOR_STATUSES } from './validate-annotation'
