/**
 * Groups the matrix's columns by administrative level (national first, village last) or by year
 * (oldest first), keeping the given order inside each group. Documents whose level or year is
 * unknown go to a last group, so nothing disappears from the matrix. It does not translate group
 * names: `value` carries the level id or year for the UI to label.
 */
import type { AdminLevel } from '../import/types'
import type { ColumnGroup, MatrixDocument, MatrixGrouping } from './types'

/** Levels from the top of the administration down; the order columns are grouped in. */
export const LEVEL_ORDER: readonly AdminLevel[] = ['national', 'province', 'city', 'district', 'county', 'town', 'village', 'unknown']

/**
 * Column groups for `grouping`, in display order; each group's `columns` index into `documents`.
 * 'none' gives one group with every column; no documents give no groups.
 */
export function groupColumns(documents: readonly MatrixDocument[], grouping: MatrixGrouping): ColumnGroup[] {
  if (documents.length === 0) return []
  if (grouping === 'none') return [{ key: 'all', value: '', columns: documents.map((_, i) => i) }]
  const groups = new Map<string, ColumnGroup & { rank: number }>()
  documents.forEach((doc, index) => {
    const { key, value, rank } = grouping === 'level' ? levelKey(doc) : yearKey(doc)
    let group = groups.get(key)
    if (!group) {
      group = { key, value, columns: [], rank }
      groups.set(key, group)
    }
    group.columns.push(index)
  })
  return [...groups.values()].sort((a, b) => a.rank - b.rank).map(({ key, value, columns }) => ({ key, value, columns }))
}

/** The column order that {@link groupColumns} displays: the groups' columns one after another. */
export function groupedOrder(groups: readonly ColumnGroup[]): number[] {
  return groups.flatMap((g) => g.columns)
}

function levelKey(doc: MatrixDocument): { key: string; value: string; rank: number } {
  const rank = LEVEL_ORDER.indexOf(doc.level)
  const level = rank < 0 ? 'unknown' : doc.level
  return { key: `level:${level}`, value: level, rank: rank < 0 ? LEVEL_ORDER.length : rank }
}

function yearKey(doc: MatrixDocument): { key: string; value: string; rank: number } {
  const year = doc.year
  if (year === undefined || !Number.isInteger(year)) return { key: 'year:unknown', value: '', rank: Number.POSITIVE_INFINITY }
  return { key: `year:${year}`, value: String(year), rank: year }
}

/** The part of a group heading over the columns drawn: its group and how many of those columns it spans. */
interface GroupSpan {
  group: ColumnGroup
  span: number
}

/**
 * The group headings over displayed columns `first`..`last` (inclusive) when only those are drawn
 * (the matrix draws the columns on screen): each group cut to the columns it has in the range, in
 * order, groups with none left out. `groups` are consecutive runs over the displayed order.
 */
export function groupSpans(groups: readonly ColumnGroup[], first: number, last: number): GroupSpan[] {
  const spans: GroupSpan[] = []
  let start = 0
  for (const group of groups) {
    const end = start + group.columns.length - 1
    const span = Math.min(end, last) - Math.max(start, first) + 1
    if (span > 0) spans.push({ group, span })
    start = end + 1
  }
  return spans
}
