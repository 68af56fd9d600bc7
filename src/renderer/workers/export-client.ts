/**
 * The window's handle on the export worker: started on first use, restarted after a crash, with
 * typed calls that a newer request can cancel.
 */
import { RpcClient, type CallOptions } from './rpc'
import type { ExportHandlers, RenderParams } from './export.worker'
import type { ExportPreview } from './export-preview'

let client: RpcClient<ExportHandlers> | null = null

function getClient(): RpcClient<ExportHandlers> {
  if (!client) {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'bidu-export' })
    const rpc = new RpcClient<ExportHandlers>(worker)
    // A worker that fails to load or crashes would leave calls pending forever: fail them, start afresh next time.
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

/** Renders the whole export in the worker. */
export function renderInWorker(params: RenderParams, options: CallOptions = {}): Promise<string | Uint8Array> {
  return getClient().call('render', params, options)
}

/** Renders the preview (first `maxLines` lines, or the archive summary) in the worker. */
export function previewInWorker(params: RenderParams, maxLines: number, options: CallOptions = {}): Promise<ExportPreview> {
  return getClient().call('preview', { ...params, maxLines }, options)
}
