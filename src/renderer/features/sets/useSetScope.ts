/**
 * What a compare view needs to work on the current set: the set itself (for the bar naming it), the
 * ids of its documents in set order (stable between renders while they do not change, so analyses
 * are not restarted for nothing) and the one label of each document.
 */
import { useMemo } from 'react'
import { useComparisonSet, type ComparisonSetState } from './useComparisonSet'
import { useDocumentLabels, type LabelOf } from './useDocumentLabels'

/** A view's scope. */
export interface SetScope {
  sets: ComparisonSetState
  /** The set's document ids in set order; undefined until the library and set are read. */
  ids: readonly string[] | undefined
  labelOf: LabelOf
}

/** The current set as a compare view uses it. */
export function useSetScope(): SetScope {
  const sets = useComparisonSet()
  const labelOf = useDocumentLabels()
  const idsKey = sets.ready ? sets.docs.map((d) => d.id).join('|') : undefined
  // Keyed on the ids' text: a live-query refresh that changes nothing keeps the same array.
  const ids = useMemo(() => (idsKey === undefined ? undefined : idsKey === '' ? [] : idsKey.split('|')), [idsKey])
  return { sets, ids, labelOf }
}
