/**
 * For annotations searched by quote alone (no old text to diff), estimates where each one now stands
 * from how its confidently re-anchored neighbours moved: text inserted or deleted before a quote
 * shifts it as much as the quotes around it. The old offset alone is a poor hint after any edit
 * upstream, and with many copies of a short phrase (建设, 同比增长) nearness to a good hint is what
 * tells them apart. Pure; does not search (reanchor-all.ts runs the second pass with these hints).
 */
import { partitionPoint } from '../sorted-search'
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
function isConfident(t: AnchorTarget, r: AnchorResult): boolean {
  return r.status === 'exact' && t.quote.exact.length >= CONFIDENT_QUOTE_LENGTH
}

/** Neighbours looked at on each side when judging whether a confident placement moved with its surroundings. */
const OUTLIER_NEIGHBOURS = 3
/**
 * A placement moved unlike a neighbour when their shifts differ by more than this (code units): twice
 * what edits between close neighbours shift, far less than a paragraph (an adjacent duplicate's offset).
 */
const OUTLIER_SHIFT = 2 * BASE_TOLERANCE

/**
 * @param targets the annotations as made on the old text; @param results their first-pass anchors
 * @returns per annotation, its expected new position, or undefined (confident itself, or no neighbour).
 *   A confident placement that moved unlike its neighbours on both sides (an unchanged twin of an edited
 *   passage, found elsewhere) is no neighbour for the others and gets an expected position itself.
 */
export function estimateShifts(targets: readonly AnchorTarget[], results: readonly AnchorResult[]): (ExpectedPosition | undefined)[] {
  const confident: (Shift & { index: number })[] = []
  targets.forEach((t, i) => {
    if (isConfident(t, results[i]))
      confident.push({ index: i, oldStart: t.position.start, delta: results[i].position.start - t.position.start })
  })
  confident.sort((a, b) => a.oldStart - b.oldStart)
  const outliers = new Set(confident.filter((_, k) => movedAlone(confident, k)).map((c) => c.index))
  const shifts: Shift[] = confident.filter((c) => !outliers.has(c.index))
  return targets.map((t, i) => {
    if (shifts.length === 0 || (isConfident(t, results[i]) && !outliers.has(i)) || !Number.isFinite(t.position.start)) return undefined
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

/**
 * Whether shift k moved unlike most of its neighbours on each side (a cut between neighbours makes
 * them disagree with each other, but a passage beside the cut still moves like one side).
 */
function movedAlone(shifts: readonly Shift[], k: number): boolean {
  const unlike = (n: Shift): boolean => Math.abs(n.delta - shifts[k].delta) > OUTLIER_SHIFT
  const left = shifts.slice(Math.max(0, k - OUTLIER_NEIGHBOURS), k)
  const right = shifts.slice(k + 1, k + 1 + OUTLIER_NEIGHBOURS)
  const mostlyUnlike = (side: readonly Shift[]): boolean => side.length > 0 && side.filter(unlike).length * 2 > side.length
  return mostlyUnlike(left) && mostlyUnlike(right)
}

/** Index of the first shift whose old start is after `p` (binary search). */
function firstAfter(shifts: readonly Shift[], p: number): number {
  return partitionPoint(shifts.length, (i) => shifts[i].oldStart <= p)
}
