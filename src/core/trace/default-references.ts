/**
 * Which documents a document is traced against when the user has not chosen: for a local report of
 * year Y, the national report of year Y and the reports of the levels above it in its own place chain
 * (its province, its city, its district for a town) of the same year. Among several candidates of one
 * level, government work reports come first. It deliberately reads metadata only (place, level, year,
 * type as guessed at import and edited by the user), never the texts.
 */
import type { AdminLevel, DocType } from '../import/types'

/** What the pairing needs to know about a document. */
export interface ReferenceCandidate {
  id: string
  level: AdminLevel
  year?: number
  place: string
  province?: string
  city?: string
  district?: string
  docType: DocType
}

/** Rank of a level: smaller is higher. Unknown ranks nowhere (never a reference, never paired). */
const LEVEL_RANK: Partial<Record<AdminLevel, number>> = { national: 0, province: 1, city: 2, district: 3, county: 3, town: 4, village: 5 }

/** True when `higher` is the government above `doc` in its place chain (national is above everyone). */
function isAbove(higher: ReferenceCandidate, doc: ReferenceCandidate): boolean {
  const h = LEVEL_RANK[higher.level]
  const d = LEVEL_RANK[doc.level]
  if (h === undefined || d === undefined || h >= d) return false
  if (higher.level === 'national') return true
  const place = higher.place
  if (place === '') return false
  switch (higher.level) {
    case 'province':
      return doc.province === place
    case 'city':
      return doc.city === place
    default:
      return doc.district === place
  }
}

/**
 * Default references of `doc` among `library`, highest level first (one per level: a government work
 * report when the level has one). Empty for a national document, a document without a year, or one
 * with nothing above it in the library.
 */
export function defaultReferences(doc: ReferenceCandidate, library: readonly ReferenceCandidate[]): string[] {
  if (doc.year === undefined || doc.level === 'national') return []
  const byLevel = new Map<number, ReferenceCandidate>()
  for (const c of library) {
    if (c.id === doc.id || c.year !== doc.year || !isAbove(c, doc)) continue
    const rank = LEVEL_RANK[c.level]!
    const held = byLevel.get(rank)
    if (!held || (held.docType !== 'government-work-report' && c.docType === 'government-work-report')) byLevel.set(rank, c)
  }
  return [...byLevel.entries()].sort(([a], [b]) => a - b).map(([, c]) => c.id)
}
