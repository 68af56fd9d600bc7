/**
 * Shared wording of the lanes rows on screen: each row's shown members are compared in the analysis
 * worker the first time the row is drawn, and the result is kept for the life of the view. Computing
 * it for every row up front cost seconds on a large set; a reader only ever looks at a screenful.
 */
import { useEffect, useEffectEvent, useMemo, useState } from 'react'
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
  const [cache, setCache] = useState<ReadonlyMap<string, Spans[]>>(new Map())
  const missing = groups.filter((g) => g.length > 1 && !cache.has(groupKey(g)))
  const missingKey = missing.map(groupKey).join('|')

  // Sends the groups missing now; the effect below runs it only when the set of missing groups changes.
  const compareMissing = useEffectEvent((signal: AbortSignal) => {
    if (missing.length === 0) return
    wordingInWorker(
      missing.map((g) => g.map((p) => p.text)),
      { signal },
    ).then(
      (result) =>
        setCache((old) => {
          const next = new Map(old)
          missing.forEach((g, i) => next.set(groupKey(g), result[i] ?? []))
          return next
        }),
      (error: unknown) => {
        // A cancelled batch is asked again by the next render that still shows its rows; anything
        // else reaches the unexpected-error toast.
        if (!(error instanceof Error && error.name === ABORT_ERROR)) throw error
      },
    )
  })
  useEffect(() => {
    const controller = new AbortController()
    compareMissing(controller.signal)
    return () => controller.abort()
  }, [missingKey])

  return useMemo(() => {
    const out = new Map<string, Spans>()
    for (const g of groups) {
      const spans = cache.get(groupKey(g))
      if (spans) g.forEach((p, i) => out.set(passageMapKey(p), spans[i] ?? []))
    }
    return out
  }, [groups, cache])
}
