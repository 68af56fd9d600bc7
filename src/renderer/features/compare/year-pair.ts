/**
 * The default pair for year over year (pure): two documents of the same place from different years,
 * the two most recent years of the place with the most reports; earlier first.
 */
import type { StoredDocument } from '../../db/database'

type Doc = Pick<StoredDocument, 'id' | 'metadata'>

/** Ids [earlier, later] of the suggested pair, or undefined when no place has reports of two years. */
export function suggestYearPair(docs: readonly Doc[]): [string, string] | undefined {
  const byPlace = new Map<string, Doc[]>()
  for (const d of docs) {
    const { place, year } = d.metadata
    if (!place || year === undefined) continue
    byPlace.set(place, [...(byPlace.get(place) ?? []), d])
  }
  let best: [Doc, Doc] | undefined
  let bestCount = 0
  for (const list of byPlace.values()) {
    const years = new Set(list.map((d) => d.metadata.year))
    if (years.size < 2 || list.length <= bestCount) continue
    const sorted = [...list].sort((a, b) => (b.metadata.year ?? 0) - (a.metadata.year ?? 0))
    const later = sorted[0]
    const earlier = sorted.find((d) => d.metadata.year !== later.metadata.year)
    if (!earlier) continue
    best = [earlier, later]
    bestCount = list.length
  }
  return best ? [best[0].id, best[1].id] : undefined
}
