/**
 * Merges a researcher's alignment decisions (confirm, reject, link by hand) into freshly computed
 * alignment rows, so decisions survive recomputation (a changed codebook, a re-cleaned text, more
 * documents). Passages are keyed by document id, offsets and a hash of their text, and resolved
 * against the recomputed passages by hash, then exact offsets, then overlap. A decision whose passage
 * (or, for confirm and link, every passage it was tied to) no longer exists is reported as stale,
 * never silently dropped. It deliberately does not compute rows (see alignment-rows.ts) or store
 * anything (the app keeps decisions in its database).
 */

/** A passage as decisions remember it. Offsets are UTF-16 units into the document text (half-open). */
export interface PassageKey {
  docId: string
  start: number
  end: number
  /** Hash of the passage text (any stable text hash; compared for equality only). */
  quoteHash: string
}

/** A row as the caller computed it (e.g. from `buildAlignmentRows`), members keyed. */
export interface SuggestedRow<P extends PassageKey = PassageKey> {
  members: P[]
  score: number
}

/**
 * A decision about one passage of one theme's rows. `confirm` keeps the passage with `others` (the
 * row's other members when the decision was taken); `link` puts it there by hand; `reject` keeps it
 * apart from every passage in `others`.
 */
export interface AlignmentDecision {
  id: string
  themeId: string
  kind: 'confirm' | 'reject' | 'link'
  passage: PassageKey
  others: PassageKey[]
  /** Milliseconds since the epoch; later decisions are applied after earlier ones. */
  createdAt: number
}

/** How a member came to be in its row. */
export type MemberStatus = 'suggested' | 'confirmed' | 'linked'

/** A member of a merged row. */
export interface MergedMember<P extends PassageKey = PassageKey> {
  passage: P
  status: MemberStatus
  /** The decision behind a confirmed or linked member. */
  decisionId?: string
}

/** A row after decisions: its members and the passages rejected from it (to show, with undo). */
export interface MergedRow<P extends PassageKey = PassageKey> {
  members: MergedMember<P>[]
  rejected: { passage: P; decisionId: string }[]
  score: number
}

/** Rows after decisions, and the decisions that could not be applied. */
export interface MergeResult<P extends PassageKey = PassageKey> {
  rows: MergedRow<P>[]
  stale: AlignmentDecision[]
}

/**
 * Least overlap (shared length / longer span) for a recomputed passage to stand in for a remembered
 * one when neither its text hash nor its offsets match: a sentence edited or a boundary moved.
 */
export const MIN_OVERLAP_RATIO = 0.6

/**
 * The passage among `candidates` that `key` refers to: same document and text hash (nearest to the
 * old offsets), else same offsets, else the largest overlap of at least MIN_OVERLAP_RATIO; undefined
 * when none qualifies.
 */
export function resolvePassage<P extends PassageKey>(key: PassageKey, candidates: readonly P[]): P | undefined {
  const sameDoc = candidates.filter((c) => c.docId === key.docId)
  const byHash = sameDoc.filter((c) => c.quoteHash === key.quoteHash)
  if (byHash.length > 0) return byHash.reduce((a, b) => (Math.abs(b.start - key.start) < Math.abs(a.start - key.start) ? b : a))
  const exact = sameDoc.find((c) => c.start === key.start && c.end === key.end)
  if (exact) return exact
  let best: P | undefined
  let bestRatio = 0
  for (const c of sameDoc) {
    const shared = Math.min(c.end, key.end) - Math.max(c.start, key.start)
    const ratio = shared / Math.max(c.end - c.start, key.end - key.start, 1)
    if (ratio > bestRatio) [best, bestRatio] = [c, ratio]
  }
  return bestRatio >= MIN_OVERLAP_RATIO ? best : undefined
}

/**
 * Applies `decisions` to `rows` (oldest first). Every passage of `rows` ends in exactly one merged
 * row; a row holds at most one passage per document. Confirm and link move the passage into the row
 * holding most of its `others` (displacing that row's suggested member of the same document into a
 * row of its own); reject moves it out of a row holding any of its `others` into a row of its own.
 * Rows come back largest first, then by score; rows left empty are dropped. Pure; inputs unchanged.
 */
export function mergeDecisions<P extends PassageKey>(
  rows: readonly SuggestedRow<P>[],
  decisions: readonly AlignmentDecision[],
): MergeResult<P> {
  const merged: MergedRow<P>[] = rows.map((r) => ({
    members: r.members.map((passage) => ({ passage, status: 'suggested' as MemberStatus })),
    rejected: [],
    score: r.score,
  }))
  const all = rows.flatMap((r) => r.members)
  const rowOf = new Map<P, MergedRow<P>>()
  for (const row of merged) for (const m of row.members) rowOf.set(m.passage, row)
  const stale: AlignmentDecision[] = []

  const detach = (p: P): MergedMember<P> | undefined => {
    const row = rowOf.get(p)
    const index = row ? row.members.findIndex((m) => m.passage === p) : -1
    if (!row || index < 0) return undefined
    return row.members.splice(index, 1)[0]
  }
  const setAlone = (member: MergedMember<P>): void => {
    const row: MergedRow<P> = { members: [member], rejected: [], score: 0 }
    merged.push(row)
    rowOf.set(member.passage, row)
  }

  for (const d of [...decisions].sort((a, b) => a.createdAt - b.createdAt)) {
    const p = resolvePassage(d.passage, all)
    if (!p) {
      stale.push(d)
      continue
    }
    const others = d.others.map((k) => resolvePassage(k, all)).filter((o): o is P => o !== undefined && o !== p)
    if (d.kind === 'reject') {
      const row = rowOf.get(p)
      if (row && others.some((o) => rowOf.get(o) === row)) {
        const member = detach(p)
        if (member) setAlone({ ...member, status: 'suggested', decisionId: undefined })
        row.rejected.push({ passage: p, decisionId: d.id })
      }
      continue
    }
    // The target row: the one holding most of the remembered members.
    const counts = new Map<MergedRow<P>, number>()
    for (const o of others) {
      const row = rowOf.get(o)
      if (row) counts.set(row, (counts.get(row) ?? 0) + 1)
    }
    const target = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
    if (!target) {
      stale.push(d)
      continue
    }
    const status: MemberStatus = d.kind === 'confirm' ? 'confirmed' : 'linked'
    if (rowOf.get(p) !== target) {
      const clash = target.members.find((m) => m.passage.docId === p.docId)
      if (clash) {
        // A decided member outranks a suggestion; two decided members of one document cannot share a row.
        if (clash.status !== 'suggested') {
          stale.push(d)
          continue
        }
        const displaced = detach(clash.passage)
        if (displaced) setAlone(displaced)
      }
      detach(p)
      target.members.push({ passage: p, status, decisionId: d.id })
      rowOf.set(p, target)
      target.rejected = target.rejected.filter((r) => r.passage !== p)
    } else {
      const member = target.members.find((m) => m.passage === p)
      if (member) Object.assign(member, { status, decisionId: d.id })
    }
  }

  // Members keep the callers' order (document order for buildAlignmentRows), whatever moved.
  const order = new Map(all.map((p, i) => [p, i]))
  const result = merged
    .filter((r) => r.members.length > 0)
    .map((r) => ({ ...r, members: [...r.members].sort((a, b) => (order.get(a.passage) ?? 0) - (order.get(b.passage) ?? 0)) }))
  result.sort((a, b) => b.members.length - a.members.length || b.score - a.score)
  return { rows: result, stale }
}
