/**
 * Shared wording of the lanes rows on screen: each row's shown members are compared in the analysis
 * worker the first time the row is drawn, and the result is kept for the life of the view. Computing
 * it for every row up front cost seconds on a large set; a reader only ever looks at a screenful.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { wordingInWorker } from '../../workers/analysis-client'
import { ABORT_ERROR } from '../../workers/rpc'
import { passageMapKey, type LanePassage, type SharedMarks } from './useThemeLanes'

type Spans = { start: number; end: number }[]

/** True when both hold the same passages with the same span arrays. */
function sameMarks(a: SharedMarks, b: SharedMarks): boolean {
  if (a.size !== b.size) return false
  for (const [key, spans] of b) if (a.get(key) !== spans) return false
  return true
}

/** The key of a group of passages compared together. */
const groupKey = (passages: readonly LanePassage[]): string => passages.map(passageMapKey).join('+')

/**
 * Marks for `groups` (each the members of one row as drawn): passage key → spans shared with another
 * member of its group. Groups not yet compared are sent to the worker together; until they come
 * back their passages have no entry (drawn unmarked).
 */
export function useRowWording(groups: readonly (readonly LanePassage[])[]): SharedMarks {
  const [cache, setCache] = useState<ReadonlyMap<string, Spans[]>>(new Map())
  const keys = groups.map(groupKey)
  const missing = groups.filter((g, i) => g.length > 1 && !cache.has(keys[i]))
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

  const marks = new Map<string, Spans>()
  for (const [i, g] of groups.entries()) {
    const spans = cache.get(keys[i])
    if (spans) g.forEach((p, k) => marks.set(passageMapKey(p), spans[k] ?? []))
  }
  // The same marks keep their identity, so the memoised rows are not drawn again for nothing.
  const kept = useRef(marks)
  if (!sameMarks(kept.current, marks)) kept.current = marks
  return kept.current
}
