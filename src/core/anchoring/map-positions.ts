/**
 * Maps offsets in an old text version to a new one through a character diff, like ProseMirror's
 * StepMap: the diff is computed once and reused for every annotation. diff-match-patch diffs line
 * by line first and then character by character inside changed lines (`checklines`), under a time
 * budget; when the budget runs out it degrades to "delete all, insert all", so the map only ever
 * gives hints and callers must verify what they find at a mapped offset.
 */
import DiffMatchPatch from 'diff-match-patch'

/** Seconds diff-match-patch may spend before degrading (line mode keeps report-sized diffs far below). */
export const DIFF_TIME_BUDGET_SECONDS = 2

/** A run of old text kept in the new text. */
interface KeptRun {
  oldStart: number
  newStart: number
  length: number
}

/** Maps old offsets (UTF-16 code units) to new ones. */
export interface PositionMap {
  /** The new offset of old offset `offset`; inside a deleted run, the offset where the deletion was. */
  map(offset: number): number
  /** How many code units of old [start, end) survive unchanged in the new text. */
  kept(start: number, end: number): number
}

/**
 * Diffs `oldText` → `newText` once and returns the position map.
 * @param timeBudgetSeconds diff time budget; 0 means unlimited
 */
export function mapPositions(oldText: string, newText: string, timeBudgetSeconds = DIFF_TIME_BUDGET_SECONDS): PositionMap {
  const runs: KeptRun[] = []
  if (oldText === newText) runs.push({ oldStart: 0, newStart: 0, length: oldText.length })
  else {
    const dmp = new DiffMatchPatch()
    dmp.Diff_Timeout = timeBudgetSeconds
    let o = 0
    let n = 0
    for (const [op, chunk] of dmp.diff_main(oldText, newText, true)) {
      if (op === 0) {
        runs.push({ oldStart: o, newStart: n, length: chunk.length })
        o += chunk.length
        n += chunk.length
      } else if (op === -1) o += chunk.length
      else n += chunk.length
    }
  }
  return {
    map(offset) {
      const i = lastRunAtOrBefore(runs, offset)
      if (i < 0) return 0
      const r = runs[i]
      return offset <= r.oldStart + r.length ? r.newStart + (offset - r.oldStart) : r.newStart + r.length
    },
    kept(start, end) {
      let total = 0
      for (let i = Math.max(0, lastRunAtOrBefore(runs, start)); i < runs.length && runs[i].oldStart < end; i++) {
        const r = runs[i]
        total += Math.max(0, Math.min(end, r.oldStart + r.length) - Math.max(start, r.oldStart))
      }
      return total
    },
  }
}

function lastRunAtOrBefore(runs: KeptRun[], offset: number): number {
  let lo = 0
  let hi = runs.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (runs[mid].oldStart <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}
