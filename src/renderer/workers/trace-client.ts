/**
 * The window's handle on the tracing worker: one worker started on first use, with typed calls.
 * The worker caches by text hash, so asking again for documents it has traced costs little.
 */
import { RpcClient, type CallOptions } from './rpc'
import type { TraceHandlers, TraceParams, TraceText } from './trace.worker'

let client: RpcClient<TraceHandlers> | null = null

function getClient(): RpcClient<TraceHandlers> {
  if (!client) {
    const worker = new Worker(new URL('./trace.worker.ts', import.meta.url), { type: 'module', name: 'bidu-trace' })
    const rpc = new RpcClient<TraceHandlers>(worker)
    // A crashed worker would leave calls pending forever: fail them and start afresh next time.
    const fail = (): void => {
      rpc.dispose()
      worker.terminate()
      if (client === rpc) client = null
    }
    worker.addEventListener('error', fail)
    worker.addEventListener('messageerror', fail)
    client = rpc
  }
  return client
}

/** Each document's echoes of each of its references (or why a pair was not traced). */
export function traceInWorker(params: TraceParams, options: CallOptions = {}) {
  return getClient().call('trace', params, options)
}

/** Why `reference` cannot be a reference of `doc` (an error code), or null when it can. */
export function checkReferenceInWorker(reference: TraceText, doc: TraceText, options: CallOptions = {}) {
  return getClient().call('check', { reference, doc }, options)
}
