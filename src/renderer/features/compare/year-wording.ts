/**
 * Year over year's shared wording (pure): the pairs of a later passage and the earlier passage it
 * continues or changes, and the marks of each side from the worker's wording of those pairs. Keys are
 * `later:<passage id>` and `earlier:<passage id>`; offsets are relative to each passage's start.
 */
import type { YearView } from './useYearOverYear'

/** A later passage, the earlier passage it aligns with, and their texts [later, earlier]. */
export interface YearPair {
  later: string
  earlier: string
  texts: [string, string]
}

/** Shared spans by `later:<id>` / `earlier:<id>`. */
export type YearMarks = ReadonlyMap<string, readonly { start: number; end: number }[]>

/** The matched pairs of `view`, in the later document's order. */
export function yearPairs(view: YearView, earlierText: string, laterText: string): YearPair[] {
  return view.comparison.later.flatMap((item) => {
    const p = view.later.get(item.passage)
    const q = item.match ? view.earlier.get(item.match) : undefined
    return p && q && item.match
      ? [
          {
            later: item.passage,
            earlier: item.match,
            texts: [laterText.slice(p.start, p.end), earlierText.slice(q.start, q.end)] as [string, string],
          },
        ]
      : []
  })
}

/**
 * Marks from the wording of each pair ([later spans, earlier spans] per pair). An earlier passage
 * matched by several later ones shares the union of their wording.
 */
export function toYearMarks(
  pairs: readonly YearPair[],
  wording: readonly (readonly (readonly { start: number; end: number }[])[])[],
): YearMarks {
  const out = new Map<string, { start: number; end: number }[]>()
  pairs.forEach((pair, i) => {
    out.set(`later:${pair.later}`, [...(wording[i]?.[0] ?? [])])
    out.set(`earlier:${pair.earlier}`, [...(out.get(`earlier:${pair.earlier}`) ?? []), ...(wording[i]?.[1] ?? [])])
  })
  return out
}
