/**
 * Shared wording of the lanes rows on screen: each row's shown members are compared in the analysis
 * worker the first time the row is drawn, and the result is kept for the life of the view. Computing
 * it for every row up front cost seconds on a large set; a reader only ever looks at a screenful.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import type { MergedRow } from '../../../core/align'
import { wordingInWorker } from '../../workers/analysis-client'
import { ABORT_ERROR } from '../../workers/rpc'
import { passageMapKey, type LanePassage, type SharedMarks } from './useThemeLanes'

type Spans = { start: number; end: number }[]

/** The key of a group of passages compared together. */
const groupKey = (passages: readonly LanePassage[]): string => passages.map(passageMapKey).join('+')

/**
 * Marks for `groups` (each the members of one row as drawn): passage key → spans shared with another
 * member of its group. Groups not yet compared are sent to the worker together; until they come
 * back their passages have no entry (drawn unmarked).
 */
export function useRowWording(groups: readonly (readonly LanePassage[])[]): SharedMarks {
  const cache = useRef(new Map<string, Spans[]>())
  const [version, setVersion] = useState(0)
  const missing = groups.filter((g) => g.length > 1 && !cache.current.has(groupKey(g)))
  const missingKey = missing.map(groupKey).join('|')

  useEffect(() => {
    if (missing.length === 0) return
    const controller = new AbortController()
    wordingInWorker(
      missing.map((g) => g.map((p) => p.text)),
      { signal: controller.signal },
    ).then(
      (result) => {
        missing.forEach((g, i) => cache.current.set(groupKey(g), result[i] ?? []))
        setVersion((v) => v + 1)
      },
      (error: unknown) => {
        // A cancelled batch is asked again by the next render that still shows its rows; anything
        // else reaches the unexpected-error toast.
        if (!(error instanceof Error && error.name === ABORT_ERROR)) throw error
      },
    )
    return () => controller.abort()
    // missingKey stands for `missing`.
  }, [missingKey])

  return useMemo(() => {
    const out = new Map<string, Spans>()
    for (const g of groups) {
      const spans = cache.current.get(groupKey(g))
      if (spans) g.forEach((p, i) => out.set(passageMapKey(p), spans[i] ?? []))
    }
    return out
    // `version` changes when the cache gains groups.
  }, [groups, version])
}

/** The passages of a row in the order its cells are drawn (set order), at most `limit`. */
export function shownMembers(row: MergedRow<LanePassage>, order: ReadonlyMap<string, number>, limit: number): LanePassage[] {
  return row.members
    .map((m) => m.passage)
    .sort((a, b) => (order.get(a.docId) ?? 0) - (order.get(b.docId) ?? 0) || a.start - b.start)
    .slice(0, limit)
}
