/**
 * Named writes to the documents table. Each user operation is one function and one transaction,
 * so a failure leaves nothing half-written. Functions that destroy data return what undo needs.
 * Reads are done by components with `useLiveQuery` (see queries in this file for shared ones).
 */
import type { DocumentMetadata, ImportedDocument, RemovedSpan } from '../../core/import/types'
import { getDatabase, type BiduDatabase, type DocumentMeta, type StoredDocument } from './database'
import { hashText } from '../../core/anchoring'
import { existingRows, putRowsBack, takeRows } from './rows'

/** Extra fields a caller may set when adding a document. */
export interface AddOptions {
  /** Marks a bundled sample report (its seed file name). */
  sampleFile?: string
  /** Overrides of the guessed metadata (e.g. from the sample catalog). */
  metadata?: Partial<DocumentMetadata>
}

/** Builds the stored row for an imported document (pure: the id and clock are passed in). */
export function toStoredDocument(doc: ImportedDocument, id: string, now: number, options: AddOptions = {}): StoredDocument {
  const row: StoredDocument = {
    id,
    fileName: doc.fileName,
    format: doc.format,
    text: doc.text,
    rawText: doc.rawText,
    removed: doc.removed,
    metadata: { ...doc.metadata, ...options.metadata },
    textHash: hashText(doc.text),
    importedAt: now,
    updatedAt: now,
  }
  if (doc.encoding !== undefined) row.encoding = doc.encoding
  if (options.sampleFile !== undefined) row.sampleFile = options.sampleFile
  return row
}

/**
 * Stores imported documents in ONE transaction (all or nothing) and returns their new ids, in order.
 * Call once per file when files must not affect each other.
 */
export async function addDocuments(
  docs: readonly { doc: ImportedDocument; options?: AddOptions }[],
  db: BiduDatabase = getDatabase(),
): Promise<string[]> {
  const now = Date.now()
  const rows = docs.map(({ doc, options }) => toStoredDocument(doc, crypto.randomUUID(), now, options))
  await db.transaction('rw', db.documents, async () => {
    await db.documents.bulkAdd(rows)
  })
  return rows.map((row) => row.id)
}

/**
 * Replaces a document's metadata with `metadata` (already validated by the caller).
 * Returns the previous metadata for undo, or undefined when the document does not exist.
 */
export async function updateMetadata(
  id: string,
  metadata: DocumentMetadata,
  db: BiduDatabase = getDatabase(),
): Promise<DocumentMetadata | undefined> {
  return db.transaction('rw', db.documents, async () => {
    const row = await db.documents.get(id)
    if (!row) return undefined
    await db.documents.update(id, { metadata, updatedAt: Date.now() })
    return row.metadata
  })
}

/** A document's metadata before a change, for undo. */
export interface MetadataBefore {
  id: string
  metadata: DocumentMetadata
}

/**
 * Sets the metadata of every document in `ids` to `change(its metadata)` in one transaction (all or
 * nothing). Returns the previous metadata of each changed document (missing ids are skipped), which
 * {@link restoreMetadata} puts back.
 */
export async function updateMetadataMany(
  ids: readonly string[],
  change: (metadata: DocumentMetadata) => DocumentMetadata,
  db: BiduDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<MetadataBefore[]> {
  return db.transaction('rw', db.documents, async () => {
    const rows = await existingRows(db.documents, ids)
    await db.documents.bulkUpdate(rows.map((row) => ({ key: row.id, changes: { metadata: change(row.metadata), updatedAt: now } })))
    return rows.map((row) => ({ id: row.id, metadata: row.metadata }))
  })
}

/** Puts back metadata returned by {@link updateMetadataMany} (undo), in one transaction. */
export async function restoreMetadata(
  before: readonly MetadataBefore[],
  db: BiduDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    await db.documents.bulkUpdate(before.map((b) => ({ key: b.id, changes: { metadata: b.metadata, updatedAt: now } })))
  })
}

/** A document's text state, enough to undo a text replacement. */
export interface TextState {
  text: string
  removed: RemovedSpan[]
}

/**
 * Replaces a document's working text (e.g. "restore removed text" puts `rawText` back with no removed
 * spans). Returns the previous state for undo, or undefined when the document does not exist.
 */
export async function replaceText(id: string, next: TextState, db: BiduDatabase = getDatabase()): Promise<TextState | undefined> {
  const textHash = hashText(next.text)
  return db.transaction('rw', db.documents, async () => {
    const row = await db.documents.get(id)
    if (!row) return undefined
    await db.documents.update(id, { text: next.text, removed: next.removed, textHash, updatedAt: Date.now() })
    return { text: row.text, removed: row.removed }
  })
}

/**
 * Deletes documents by id in one transaction. Returns the deleted rows (ids that did not exist are
 * skipped), which {@link restoreDocuments} puts back exactly.
 */
export async function deleteDocuments(ids: readonly string[], db: BiduDatabase = getDatabase()): Promise<StoredDocument[]> {
  return takeRows(db, db.documents, ids)
}

/** Puts rows back unchanged (undo of a delete); rows whose id exists again are overwritten. */
export async function restoreDocuments(rows: readonly StoredDocument[], db: BiduDatabase = getDatabase()): Promise<void> {
  return putRowsBack(db, db.documents, rows)
}

/** All documents, newest import first (for `useLiveQuery`). */
export function listDocuments(db: BiduDatabase = getDatabase()): Promise<StoredDocument[]> {
  return db.documents.orderBy('importedAt').reverse().toArray()
}

/** Every document without its texts, newest import first (for `useLiveQuery` in lists and labels). */
export function listDocumentMeta(db: BiduDatabase = getDatabase()): Promise<DocumentMeta[]> {
  return db.documentMeta.orderBy('importedAt').reverse().toArray()
}

/** The documents with these ids without their texts, in that order (missing ones left out). */
export async function documentMetaOf(ids: readonly string[], db: BiduDatabase = getDatabase()): Promise<DocumentMeta[]> {
  return existingRows(db.documentMeta, ids)
}

/** Seed file names of the sample reports currently in the library. */
export async function presentSampleFiles(db: BiduDatabase = getDatabase()): Promise<Set<string>> {
  const keys = await db.documents.orderBy('sampleFile').keys()
  return new Set(keys.map(String))
}
