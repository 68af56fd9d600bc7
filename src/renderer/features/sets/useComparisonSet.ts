/**
 * The comparison set every compare view works on: the current saved set resolved against the library
 * (its documents in place-then-year order, and the ids it names that are gone), or the whole library
 * when no set is chosen.
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { orderDocuments, resolveSet, type ComparisonSet } from '../../../core/compare'
import { currentSet, listSets } from '../../db/comparison-sets'
import type { DocumentMeta } from '../../db/database'
import { listDocumentMeta } from '../../db/documents'

/** What a compare view gets. */
export interface ComparisonSetState {
  /** False until the library and the current set have been read. */
  ready: boolean
  /** The current set; undefined when none is chosen (the views then show the whole library). */
  set: ComparisonSet | undefined
  /** Every saved set, most recently changed first. */
  saved: ComparisonSet[]
  /** The whole library (without texts: a set is chosen by metadata). */
  library: DocumentMeta[]
  /** The set's documents (the whole library without a set), place then year. */
  docs: DocumentMeta[]
  /** Ids the set names that are no longer in the library. */
  missing: string[]
}

/** The current comparison set, live. */
export function useComparisonSet(): ComparisonSetState {
  const library = useLiveQuery(() => listDocumentMeta(), [])
  const set = useLiveQuery(async () => ({ value: await currentSet() }), [])
  const saved = useLiveQuery(() => listSets(), [])
  return useMemo(() => {
    const all = library ?? []
    const resolved = set?.value ? resolveSet(set.value.rule, all) : { docs: orderDocuments(all), missing: [] }
    return { ready: library !== undefined && set !== undefined, set: set?.value, saved: saved ?? [], library: all, ...resolved }
  }, [library, set, saved])
}
