/**
 * The window's handle on the export worker: started on first use, restarted after a crash, with
 * typed calls that a newer request can cancel. Each document's outline is added to the payload here,
 * from the analysis worker (which alone parses structure), so the export worker never parses.
 */
import type { OutlineNode } from '../../core/structure/types'
import { outlinesInWorker } from './analysis-client'
import type { OutlinedPayload } from './export-input'
import type { CallOptions } from './rpc'
import { WorkerClient } from './worker-client'
import { remember } from './bounded-cache'
import type { ExportHandlers, OutlinedRenderParams, RenderParams } from './export.worker'
import type { ExportPreview } from './export-preview'

const worker = new WorkerClient<ExportHandlers>(
  () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'bidu-export' }),
)

// By text hash: a library's worth of outlines is small next to its texts, and a preview per keystroke
// then sends nothing to the analysis worker.
const MAX_CACHED_OUTLINES = 3000
const outlines = new Map<string, OutlineNode[]>()

/** `params` with each document's outline, asking the analysis worker for those not known yet. */
export async function withOutlines(params: RenderParams, options: CallOptions = {}): Promise<OutlinedRenderParams> {
  const known = new Map<string, OutlineNode[]>()
  const missing = new Map<string, { textHash: string; text: string }>()
  for (const { textHash, text } of params.payload.documents) {
    const outline = outlines.get(textHash)
    if (outline) known.set(textHash, outline)
    else missing.set(textHash, { textHash, text })
  }
  if (missing.size > 0) {
    const asked = [...missing.values()]
    const found = await outlinesInWorker(asked, { signal: options.signal })
    asked.forEach(({ textHash }, i) => {
      known.set(textHash, found[i])
      remember(outlines, textHash, found[i], MAX_CACHED_OUTLINES)
    })
  }
  const payload: OutlinedPayload = {
    ...params.payload,
    documents: params.payload.documents.map((doc) => ({ ...doc, outline: known.get(doc.textHash) ?? [] })),
  }
  return { ...params, payload }
}

/** Renders the whole export in the worker. */
export async function renderInWorker(params: RenderParams, options: CallOptions = {}): Promise<string | Uint8Array> {
  return worker.call('render', await withOutlines(params, options), options)
}

/** Renders the preview (first `maxLines` lines, or the archive summary) in the worker. */
export async function previewInWorker(params: RenderParams, maxLines: number, options: CallOptions = {}): Promise<ExportPreview> {
  return worker.call('preview', { ...(await withOutlines(params, options)), maxLines }, options)
}
