/**
 * The export worker: renders exports (and their previews) off the window's thread, so typing in the
 * dialog never waits for a large export. Outlines come with the payload (the analysis worker parses them).
 */
import { renderExport, type ExportFormat, type ExportOptions } from '../../core/export'
import { serveRpc, type RpcContext, type RpcEndpoint } from './rpc'
import { toExportInput, type ExportPayload, type OutlinedPayload } from './export-input'
import { previewExport, type ExportPreview } from './export-preview'

/** One export request: the data, the format and the options. */
export interface RenderParams {
  payload: ExportPayload
  format: ExportFormat
  options: ExportOptions
}

/** What the worker gets: the request with each document's outline added (export-client.ts). */
export interface OutlinedRenderParams extends Omit<RenderParams, 'payload'> {
  payload: OutlinedPayload
}

function render({ payload, format, options }: OutlinedRenderParams, ctx?: RpcContext): Promise<string | Uint8Array> {
  return renderExport(format, toExportInput(payload), {
    ...options,
    onProgress: ctx ? (done) => ctx.progress({ done, total: 1 }) : undefined,
  })
}

/** The worker's handlers (the type parameter of the client). */
export const exportHandlers = {
  /** The whole export: a string for md / csv / jsonld, zip bytes for qdpx and docx; progress as a share of 1. */
  render,
  /** The first lines of the export, or a summary of the archive. */
  preview: async (params: OutlinedRenderParams & { maxLines: number }): Promise<ExportPreview> =>
    previewExport(await render(params), params.maxLines),
}

export type ExportHandlers = typeof exportHandlers

serveRpc(self as unknown as RpcEndpoint, exportHandlers)
