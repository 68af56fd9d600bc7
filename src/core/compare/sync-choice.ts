/**
 * "Sync by topic" in the side-by-side reader (pure): given the passage a column is at and the aligner's
 * matches of that passage in each other column, choose where each other column goes — its
 * best-aligned passage when the engine's score clears its "no counterpart" threshold, else nowhere
 * (the column stays put and says so). Offsets are UTF-16 units of each document's text.
 */
import { firstEndingAfter } from '../sorted-search'

/** A passage with its span. */
export interface SyncPassage {
  id: string
  start: number
  end: number
}

/** One of the aligner's matches from the source passage into another document. */
export interface SyncMatch {
  passageId: string
  start: number
  end: number
  /** The engine's score (the same unit as the threshold). */
  score: number
}

/** Where one other column goes. */
export type SyncTarget =
  | { kind: 'passage'; passageId: string; start: number; end: number; score: number }
  /** No match clears the threshold; `best` is the best score seen (undefined: no match at all). */
  | { kind: 'none'; best?: number }

/** Scores closer than this count as a tie, broken by nearness to where the column already is. */
export const SCORE_TIE = 0.005

/**
 * The passage of `passages` (sorted by start) holding `offset`, else the first one starting after it,
 * else the last; undefined when there are none.
 */
export function passageAt<P extends SyncPassage>(passages: readonly P[], offset: number): P | undefined {
  return passages[Math.min(firstEndingAfter(passages, offset), passages.length - 1)]
}

/**
 * Where a column goes for the source passage: the highest-scoring of `matches` whose score is at
 * least `threshold`; between near-equal scores (within {@link SCORE_TIE}) the one nearest `currentOffset`
 * (the column's position, so it does not jump for nothing). No match at or above the threshold:
 * `{ kind: 'none' }` with the best score seen.
 */
export function chooseSyncTarget(matches: readonly SyncMatch[], threshold: number, currentOffset = 0): SyncTarget {
  let best: SyncMatch | undefined
  for (const m of matches) {
    if (!Number.isFinite(m.score)) continue
    if (!best || m.score > best.score + SCORE_TIE) best = m
    else if (Math.abs(m.score - best.score) <= SCORE_TIE && Math.abs(m.start - currentOffset) < Math.abs(best.start - currentOffset))
      best = m
  }
  if (!best || best.score < threshold) return { kind: 'none', best: best?.score }
  return { kind: 'passage', passageId: best.passageId, start: best.start, end: best.end, score: best.score }
}
