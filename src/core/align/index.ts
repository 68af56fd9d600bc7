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
export {
  alignDocuments,
  documentsWithoutChinese,
  DEFAULT_TOP,
  type AlignOptions,
  type PassageMatch,
  type PassageRef,
} from './align-passages'
export { buildAlignmentRows, groupMatchesIntoRows, ROW_MIN_SCORE, type AlignmentRow, type RowOptions } from './alignment-rows'
export { alignDocumentsBaseline, type BaselineOptions } from './baseline-bigram'
export { selectMatches, type SelectOptions } from './select-matches'
export { sharedWording, MIN_COMMON_CHARS, type SharedWording, type CommonSpan } from './shared-wording'
export { extractPassageTerms, passageTermsOf, type AlignDocument, type AlignPassage, type PassageTerms } from './passage-vectors'
export { BOILERPLATE_WORDS } from './boilerplate'
export { matchProbability, NO_COUNTERPART_BELOW, CALIBRATION } from './calibrate'
export { background, type Background } from './background'
export { broadTerms, describeBroadTerm, backgroundShare, BROAD_DECISIVE_SHARE, BROAD_SUPPORT_SHARE, type BroadTerm } from './broad-terms'
export {
  mergeDecisions,
  resolvePassage,
  MIN_OVERLAP_RATIO,
  type AlignmentDecision,
  type PassageKey,
  type SuggestedRow,
  type MergedRow,
  type MergedMember,
  type MemberStatus,
  type MergeResult,
} from './merge-decisions'
export { compareYears, YEAR_MATCH_MIN_SCORE, CONTINUED_MIN_SHARED, type YearComparison, type YearOptions, type YearStatus, type LaterPassage } from './year-over-year'
