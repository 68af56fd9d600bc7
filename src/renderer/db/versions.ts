/**
 * Named writes of document versions: an imported file confirmed as a new version of a library
 * document replaces its text (the row keeps its id, so annotations, memos and decisions stay with it)
 * and the earlier text is kept in `documentVersions`, from where it can be put back. Annotations are
 * re-anchored through a diff of the old text to the new (the diff-map method of replaceTextAndReanchor),
 * in the same transaction as everything else.
 */
import type { AnchorStatus } from '../../core/anchoring'
import type { ImportedDocument } from '../../core/import/types'
import { replaceTextAndReanchor } from './annotations'
import { getDatabase, type BiduDatabase, type DocumentVersion } from './database'

/** The source a version comes from: an imported document, or an earlier version being put back. */
type VersionSource = Pick<ImportedDocument, 'fileName' | 'format' | 'encoding' | 'text' | 'rawText' | 'removed'>

/**
 * Makes `source` the current text of document `documentId`, keeping the text it had as a version.
 * @returns how its annotations were re-anchored, or undefined when the document does not exist
 */
export async function storeNewVersion(
  documentId: string,
  source: VersionSource,
  db: BiduDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<Record<AnchorStatus, number> | undefined> {
  return db.transaction('rw', db.documents, db.annotations, db.documentVersions, async () => {
    const doc = await db.documents.get(documentId)
    if (!doc) return undefined
    const earlier: DocumentVersion = {
      id: crypto.randomUUID(),
      documentId,
      fileName: doc.fileName,
      format: doc.format,
      text: doc.text,
      rawText: doc.rawText,
      removed: doc.removed,
      textHash: doc.textHash,
      importedAt: doc.importedAt,
      replacedAt: now.getTime(),
    }
    if (doc.encoding !== undefined) earlier.encoding = doc.encoding
    await db.documentVersions.add(earlier)
    const replaced = await replaceTextAndReanchor(
      documentId,
      { text: source.text, rawText: source.rawText, removed: source.removed },
      db,
      now,
    )
    await db.documents.update(documentId, {
      fileName: source.fileName,
      format: source.format,
      encoding: source.encoding,
      importedAt: now.getTime(),
    })
    return replaced?.counts
  })
}

/** Earlier versions of a document, most recently replaced first (for `useLiveQuery`). */
export async function listVersions(documentId: string, db: BiduDatabase = getDatabase()): Promise<DocumentVersion[]> {
  const rows = await db.documentVersions.where('documentId').equals(documentId).toArray()
  return rows.sort((a, b) => b.replacedAt - a.replacedAt)
}

/**
 * Puts an earlier version back as the current text (the current one becomes a version in turn).
 * @returns the re-anchoring counts, or undefined when the version or its document is gone
 */
export async function restoreVersion(
  versionId: string,
  db: BiduDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<Record<AnchorStatus, number> | undefined> {
  return db.transaction('rw', db.documents, db.annotations, db.documentVersions, async () => {
    const version = await db.documentVersions.get(versionId)
    if (!version) return undefined
    const counts = await storeNewVersion(version.documentId, version, db, now)
    if (counts) await db.documentVersions.delete(versionId)
    return counts
  })
}
