// Concordance (keyword in context) over many documents: build an index once, search it many times.
// Pure; offsets in hits are UTF-16 code units into each document's own text.

export { buildConcordanceIndex } from './build-index'
export { searchConcordance } from './search-concordance'
export { sortHits, type HitOrder } from './sort-hits'
export { spansToCode, enclosingSpan, CODE_SCOPES, type CodeScope, type CodeSpan, type DocSpan } from './hit-spans'
export * from './types'
