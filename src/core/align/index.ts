/**
 * Alignment: for every passage, the most similar passages in each other document (TF-IDF over
 * segmenter words, policy concepts and character bigrams, with boilerplate down-weighting, best-clause
 * matching, theme and heading bonuses, corroboration through third documents, inverted-index
 * pruning), rows of mutually aligned passages across documents, shared wording of two passages, and
 * the plain character-bigram baseline. All offsets are UTF-16 units. Typical use in a worker:
 *
 *   // once per document, after classifyDocument: features depend only on the passage text
 *   const terms = docs.map((d) => d.passages.map(passageTermsOf(d.text)))
 *   const matches = alignDocuments(docs, { top: 3, terms, onProgress: (done, total) => post({ done, total }) })
 *   const rows = buildAlignmentRows(docs, { themeId: 'safety', terms, onProgress })
 *   const words = sharedWording(textA, textB)
 */
export { alignDocuments, matchesByPassage, documentsWithoutChinese } from './align-passages'
export { buildAlignmentRows, groupMatchesIntoRows } from './alignment-rows'
export { alignDocumentsBaseline } from './baseline-bigram'
export { selectStreamed } from './select-matches'
export { sharedWording, MIN_COMMON_CHARS } from './shared-wording'
export { extractPassageTerms, passageTermsOf, type AlignDocument, type AlignPassage, type PassageTerms } from './passage-vectors'
export { broadTerms, describeBroadTerm, type BroadTerm } from './broad-terms'
export { NO_COUNTERPART_BELOW } from './calibrate'
export {
  mergeDecisions,
  resolvePassage,
  type AlignmentDecision,
  type PassageKey,
  type SuggestedRow,
  type MergedRow,
  type MemberStatus,
  type MergeResult,
} from './merge-decisions'
export { compareYears, YEAR_MATCH_MIN_SCORE, CONTINUED_MIN_SHARED, type YearComparison, type YearStatus } from './year-over-year'
