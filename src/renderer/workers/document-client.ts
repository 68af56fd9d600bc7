/**
 * The window's handle on the document worker: one shared worker started on first use, with typed
 * calls. Structure results are memoised per text (documents are re-parsed only when their text changes).
 */
import type { DocumentStructure } from '../../core/structure/types'
import { RpcClient, type CallOptions } from './rpc'
import type { DocumentHandlers, ImportFileParams } from './document.worker'

let client: RpcClient<DocumentHandlers> | null = null

function getClient(): RpcClient<DocumentHandlers> {
  if (!client) {
    const worker = new Worker(new URL('./document.worker.ts', import.meta.url), { type: 'module', name: 'bidu-documents' })
    const rpc = new RpcClient<DocumentHandlers>(worker)
    // A worker that fails to load or crashes would leave calls pending forever: fail them, start afresh next time.
    const fail = (): void => {
      rpc.dispose()
      worker.terminate()
      if (client === rpc) client = null
      structureCache.clear()
    }
    worker.addEventListener('error', fail)
    worker.addEventListener('messageerror', fail)
    client = rpc
  }
  return client
}

/** Imports one file in the worker. The bytes are moved to the worker (the caller's copy is emptied). */
export function importFileInWorker(params: ImportFileParams, options: CallOptions = {}) {
  return getClient().call('importFile', params, { ...options, transfer: [params.bytes.buffer as ArrayBuffer] })
}

// Keyed by document id + text hash; a handful of open documents, so the cache stays small.
const MAX_CACHED_STRUCTURES = 16
const structureCache = new Map<string, Promise<DocumentStructure>>()

/**
 * The structure of a document's text, parsed in the worker and memoised under `key`
 * (use the document id and its text hash, so an edited text is parsed again).
 */
export function structureOf(key: string, text: string): Promise<DocumentStructure> {
  const cached = structureCache.get(key)
  if (cached) return cached
  const pending = getClient().call('parseStructure', text)
  pending.catch(() => structureCache.delete(key))
  structureCache.set(key, pending)
  if (structureCache.size > MAX_CACHED_STRUCTURES) {
    const oldest = structureCache.keys().next().value
    if (oldest !== undefined) structureCache.delete(oldest)
  }
  return pending
}
