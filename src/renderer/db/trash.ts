/**
 * The trash: deleting documents moves them, with their annotations and memos, into a trash row in the
 * same transaction, so deletion can be undone after a restart too (not only from the notice). Rows
 * older than {@link TRASH_DAYS} days are purged at start-up, with the earlier versions of the
 * documents they held.
 */
import { deleteDocumentsWithAnnotations, restoreDocumentsWithAnnotations } from './annotations'
import { getDatabase, TRASH_DAYS, type BiduDatabase, type TrashRow } from './database'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes documents (with their annotations and memos) into the trash.
 * @returns the trash row, or undefined when none of the ids existed
 */
export async function moveToTrash(
  ids: readonly string[],
  db: BiduDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<TrashRow | undefined> {
  return db.transaction('rw', [db.documents, db.annotations, db.memos, db.trash], async () => {
    const removed = await deleteDocumentsWithAnnotations(ids, db)
    if (removed.documents.length === 0) return undefined
    const row: TrashRow = {
      id: crypto.randomUUID(),
      deletedAt: now,
      titles: removed.documents.map((d) => d.metadata.title || d.fileName),
      removed,
    }
    await db.trash.add(row)
    return row
  })
}

/** Puts a trash row's documents, annotations and memos back and empties that row; false when it is gone. */
export async function restoreFromTrash(id: string, db: BiduDatabase = getDatabase()): Promise<boolean> {
  return db.transaction('rw', [db.documents, db.annotations, db.memos, db.trash], async () => {
    const row = await db.trash.get(id)
    if (!row) return false
    await restoreDocumentsWithAnnotations(row.removed, db)
    await db.trash.delete(id)
    return true
  })
}

/** The trash, most recent deletion first (for `useLiveQuery`). */
export async function listTrash(db: BiduDatabase = getDatabase()): Promise<TrashRow[]> {
  return await db.trash.orderBy('deletedAt').reverse().toArray()
}

/**
 * Deletes trash rows older than {@link TRASH_DAYS} days for good, with the earlier versions of their
 * documents. Resolves to how many rows were purged.
 */
export async function purgeTrash(db: BiduDatabase = getDatabase(), now: number = Date.now()): Promise<number> {
  return db.transaction('rw', [db.trash, db.documentVersions, db.documents], async () => {
    const old = await db.trash
      .where('deletedAt')
      .below(now - TRASH_DAYS * DAY_MS)
      .toArray()
    const ids = old.flatMap((row) => row.removed.documents.map((d) => d.id))
    // A document put back by hand (restoring a backup) keeps its versions.
    const gone = ids.filter((id, i) => ids.indexOf(id) === i)
    const present = new Set((await db.documents.bulkGet(gone)).filter((d) => d !== undefined).map((d) => d!.id))
    const orphaned = gone.filter((id) => !present.has(id))
    if (orphaned.length > 0) await db.documentVersions.where('documentId').anyOf(orphaned).delete()
    await db.trash.bulkDelete(old.map((row) => row.id))
    return old.length
  })
}
