/**
 * Comparison across a library: document labels for every compare heading, comparison sets, how the
 * theme lanes group and label rows, and the reader's "sync by topic" choice. Pure.
 */
export { documentLabel, documentLabels, documentHoverTitle, displayColumns, DEFAULT_LABEL_COLUMNS, LABEL_SEPARATOR, type LabelOptions, type LabelSource } from './document-label'
export { checkSet, matchesRule, orderDocuments, resolveSet, toSetRule, MAX_SET_NAME, type ComparisonSet, type ResolvedSet, type SetMember, type SetProblem, type SetRule } from './comparison-set'
export { labelRow, wordFrequencies, LABEL_WORDS, MIN_MEMBER_SHARE } from './row-label'
export { dominantSubtheme, groupLaneRows, rowCoverage, type Coverage, type LaneItem } from './lane-groups'
export { chooseSyncTarget, passageAt, SCORE_TIE, type SyncMatch, type SyncPassage, type SyncTarget } from './sync-choice'
