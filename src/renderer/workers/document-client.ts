/**
 * The window's handle on the document worker, typed calls over two instances of it: one imports
 * files, the other parses structure, so an import (an untrusted file) never delays an outline. Each
 * is ended and replaced when a call is cancelled or runs past {@link DOCUMENT_TIME_LIMIT_MS}
 * (worker-lane.ts). Structure results are memoised per text (documents are re-parsed only when
 * their text changes).
 */
import type { DocumentStructure } from '../../core/structure/types'
import type { CallOptions } from './rpc'
import type { DocumentHandlers, ImportFileParams } from './document.worker'
import { WorkerLane } from './worker-lane'

/** Longest an import or a structure parse may run before its worker is ended. */
export const DOCUMENT_TIME_LIMIT_MS = 120_000

const spawn = (name: string) => () => new Worker(new URL('./document.worker.ts', import.meta.url), { type: 'module', name })

const imports = new WorkerLane<DocumentHandlers>(spawn('bidu-imports'), DOCUMENT_TIME_LIMIT_MS)
const structures = new WorkerLane<DocumentHandlers>(spawn('bidu-documents'), DOCUMENT_TIME_LIMIT_MS, () => structureCache.clear())

/**
 * Imports one file in the worker. The bytes are moved to the worker (the caller's copy is emptied).
 * Rejects with an AbortError on cancel and with a message naming the file after the time limit.
 */
export function importFileInWorker(params: ImportFileParams, options: CallOptions = {}) {
  return imports.call('importFile', params, {
    ...options,
    transfer: [params.bytes.buffer as ArrayBuffer],
    timeLimitMessage: `${params.name}: reading it took longer than ${DOCUMENT_TIME_LIMIT_MS / 1000} s, so it was stopped`,
  })
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
  const pending = structures.call('parseStructure', text)
  pending.catch(() => structureCache.delete(key))
  structureCache.set(key, pending)
  if (structureCache.size > MAX_CACHED_STRUCTURES) {
    const oldest = structureCache.keys().next().value
    if (oldest !== undefined) structureCache.delete(oldest)
  }
  return pending
}
