/**
 * Named reads and writes of alignment decisions (confirm, reject, link to row) taken on theme lanes.
 * One decision per passage and theme: a new decision on the same passage replaces the old one. Rows
 * are re-merged with them by the core's mergeDecisions after every recomputation.
 */
import type { AlignmentDecision, PassageKey } from '../../core/align/merge-decisions'
import { getDatabase, type BiduDatabase } from './database'

/** The id of the decision on `passage` under `themeId` (one per passage and theme). */
export function decisionId(themeId: string, passage: PassageKey): string {
  return `${themeId}|${passage.docId}|${passage.start}|${passage.end}`
}

/** The parts of a decision the caller chooses; id and time are filled in. */
export type DecisionInput = Omit<AlignmentDecision, 'id' | 'createdAt'>

/**
 * Stores a decision (replacing any earlier one on the same passage and theme). Returns the stored
 * decision and the one it replaced, for undo.
 */
export async function saveDecision(
  input: DecisionInput,
  db: BiduDatabase = getDatabase(),
): Promise<{ saved: AlignmentDecision; replaced: AlignmentDecision | undefined }> {
  const saved: AlignmentDecision = { ...input, id: decisionId(input.themeId, input.passage), createdAt: Date.now() }
  return db.transaction('rw', db.alignmentDecisions, async () => {
    const replaced = await db.alignmentDecisions.get(saved.id)
    await db.alignmentDecisions.put(saved)
    return { saved, replaced }
  })
}

/** Deletes a decision; returns it (for undo) or undefined when it did not exist. */
export async function deleteDecision(id: string, db: BiduDatabase = getDatabase()): Promise<AlignmentDecision | undefined> {
  return db.transaction('rw', db.alignmentDecisions, async () => {
    const row = await db.alignmentDecisions.get(id)
    if (row) await db.alignmentDecisions.delete(id)
    return row
  })
}

/** Puts a decision back unchanged (undo). */
export async function restoreDecision(decision: AlignmentDecision, db: BiduDatabase = getDatabase()): Promise<void> {
  await db.alignmentDecisions.put(decision)
}

/** The decisions of one theme, oldest first (for `useLiveQuery`). */
export async function listDecisions(themeId: string, db: BiduDatabase = getDatabase()): Promise<AlignmentDecision[]> {
  const rows = await db.alignmentDecisions.where('themeId').equals(themeId).toArray()
  return rows.sort((a, b) => a.createdAt - b.createdAt)
}
