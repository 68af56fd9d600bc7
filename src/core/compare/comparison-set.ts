/**
 * Comparison sets: what the compare views work on, chosen as some documents, some places in a year
 * range, or every document of a level, and saved under a name. Resolving a set against the library
 * gives its documents in a stable order (place, then year) and names the chosen documents that are
 * gone, so a view can say so and work with the rest. Pure: no storage, no clock.
 */

/** How a set chooses its documents. */
export type SetRule =
  /** These documents (ids), in any order. */
  | { kind: 'documents'; ids: string[] }
  /** Documents of these places (as written in their metadata) with a year in [from, to] (inclusive; open when absent). */
  | { kind: 'places'; places: string[]; from?: number; to?: number }
  /** Every document of this administrative level; 'all' is the whole library. */
  | { kind: 'level'; level: string }

/** A saved comparison set. */
export interface ComparisonSet {
  /** Random id, stable for the set's life. */
  id: string
  /** The user's name for it, e.g. 五区 2023. */
  name: string
  rule: SetRule
  /** A 'documents' set's labels when saved (id → label), to name documents deleted since. */
  labels?: Record<string, string>
  /** Milliseconds since the epoch. */
  createdAt: number
  updatedAt: number
}

/** What resolution needs of a document. */
export interface SetMember {
  id: string
  metadata: { place: string; year?: number; level: string }
}

/** A set resolved against the library. */
export interface ResolvedSet<D extends SetMember> {
  /** The set's documents, by place then year (unknown years last). */
  docs: D[]
  /** Ids the set names that are no longer in the library (only 'documents' sets name ids). */
  missing: string[]
}

/** Longest set name (characters). */
export const MAX_SET_NAME = 80

/** Documents ordered by place (locale order), then year, then id: the order of every compare view's columns. */
export function orderDocuments<D extends SetMember>(docs: readonly D[]): D[] {
  const collator = new Intl.Collator('zh')
  return [...docs].sort(
    (a, b) =>
      collator.compare(a.metadata.place, b.metadata.place) ||
      (a.metadata.year ?? Number.MAX_SAFE_INTEGER) - (b.metadata.year ?? Number.MAX_SAFE_INTEGER) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** Whether `doc` belongs to a set chosen by `rule` (a 'documents' rule: its id is listed). */
export function matchesRule(rule: SetRule, doc: SetMember): boolean {
  switch (rule.kind) {
    case 'documents':
      return rule.ids.includes(doc.id)
    case 'places': {
      const { year } = doc.metadata
      if (!rule.places.includes(doc.metadata.place)) return false
      if (rule.from === undefined && rule.to === undefined) return true
      return year !== undefined && (rule.from === undefined || year >= rule.from) && (rule.to === undefined || year <= rule.to)
    }
    case 'level':
      return rule.level === 'all' || doc.metadata.level === rule.level
  }
}

/** The documents of `rule` among `library`, ordered, and the listed ids that are gone. */
export function resolveSet<D extends SetMember>(rule: SetRule, library: readonly D[]): ResolvedSet<D> {
  const docs = orderDocuments(library.filter((d) => matchesRule(rule, d)))
  if (rule.kind !== 'documents') return { docs, missing: [] }
  const present = new Set(library.map((d) => d.id))
  return { docs, missing: [...new Set(rule.ids.filter((id) => !present.has(id)))] }
}

/** Why a set cannot be saved. */
export type SetProblem = 'EMPTY_NAME' | 'NAME_TOO_LONG' | 'NO_DOCUMENTS' | 'BAD_YEARS'

/**
 * Checks a set before saving: a non-empty name of at most {@link MAX_SET_NAME} characters, a rule that
 * names something, a year range that is not reversed. Returns the first problem, or undefined.
 */
export function checkSet(name: string, rule: SetRule): SetProblem | undefined {
  const trimmed = name.trim()
  if (!trimmed) return 'EMPTY_NAME'
  if ([...trimmed].length > MAX_SET_NAME) return 'NAME_TOO_LONG'
  if (rule.kind === 'documents' && rule.ids.length === 0) return 'NO_DOCUMENTS'
  if (rule.kind === 'places' && rule.places.length === 0) return 'NO_DOCUMENTS'
  if (rule.kind === 'places' && rule.from !== undefined && rule.to !== undefined && rule.from > rule.to) return 'BAD_YEARS'
  return undefined
}

/** Validates a stored rule read back from the database; undefined when damaged. */
export function toSetRule(value: unknown): SetRule | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const v = value as Record<string, unknown>
  const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string')
  const year = (x: unknown): x is number | undefined => x === undefined || (typeof x === 'number' && Number.isInteger(x))
  if (v.kind === 'documents' && strings(v.ids)) return { kind: 'documents', ids: [...v.ids] }
  if (v.kind === 'places' && strings(v.places) && year(v.from) && year(v.to))
    return { kind: 'places', places: [...v.places], from: v.from, to: v.to }
  if (v.kind === 'level' && typeof v.level === 'string') return { kind: 'level', level: v.level }
  return undefined
}
