/**
 * One call for every format, for the export dialog's preview and save and for the CLI: picks the
 * writer for `format`. Text formats come back as strings, REFI-QDA and Word as zip bytes. Async
 * because the Word writer is; the others finish synchronously.
 */
import { toCsv } from './to-csv'
import { toDocx } from './to-docx'
import { toJsonLd } from './to-jsonld'
import { toMarkdown } from './to-markdown'
import { toQdpx } from './to-qdpx'
import type { ExportFormat, ExportInput, ExportOptions } from './types'

/**
 * Renders `input` in `format`.
 * @returns a string for md / csv (with BOM) / jsonld, a Uint8Array (zip) for qdpx and docx
 */
export async function renderExport(format: ExportFormat, input: ExportInput, options: ExportOptions): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return toMarkdown(input, options)
    case 'csv':
      return toCsv(input, options)
    case 'jsonld':
      return toJsonLd(input, options)
    case 'qdpx':
      return toQdpx(input, options)
    case 'docx':
      return toDocx(input, options)
  }
}
