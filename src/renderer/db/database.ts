/**
 * The one Dexie database of the renderer: typed tables and the schema history.
 * Durable data lives only here; components read with `useLiveQuery` and write through the named
 * functions in this folder (documents.ts, settings.ts), never `db.table.put` inline.
 *
 * Schema versions only grow. To add a table (annotations, alignmentDecisions, codebook, …):
 *   1. declare its row type and a `Table<Row, Key>` field on {@link BiduDatabase};
 *   2. add `this.version(N + 1).stores({ newTable: 'id, …indexes' })` below the last version —
 *      list only the new or changed tables (Dexie keeps the others); add `.upgrade(tx => …)` only
 *      when existing rows must be reshaped;
 *   3. add a test that opens a database written by version N, upgrades it and finds every row.
 * Never edit or delete an old `version()` call: users' databases were created by it.
 */
import Dexie, { type Table } from 'dexie'
import type { DocumentMetadata, RemovedSpan, SourceFormat } from '../../core/import/types'
import type { Annotation } from '../../core/anchoring/types'
import type { AlignmentDecision } from '../../core/align/merge-decisions'
import type { Codebook } from '../../core/themes/types'
import type { ComparisonSet } from '../../core/compare/comparison-set'
import type { Memo } from '../../core/memos'
import { hashText } from '../../core/anchoring/hash-text'
import { documentMetaMiddleware, toDocumentMeta } from './document-meta'

/** Name of the IndexedDB database; changing it would orphan every user's library. */
export const DATABASE_NAME = 'bidu'

/** A document in the library: the imported document plus bookkeeping. */
export interface StoredDocument {
  /** Random UUID, stable for the document's life (annotations refer to it). */
  id: string
  fileName: string
  format: SourceFormat
  encoding?: string
  /** The cleaned text the app works on; every stored offset refers to it (UTF-16 code units). */
  text: string
  /** Text as extracted, before cleaning. */
  rawText: string
  /** What cleaning removed from `rawText`; empty after "restore removed text". */
  removed: RemovedSpan[]
  metadata: DocumentMetadata
  /**
   * The core's hashText of `text` (as annotations record it): the key of every cache of derived data
   * and how a changed text version is recognised. Back-filled by version 9, so always present.
   */
  textHash: string
  /** Set on bundled sample reports: the seed's file name, so "restore samples" can find missing ones. */
  sampleFile?: string
  /** Milliseconds since the epoch. */
  importedAt: number
  updatedAt: number
}

/**
 * A document without its texts (version 10), as lists, labels, sets and the matrix read it: the
 * `documentMeta` table, written by the database with every write to `documents` (document-meta.ts).
 */
export interface DocumentMeta extends Omit<StoredDocument, 'text' | 'rawText' | 'removed'> {
  /** Length of `text` (UTF-16 code units). */
  textLength: number
}

/** One setting: a key and a JSON-serialisable value (see settings.ts for the known keys). */
export interface SettingRow {
  key: string
  value: unknown
}

/**
 * The user's codebook (version 3): ONE row (key {@link CODEBOOK_ROW_KEY}) holding the whole codebook,
 * so an import or a reset replaces it atomically and one revision number versions every theme for
 * the analysis cache. Written through codebook.ts.
 */
export interface CodebookRow {
  key: string
  codebook: Codebook
  /** Grows by one on every write. */
  revision: number
  updatedAt: number
}

/**
 * An earlier text of a document (version 8), kept when an import was confirmed as a new version of it:
 * the document row keeps its id (annotations, memos and decisions stay on it) and takes the new text;
 * the old text, its source file and times stay here, so it can be read or put back.
 */
export interface DocumentVersion extends Pick<
  StoredDocument,
  'fileName' | 'format' | 'encoding' | 'text' | 'rawText' | 'removed' | 'textHash' | 'importedAt'
> {
  id: string
  documentId: string
  /** When a newer text replaced this one (ms since the epoch). */
  replacedAt: number
}

/**
 * Deleted documents with what went with them (version 8), kept for {@link TRASH_DAYS} days so that
 * deletion can be undone after a restart; `removed` is what the deletion returned (see annotations.ts).
 */
export interface TrashRow {
  id: string
  /** Ms since the epoch. */
  deletedAt: number
  /** Titles, for the list shown to the user. */
  titles: string[]
  removed: { documents: StoredDocument[]; annotations: Annotation[]; memos?: Memo[] }
}

/**
 * How long deleted documents stay in the trash.
 * @public the trash dialog and its purge (landing from the trust branch) read it.
 */
export const TRASH_DAYS = 30

/** Key of the single codebook row. */
export const CODEBOOK_ROW_KEY = 'current'

/** The typed database. Construct through {@link openDatabase} (tests pass their own name). */
export class BiduDatabase extends Dexie {
  documents!: Table<StoredDocument, string>
  settings!: Table<SettingRow, string>
  /** Highlights, notes and tags (version 2); written through annotations.ts. */
  annotations!: Table<Annotation, string>
  /** Confirm / reject / link decisions on theme lanes (version 3); written through decisions.ts. */
  alignmentDecisions!: Table<AlignmentDecision, string>
  /** The codebook, one row (version 3); written through codebook.ts. */
  codebook!: Table<CodebookRow, string>
  /** Saved comparison sets (version 6); written through comparison-sets.ts. */
  comparisonSets!: Table<ComparisonSet, string>
  /** Memos on documents, themes and the project (version 7); written through memos.ts. */
  memos!: Table<Memo, string>
  /** Earlier texts of documents replaced by a new version (version 8); written through versions.ts. */
  documentVersions!: Table<DocumentVersion, string>
  /** Deleted documents kept for undo across restarts (version 8); written through trash.ts. */
  trash!: Table<TrashRow, string>
  /** Every document without its texts (version 10); written only by the database (document-meta.ts). */
  documentMeta!: Table<DocumentMeta, string>

  constructor(name: string = DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      documents: 'id, importedAt, metadata.place, metadata.year, metadata.level, sampleFile',
      settings: 'key',
    })
    this.version(2).stores({
      annotations: 'id, documentId, *themes, *tags, updated, color, anchorStatus',
    })
    this.version(3).stores({
      alignmentDecisions: 'id, themeId, passage.docId',
      codebook: 'key',
    })
    // Version 6 (compare): saved comparison sets. Versions 4, 5 are other features' (Dexie allows gaps).
    this.version(6).stores({
      comparisonSets: 'id, name, updatedAt',
    })
    // Version 7 (memos): a new table only; older versions' tables are untouched.
    this.version(7).stores({
      memos: 'id, kind, target, updated',
    })
    // Version 8 (trust): earlier versions of documents, and the trash. New tables only.
    this.version(8).stores({
      documentVersions: 'id, documentId, replacedAt',
      trash: 'id, deletedAt',
    })
    // Version 9 (house): every document row, and every document waiting in the trash, carries its text
    // hash, computed once here instead of wherever a document is read.
    this.version(9)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table<StoredDocument>('documents')
          .toCollection()
          .modify((doc) => {
            doc.textHash ||= hashText(doc.text)
          })
        await tx
          .table<TrashRow>('trash')
          .toCollection()
          .modify((row) => {
            row.removed.documents = row.removed.documents.map(withTextHash)
          })
      })
    // Version 10 (scale): documents without their texts, for the views that list them. Filled here
    // once; from then on every write to documents writes it too (document-meta.ts).
    this.version(10)
      .stores({ documentMeta: 'id, importedAt' })
      .upgrade(async (tx) => {
        const docs = await tx.table<StoredDocument>('documents').toArray()
        await tx.table<DocumentMeta>('documentMeta').bulkPut(docs.map(toDocumentMeta))
      })
    this.use(documentMetaMiddleware)
  }
}

/** `doc` with its text hash, computed when missing (rows from before version 9, older backups). */
export function withTextHash<T extends { text: string; textHash?: string }>(doc: T): T & { textHash: string } {
  return doc.textHash ? (doc as T & { textHash: string }) : { ...doc, textHash: hashText(doc.text) }
}

let shared: BiduDatabase | null = null

/** The app's database, created on first use. */
export function getDatabase(): BiduDatabase {
  shared ??= new BiduDatabase()
  return shared
}

/** A fresh database under another name (tests, or a scratch import). */
export function openDatabase(name: string): BiduDatabase {
  return new BiduDatabase(name)
}

/**
 * Asks the browser to keep our storage under pressure (so the library is not evicted).
 * Resolves to whether storage is persistent; false when the API is missing or refuses.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.persist) return false
  try {
    return await storage.persist()
  } catch {
    // Some embedders throw instead of resolving false; persistence is a nicety, not a requirement.
    return false
  }
}
