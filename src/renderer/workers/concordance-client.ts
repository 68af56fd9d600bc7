/**
 * The window's handle on the concordance worker: one worker started on first use, with typed calls.
 * The corpus is sent only when its key (document ids and text hashes) changes, so repeated searches
 * post nothing but the query.
 */
import type { CallOptions } from './rpc'
import { WorkerClient } from './worker-client'
import type { ConcordanceHandlers, CorpusParams, FiguresParams, SearchParams } from './concordance.worker'

let sentKey: string | null = null
// A crashed worker lost the corpus it was sent.
const worker = new WorkerClient<ConcordanceHandlers>(
  () => new Worker(new URL('./concordance.worker.ts', import.meta.url), { type: 'module', name: 'bidu-concordance' }),
  () => (sentKey = null),
)

/** Makes sure the worker has indexed `corpus` (a no-op when the same key was sent last). */
export async function ensureCorpus(corpus: CorpusParams, options: CallOptions = {}): Promise<void> {
  if (sentKey === corpus.key) return
  await worker.call('setCorpus', corpus, options)
  sentKey = corpus.key
}

/** Searches the indexed corpus (call {@link ensureCorpus} first). */
export function searchInWorker(params: SearchParams, options: CallOptions = {}) {
  return worker.call('search', params, options)
}

/** Figures inside the given spans of indexed documents (call {@link ensureCorpus} first). */
export function figuresInWorker(params: FiguresParams, options: CallOptions = {}) {
  return worker.call('figures', params, options)
}
