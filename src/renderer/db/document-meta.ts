/**
 * The `documentMeta` table (version 10) kept by the database itself: every write to `documents`
 * (add, put, update, modify, delete, clear, in any transaction) writes the same rows without their
 * texts to `documentMeta` in the same transaction, so the two never disagree and no write path has
 * to remember it. Lists, labels, comparison sets and the matrix read this table: reading the whole
 * documents table loads every text twice over (text and raw text), 80 MB for 1,000 reports of
 * 20,000 characters, on every opening of a view.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import type { DocumentMeta, StoredDocument } from './database'

export const DOCUMENTS_TABLE = 'documents'
export const DOCUMENT_META_TABLE = 'documentMeta'

/** A document's row in `documentMeta`: every field but the texts, and the text's length. */
export function toDocumentMeta(doc: StoredDocument): DocumentMeta {
  const { text, rawText: _rawText, removed: _removed, ...rest } = doc
  return { ...rest, textLength: text.length }
}

/** The request that mirrors `req` on documents into documentMeta, leaving out writes that failed. */
function mirrorOf(req: DBCoreMutateRequest, res: DBCoreMutateResponse): DBCoreMutateRequest | undefined {
  const failed = (i: number): boolean => res.failures[i] !== undefined
  switch (req.type) {
    case 'add':
    case 'put': {
      const values = req.values.filter((_, i) => !failed(i)).map((doc) => toDocumentMeta(doc as StoredDocument))
      return values.length > 0 ? { type: 'put', trans: req.trans, values } : undefined
    }
    case 'delete':
      return req.keys.length > 0 ? { type: 'delete', trans: req.trans, keys: req.keys } : undefined
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range }
  }
}

/** Whether the transaction can write documentMeta (not an upgrade run before version 10 created it). */
function hasMetaStore(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(DOCUMENT_META_TABLE)
}

/**
 * Dexie middleware: a read-write transaction over documents also takes documentMeta, and each
 * mutation of documents is followed by its mirror. It sits above Dexie's own middlewares (default
 * level), so the mirrored writes are seen by live queries like any other.
 */
export const documentMetaMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DocumentMeta',
  create: (down) => ({
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes(DOCUMENTS_TABLE) && !stores.includes(DOCUMENT_META_TABLE)
          ? [...stores, DOCUMENT_META_TABLE]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name)
      if (name !== DOCUMENTS_TABLE) return table
      const mirrored: DBCoreTable = {
        ...table,
        mutate: async (req) => {
          const res = await table.mutate(req)
          const mirror = hasMetaStore(req.trans) ? mirrorOf(req, res) : undefined
          if (mirror) await down.table(DOCUMENT_META_TABLE).mutate(mirror)
          return res
        },
      }
      return mirrored
    },
  }),
}
