/**
 * Comparison across a library: document labels for every compare heading, comparison sets, how the
 * theme lanes group and label rows, and the reader's "sync by topic" choice. Pure.
 */
export {
  documentLabel,
  documentLabels,
  documentHoverTitle,
  displayColumns,
  LABEL_SEPARATOR,
  SHORT_TYPE_NAMES_ZH,
  type LabelSource,
} from './document-label'
export { checkSet, orderDocuments, resolveSet, toSetRule, type ComparisonSet, type SetMember, type SetRule } from './comparison-set'
export { growLabelWord, labelRow, MAX_GROWN_CHARS, wordFrequencies } from './row-label'
export { dominantSubtheme, groupLaneRows, rowCoverage } from './lane-groups'
export { chooseSyncTarget, passageAt, SCORE_TIE, type SyncMatch, type SyncPassage, type SyncTarget } from './sync-choice'
