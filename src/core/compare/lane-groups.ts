/**
 * How the theme lanes arrange rows (pure): under sub-theme headings in the codebook's order (rows
 * without a sub-theme last), strongest rows first inside each, flattened into the one list a
 * virtual scroller draws; and each row's coverage, counted in places when every document of the set
 * is a different place, else in documents ("7 of 12 places", "30 of 52 documents").
 */

/** A heading or a row of the flattened lanes list. */
export type LaneItem<R> =
  { kind: 'heading'; subtheme: string | undefined; rows: number } | { kind: 'row'; row: R; subtheme: string | undefined }

/** How many of the set a row covers. */
export interface Coverage {
  covered: number
  total: number
  unit: 'places' | 'documents'
}

/**
 * Rows grouped under their sub-theme (`subthemeOf`, undefined for none) in the order of `order`
 * (ids not in it after, in first-seen order; undefined last), each heading followed by its rows in
 * their given order. With no sub-theme anywhere, the rows alone, without a heading.
 */
export function groupLaneRows<R>(rows: readonly R[], subthemeOf: (row: R) => string | undefined, order: readonly string[]): LaneItem<R>[] {
  const groups = new Map<string | undefined, R[]>()
  for (const row of rows) {
    const key = subthemeOf(row)
    const list = groups.get(key)
    if (list) list.push(row)
    else groups.set(key, [row])
  }
  if (groups.size === 1 && groups.has(undefined)) return rows.map((row) => ({ kind: 'row', row, subtheme: undefined }))
  const rank = (key: string | undefined): number =>
    key === undefined ? Number.MAX_SAFE_INTEGER : order.includes(key) ? order.indexOf(key) : order.length
  const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b))
  return keys.flatMap((subtheme) => {
    const list = groups.get(subtheme) ?? []
    return [{ kind: 'heading' as const, subtheme, rows: list.length }, ...list.map((row) => ({ kind: 'row' as const, row, subtheme }))]
  })
}

/**
 * The most frequent of the members' sub-themes (each member's list, ties to the first seen), or
 * undefined when no member has one. `prefix` keeps only one theme's sub-themes ("safety.").
 */
export function dominantSubtheme(memberSubthemes: readonly (readonly string[])[], prefix: string): string | undefined {
  const counts = new Map<string, number>()
  for (const list of memberSubthemes) for (const s of new Set(list)) if (s.startsWith(prefix)) counts.set(s, (counts.get(s) ?? 0) + 1)
  let best: string | undefined
  for (const [s, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = s
  return best
}

/**
 * Coverage of a row whose members are in `memberDocIds`, within a set whose documents' places are
 * `setPlaces` (document id → place): places when the set's places are all different, else documents.
 */
export function rowCoverage(memberDocIds: readonly string[], setPlaces: ReadonlyMap<string, string>): Coverage {
  const places = new Set(setPlaces.values())
  const byPlace = places.size === setPlaces.size && setPlaces.size > 0
  const docs = new Set(memberDocIds.filter((id) => setPlaces.has(id)))
  return { covered: docs.size, total: setPlaces.size, unit: byPlace ? 'places' : 'documents' }
}
