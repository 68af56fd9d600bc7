/**
 * Alignment: for every passage, the most similar passages in each other document (mixed word/bigram
 * TF-IDF with boilerplate down-weighting, theme and heading bonuses, inverted-index pruning), rows of
 * mutually aligned passages across documents, shared wording of two passages, and the plain
 * character-bigram baseline. All offsets are UTF-16 units. Typical use in a worker:
 *
 *   const matches = alignDocuments(docs, { top: 3, onProgress: (done, total) => post({ done, total }) })
 *   const rows = buildAlignmentRows(docs, { themeId: 'safety' })
 *   const words = sharedWording(textA, textB)
 */
export {
  alignDocuments,
  DEFAULT_TOP,
  type AlignOptions,
  type PassageMatch,
  type PassageRef,
} from './align-passages'
export { buildAlignmentRows, groupMatchesIntoRows, ROW_MIN_SCORE, type AlignmentRow, type RowOptions } from './alignment-rows'
export { alignDocumentsBaseline, type BaselineOptions } from './baseline-bigram'
export { sharedWording, MIN_COMMON_CHARS, type SharedWording, type CommonSpan } from './shared-wording'
export { extractPassageTerms, type AlignDocument, type AlignPassage, type PassageTerms } from './passage-vectors'
export { BOILERPLATE_WORDS } from './boilerplate'
