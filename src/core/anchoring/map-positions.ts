/**
 * Maps offsets in an old text version to a new one through a character diff, like ProseMirror's
 * StepMap: the diff is computed once and reused for every annotation. Paragraphs (lines) are diffed
 * first and characters only inside replaced blocks, each under a time budget; when a budget runs out
 * diff-match-patch degrades that block to "delete all, insert all", so the map only ever gives hints
 * and callers must verify what they find at a mapped offset.
 */
import DiffMatchPatch from 'diff-match-patch'

/** Seconds diff-match-patch may spend per diff (the line diff, then each replaced block) before degrading. */
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
  else collectKeptRuns(oldText, newText, timeBudgetSeconds, runs)
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

/**
 * Diffs paragraph (line) by paragraph first, then character by character inside each replaced block
 * with its own time budget, so a timeout degrades one block, never the whole document.
 */
function collectKeptRuns(oldText: string, newText: string, timeBudgetSeconds: number, runs: KeptRun[]): void {
  const dmp = new DiffMatchPatch()
  dmp.Diff_Timeout = timeBudgetSeconds
  const lines = dmp.diff_linesToChars_(oldText, newText)
  const lineDiffs = dmp.diff_main(lines.chars1, lines.chars2, false)
  dmp.diff_charsToLines_(lineDiffs, lines.lineArray)
  // Blank lines are equal tokens everywhere: left alone they pin unrelated paragraphs to each other
  // (old P2 against new P1b after a split), so short equalities between edits are folded into the
  // edits first, as diff-match-patch's own line mode does.
  dmp.diff_cleanupSemantic(lineDiffs)
  let o = 0
  let n = 0
  let deleted = ''
  let inserted = ''
  const flush = () => {
    if (deleted !== '' && inserted !== '') {
      const diffs = dmp.diff_main(deleted, inserted, false)
      // A minimal character diff pairs up unrelated characters around a shared "。"; semantic
      // cleanup turns that back into whole replaced phrases, which map more sensibly.
      dmp.diff_cleanupSemantic(diffs)
      let od = o
      let nd = n
      for (const [op, chunk] of diffs) {
        if (op === 0) runs.push({ oldStart: od, newStart: nd, length: chunk.length })
        if (op !== 1) od += chunk.length
        if (op !== -1) nd += chunk.length
      }
    }
    o += deleted.length
    n += inserted.length
    deleted = ''
    inserted = ''
  }
  for (const [op, chunk] of lineDiffs) {
    if (op === -1) deleted += chunk
    else if (op === 1) inserted += chunk
    else {
      flush()
      runs.push({ oldStart: o, newStart: n, length: chunk.length })
      o += chunk.length
      n += chunk.length
    }
  }
  flush()
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
