/**
 * The window's handle on the export worker: started on first use, restarted after a crash, with
 * typed calls that a newer request can cancel.
 */
import type { CallOptions } from './rpc'
import { WorkerClient } from './worker-client'
import type { ExportHandlers, RenderParams } from './export.worker'
import type { ExportPreview } from './export-preview'

const worker = new WorkerClient<ExportHandlers>(
  () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'bidu-export' }),
)

/** Renders the whole export in the worker. */
export function renderInWorker(params: RenderParams, options: CallOptions = {}): Promise<string | Uint8Array> {
  return worker.call('render', params, options)
}

/** Renders the preview (first `maxLines` lines, or the archive summary) in the worker. */
export function previewInWorker(params: RenderParams, maxLines: number, options: CallOptions = {}): Promise<ExportPreview> {
  return worker.call('preview', { ...params, maxLines }, options)
}
