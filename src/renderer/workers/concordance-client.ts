/**
 * The window's handle on the concordance worker: one worker started on first use, with typed calls.
 * The corpus is sent only when its key (document ids and text hashes) changes, so repeated searches
 * post nothing but the query.
 */
import { RpcClient, type CallOptions } from './rpc'
import type { ConcordanceHandlers, CorpusParams, FiguresParams, SearchParams, SpansParams } from './concordance.worker'

let client: RpcClient<ConcordanceHandlers> | null = null
let sentKey: string | null = null

function getClient(): RpcClient<ConcordanceHandlers> {
  if (!client) {
    const worker = new Worker(new URL('./concordance.worker.ts', import.meta.url), { type: 'module', name: 'bidu-concordance' })
    const rpc = new RpcClient<ConcordanceHandlers>(worker)
    // A crashed worker would leave calls pending forever: fail them and start afresh next time.
    const fail = (): void => {
      rpc.dispose()
      worker.terminate()
      if (client === rpc) {
        client = null
        sentKey = null
      }
    }
    worker.addEventListener('error', fail)
    worker.addEventListener('messageerror', fail)
    client = rpc
  }
  return client
}

/** Makes sure the worker has indexed `corpus` (a no-op when the same key was sent last). */
export async function ensureCorpus(corpus: CorpusParams, options: CallOptions = {}): Promise<void> {
  if (sentKey === corpus.key) return
  await getClient().call('setCorpus', corpus, options)
  sentKey = corpus.key
}

/** Searches the indexed corpus (call {@link ensureCorpus} first). */
export function searchInWorker(params: SearchParams, options: CallOptions = {}) {
  return getClient().call('search', params, options)
}

/** The distinct spans that coding the given hits annotates. */
export function spansToCodeInWorker(params: SpansParams, options: CallOptions = {}) {
  return getClient().call('spansToCode', params, options)
}

/** Figures inside the given spans of indexed documents (call {@link ensureCorpus} first). */
export function figuresInWorker(params: FiguresParams, options: CallOptions = {}) {
  return getClient().call('figures', params, options)
}
