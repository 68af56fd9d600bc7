/**
 * One file through the import path shared by user imports and the sample reports: the core
 * importer in the document worker, then one database transaction. A rejected file stores nothing.
 */
import type { ImportErrorCode } from '../../../core/import/types'
import { addDocuments, type AddOptions } from '../../db/documents'
import type { PickedFile } from '../../platform'
import { importFileInWorker } from '../../workers/document-client'
import type { RpcProgress } from '../../workers/rpc'
import { messageOf } from '../../../core/result'

/** The outcome of importing one file. */
export type ImportOutcome = { ok: true; id: string; title: string } | { ok: false; code: ImportErrorCode | 'FAILED'; message: string }

/**
 * Imports `file` and stores it. Never throws for bad input: the core's error code and message come
 * back as `{ ok: false }`; an unexpected failure (worker crash, quota) becomes code `FAILED`.
 * Cancellation through `signal` rejects with an AbortError.
 */
export async function importAndStore(
  file: PickedFile,
  options: AddOptions & { signal?: AbortSignal; onProgress?: (progress: RpcProgress) => void } = {},
): Promise<ImportOutcome> {
  const { signal, onProgress, ...addOptions } = options
  let result
  try {
    result = await importFileInWorker({ name: file.name, bytes: file.bytes }, { signal, onProgress })
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error
    return { ok: false, code: 'FAILED', message: messageOf(error) }
  }
  if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message }
  try {
    const [id] = await addDocuments([{ doc: result.value, options: addOptions }])
    return { ok: true, id, title: addOptions.metadata?.title ?? result.value.metadata.title }
  } catch (error) {
    // The transaction rolled back (quota, storage closed): nothing of this file is stored.
    return { ok: false, code: 'FAILED', message: messageOf(error) }
  }
}
