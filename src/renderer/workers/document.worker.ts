/**
 * The document worker: imports files (decode, extract, clean, guess metadata) off the window's thread.
 * Served through rpc.ts; see document-client.ts for the caller. (Structure is the analysis worker's.)
 */
import { importDocument } from '../../core/import'
import type { ImportedDocument, ImportErrorCode } from '../../core/import/types'
import type { Result } from '../../core/result'
import { createBrowserPdfExtractor } from '../platform/pdf-browser'
import { serveRpc, type RpcContext, type RpcEndpoint } from './rpc'

/** A file to import: its base name and bytes. */
export interface ImportFileParams {
  name: string
  bytes: Uint8Array
}

/** The worker's handlers (the type parameter of the client). */
export const documentHandlers = {
  /** Imports one file; pages of a PDF are reported as progress. */
  importFile: (params: ImportFileParams, ctx: RpcContext): Promise<Result<ImportedDocument, ImportErrorCode>> =>
    importDocument(params.name, params.bytes, {
      pdf: createBrowserPdfExtractor((done, total) => ctx.progress({ done, total, label: 'pdf-pages' }), ctx.signal),
    }),
}

export type DocumentHandlers = typeof documentHandlers

serveRpc(self as unknown as RpcEndpoint, documentHandlers)
