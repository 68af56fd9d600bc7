/**
 * The analysis worker's read of texts from the library's IndexedDB, for callers that send document
 * ids and text hashes only (the matrix, the background analysis): the texts never pass through the
 * window, and only the documents the worker must classify or align are read.
 */
import { getDatabase } from '../db/database'

/** A document's stored text and its hash. */
export interface StoredText {
  text: string
  textHash: string
}

/** The stored texts of `ids` by id; ids not in the library are absent. */
export async function readLibraryTexts(ids: readonly string[]): Promise<Map<string, StoredText>> {
  const rows = await getDatabase().documents.bulkGet([...ids])
  return new Map(rows.flatMap((row) => (row ? [[row.id, { text: row.text, textHash: row.textHash }] as const] : [])))
}
