/**
 * Groups cross-document matches into alignment rows: sets of passages, at most one per document,
 * that treat the same topic. Two passages are linked when each is the other's best match in the
 * other's document (mutual best) with a score of at least ROW_MIN_SCORE; links are merged strongest
 * first, and a merge that would put two passages of one document in a row is refused. Passages left
 * alone form rows of one: what a place says that no other place says. It deliberately does not
 * compute similarities itself (see align-passages.ts).
 */
import { findCandidates, type AlignOptions, type PassageMatch, type PassageRef } from './align-passages'
import { bestIn } from './candidate-table'
import type { AlignDocument } from './passage-vectors'

/**
 * Lowest mutual-best score (calibrated probability, see calibrate.ts) that links two passages into a
 * row: below NO_COUNTERPART_BELOW, because being each other's best match already confirms a link
 * (a direct score of about 0.12, the threshold before scores were calibrated).
 */
export const ROW_MIN_SCORE = 0.09
/**
 * Documents searched per passage for row links: a passage's best match in a document outside its
 * closest ROW_TARGETS documents is rarely a mutual best, and the bound keeps large corpora linear.
 */
export const ROW_TARGETS = 12

/** A row of aligned passages, at most one per document, in document order. */
export interface AlignmentRow {
  members: PassageRef[]
  /** Mean score of the links that formed the row; 0 for a single passage. */
  score: number
}

/** Options of `buildAlignmentRows`. */
export interface RowOptions extends Omit<AlignOptions, 'top'> {
  /** Lowest link score (default ROW_MIN_SCORE). */
  minScore?: number
}

const keyOf = (r: PassageRef): string => `${r.doc}|${r.passage}`

/**
 * Groups the top-1 matches of `matches` into rows. Exported for callers that already aligned;
 * `buildAlignmentRows` aligns and groups in one step. Every passage in `passages` appears in exactly one row.
 */
export function groupMatchesIntoRows(passages: PassageRef[], matches: PassageMatch[], minScore = ROW_MIN_SCORE): AlignmentRow[] {
  const best = new Map<string, PassageMatch>()
  for (const m of matches) if (m.rank === 1) best.set(`${keyOf(m.from)}>${m.to.doc}`, m)
  const links = [...best.values()].filter((m) => {
    if (m.score < minScore || keyOf(m.from) > keyOf(m.to)) return false
    const back = best.get(`${keyOf(m.to)}>${m.from.doc}`)
    return back !== undefined && keyOf(back.to) === keyOf(m.from)
  })
  links.sort((a, b) => b.score - a.score)
  const rowOf = new Map<string, number>()
  const rows: { members: PassageRef[]; docs: Set<number>; scores: number[] }[] = []
  for (const p of passages) {
    rowOf.set(keyOf(p), rows.length)
    rows.push({ members: [p], docs: new Set([p.doc]), scores: [] })
  }
  for (const link of links) {
    const a = rowOf.get(keyOf(link.from))
    const b = rowOf.get(keyOf(link.to))
    if (a === undefined || b === undefined || a === b) continue
    const [keep, drop] = rows[a].members.length >= rows[b].members.length ? [a, b] : [b, a]
    if ([...rows[drop].docs].some((d) => rows[keep].docs.has(d))) continue
    for (const m of rows[drop].members) {
      rows[keep].members.push(m)
      rows[keep].docs.add(m.doc)
      rowOf.set(keyOf(m), keep)
    }
    rows[keep].scores.push(link.score, ...rows[drop].scores)
    rows[drop].members = []
  }
  return rows
    .filter((r) => r.members.length > 0)
    .map((r) => ({
      members: r.members.sort((x, y) => x.doc - y.doc),
      score: r.scores.length ? r.scores.reduce((s, x) => s + x, 0) / r.scores.length : 0,
    }))
    .sort((x, y) => y.members.length - x.members.length || y.score - x.score)
}

/**
 * Aligns `docs` (optionally only the passages of `options.themeId`) and groups mutual best matches
 * into rows, largest first. Every passage in scope appears in exactly one row. Returns [] when no
 * passage is in scope. Works on entry indices throughout, so large corpora avoid string keys.
 */
export function buildAlignmentRows(docs: AlignDocument[], options: RowOptions = {}): AlignmentRow[] {
  const { refs, table } = findCandidates(docs, { ...options, top: 1, maxTargets: options.maxTargets ?? ROW_TARGETS })
  const minScore = options.minScore ?? ROW_MIN_SCORE
  const links: { a: number; b: number; score: number }[] = []
  for (let a = 0; a < refs.length; a++) {
    for (let s = table.firstSlot[a]; s < table.firstSlot[a + 1]; s++) {
      if (table.slotLength[s] === 0) continue
      const b = table.entry[table.slotStart[s]]
      const score = table.score[table.slotStart[s]]
      if (score < minScore || b < a) continue
      if (bestIn(table, b, refs[a].doc) === a) links.push({ a, b, score })
    }
  }
  links.sort((x, y) => y.score - x.score)
  const docOf = Int32Array.from(refs, (r) => r.doc)
  const rowOf = Int32Array.from(refs.keys())
  const members: number[][] = refs.map((_, i) => [i])
  // The link scores of each row, in the order they joined (their mean is the row's score); none for most.
  const scores: (number[] | undefined)[] = new Array(refs.length)
  // seen[doc] === l: a member of link l's kept row is in doc (a stamp per link, no set per link).
  const seen = new Int32Array(docs.length).fill(-1)
  links.forEach(({ a, b, score }, l) => {
    const ra = rowOf[a]
    const rb = rowOf[b]
    if (ra === rb) return
    const [keep, drop] = members[ra].length >= members[rb].length ? [ra, rb] : [rb, ra]
    for (const e of members[keep]) seen[docOf[e]] = l
    if (members[drop].some((e) => seen[docOf[e]] === l)) return
    for (const e of members[drop]) rowOf[e] = keep
    members[keep].push(...members[drop])
    const joined = (scores[keep] ??= [])
    joined.push(score)
    for (const x of scores[drop] ?? []) joined.push(x)
    members[drop] = []
  })
  const rows: AlignmentRow[] = []
  members.forEach((list, r) => {
    if (list.length === 0) return
    const joined = scores[r] ?? []
    let sum = 0
    for (const x of joined) sum += x
    // Documents are distinct within a row, so ordering entries by document orders the members.
    if (list.length > 1) list.sort((x, y) => docOf[x] - docOf[y])
    rows.push({
      members: list.map((e) => ({ doc: docOf[e], passage: docs[docOf[e]].passages[refs[e].index].id })),
      score: joined.length ? sum / joined.length : 0,
    })
  })
  return rows.sort((x, y) => y.members.length - x.members.length || y.score - x.score)
}
