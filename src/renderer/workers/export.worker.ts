/**
 * The export worker: renders exports (and their previews) off the window's thread, so typing in the
 * dialog never waits for a large export. Outlines are parsed here too, once per document text version.
 */
import { renderExport, type ExportFormat, type ExportOptions } from '../../core/export'
import { parseStructure } from '../../core/structure'
import type { OutlineNode } from '../../core/structure/types'
import { serveRpc, type RpcContext, type RpcEndpoint } from './rpc'
import { toExportInput, type ExportPayload, type PayloadDocument } from './export-input'
import { previewExport, type ExportPreview } from './export-preview'

/** One export request: the data, the format and the options. */
export interface RenderParams {
  payload: ExportPayload
  format: ExportFormat
  options: ExportOptions
}

// A library's worth of outlines is small next to its texts; keyed by document id and text hash.
const outlines = new Map<string, OutlineNode[]>()

function outlineOf(doc: PayloadDocument): OutlineNode[] {
  const key = `${doc.id}|${doc.textHash}`
  let outline = outlines.get(key)
  if (!outline) {
    outline = parseStructure(doc.text).outline
    outlines.set(key, outline)
  }
  return outline
}

function render({ payload, format, options }: RenderParams, ctx?: RpcContext): Promise<string | Uint8Array> {
  return renderExport(format, toExportInput(payload, outlineOf), {
    ...options,
    onProgress: ctx ? (done) => ctx.progress({ done, total: 1 }) : undefined,
  })
}

/** The worker's handlers (the type parameter of the client). */
export const exportHandlers = {
  /** The whole export: a string for md / csv / jsonld, zip bytes for qdpx and docx; progress as a share of 1. */
  render,
  /** The first lines of the export, or a summary of the archive. */
  preview: async (params: RenderParams & { maxLines: number }): Promise<ExportPreview> =>
    previewExport(await render(params), params.maxLines),
}

export type ExportHandlers = typeof exportHandlers

serveRpc(self as unknown as RpcEndpoint, exportHandlers)
