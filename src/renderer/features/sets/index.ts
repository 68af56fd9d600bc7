/**
 * Comparison sets: what every compare view (lanes, matrix, document map, concordance, figures) works
 * on, chosen and saved by name; and the one label of each document those views show.
 */
import './sets.css'

export { useComparisonSet } from './useComparisonSet'
export { byLabel, useDocumentLabels, type DocumentLabel, type LabelOf } from './useDocumentLabels'
export { useSetScope } from './useSetScope'
export { SetBar } from './SetBar'
export { SetChooser } from './SetChooser'
