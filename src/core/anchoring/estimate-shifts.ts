/**
 * For annotations searched by quote alone (no old text to diff), estimates where each one now stands
 * from how its confidently re-anchored neighbours moved: text inserted or deleted before a quote
 * shifts it as much as the quotes around it. The old offset alone is a poor hint after any edit
 * upstream, and with many copies of a short phrase (建设, 同比增长) nearness to a good hint is what
 * tells them apart. Pure; does not search (reanchor-all.ts runs the second pass with these hints).
 */
import type { AnchorResult, AnchorTarget } from './anchor-annotation'

/** Quotes at least this long, re-anchored exactly, are trusted to show how the text moved there. */
export const CONFIDENT_QUOTE_LENGTH = 12
/** How far (code units) an estimated position may be off next to a neighbour that moved as estimated. */
export const BASE_TOLERANCE = 24
/** The estimate loosens with distance from the neighbours: edits between them shift the text too. */
const TOLERANCE_PER_DISTANCE = 0.05
/** Neighbours disagreeing by more than this (a big cut between them) give no joint estimate. */
export const MAX_TOLERANCE = 240

/** An estimated new start offset and how far off it may be, in UTF-16 code units. */
export interface ExpectedPosition {
  offset: number
  tolerance: number
}

interface Shift {
  oldStart: number
  delta: number
}

/** Whether result `r` of `t` is trusted as a neighbour. */
export function isConfident(t: AnchorTarget, r: AnchorResult): boolean {
  return r.status === 'exact' && t.quote.exact.length >= CONFIDENT_QUOTE_LENGTH
}

/**
 * @param targets the annotations as made on the old text; @param results their first-pass anchors
 * @returns per annotation, its expected new position, or undefined (confident itself, or no neighbour)
 */
export function estimateShifts(targets: readonly AnchorTarget[], results: readonly AnchorResult[]): (ExpectedPosition | undefined)[] {
  const shifts: Shift[] = []
  targets.forEach((t, i) => {
    if (isConfident(t, results[i])) shifts.push({ oldStart: t.position.start, delta: results[i].position.start - t.position.start })
  })
  shifts.sort((a, b) => a.oldStart - b.oldStart)
  return targets.map((t, i) => {
    if (shifts.length === 0 || isConfident(t, results[i]) || !Number.isFinite(t.position.start)) return undefined
    const p = t.position.start
    const k = firstAfter(shifts, p)
    const before = shifts[k - 1]
    const after = shifts[k]
    const loose = (n: Shift): ExpectedPosition => ({
      offset: Math.max(0, p + n.delta),
      tolerance: Math.min(MAX_TOLERANCE, Math.round(BASE_TOLERANCE + TOLERANCE_PER_DISTANCE * Math.abs(p - n.oldStart))),
    })
    if (!before || !after) return loose(before ?? after)
    const spread = Math.abs(after.delta - before.delta)
    if (spread > MAX_TOLERANCE) return loose(p - before.oldStart <= after.oldStart - p ? before : after)
    const share = after.oldStart === before.oldStart ? 0 : (p - before.oldStart) / (after.oldStart - before.oldStart)
    const delta = before.delta + share * (after.delta - before.delta)
    return { offset: Math.max(0, Math.round(p + delta)), tolerance: Math.round(BASE_TOLERANCE + spread) }
  })
}

/** Index of the first shift whose old start is after `p` (binary search). */
function firstAfter(shifts: readonly Shift[], p: number): number {
  let lo = 0
  let hi = shifts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (shifts[mid].oldStart <= p) lo = mid + 1
    else hi = mid
  }
  return lo
}
