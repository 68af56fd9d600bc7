/**
 * The window's handle on the document worker, which imports files: an import (an untrusted file) runs
 * apart from the analysis worker, so it never delays an outline, and its worker is ended and replaced
 * when a call is cancelled or runs past {@link DOCUMENT_TIME_LIMIT_MS} (worker-lane.ts).
 */
import type { CallOptions } from './rpc'
import type { DocumentHandlers, ImportFileParams } from './document.worker'
import { WorkerLane } from './worker-lane'

/** Longest an import may run before its worker is ended. */
export const DOCUMENT_TIME_LIMIT_MS = 120_000

const imports = new WorkerLane<DocumentHandlers>(
  () => new Worker(new URL('./document.worker.ts', import.meta.url), { type: 'module', name: 'bidu-imports' }),
  DOCUMENT_TIME_LIMIT_MS,
)

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
