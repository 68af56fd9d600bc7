/**
 * Memos (document, theme, project journal): one row per target, written here and nowhere else.
 * An empty text deletes the memo, so "no memo" has one representation. Deleting documents takes their
 * memos along (see annotations.ts: deleteDocumentsWithAnnotations) so undo and backups keep them.
 */
import { memoId, type Memo, type MemoKind } from '../../core/memos'
import { getDatabase, type BiduDatabase } from './database'

/** Every memo, most recently changed first (for `useLiveQuery`). */
export function listMemos(db: BiduDatabase = getDatabase()): Promise<Memo[]> {
  return db.memos.orderBy('updated').reverse().toArray()
}

/** The memo on a target, or undefined when none was written. */
export function getMemo(kind: MemoKind, target: string, db: BiduDatabase = getDatabase()): Promise<Memo | undefined> {
  return db.memos.get(memoId(kind, target))
}

/**
 * Writes the memo on a target (creation time kept from an existing row); blank text deletes it.
 * @returns the stored memo, or undefined when it was deleted
 */
export async function saveMemo(
  kind: MemoKind,
  target: string,
  text: string,
  now: Date = new Date(),
  db: BiduDatabase = getDatabase(),
): Promise<Memo | undefined> {
  const id = memoId(kind, target)
  return db.transaction('rw', db.memos, async () => {
    if (text.trim() === '') {
      await db.memos.delete(id)
      return undefined
    }
    const previous = await db.memos.get(id)
    const memo: Memo = {
      id,
      kind,
      target: kind === 'project' ? '' : target,
      text,
      created: previous?.created ?? now.toISOString(),
      updated: now.toISOString(),
    }
    await db.memos.put(memo)
    return memo
  })
}
