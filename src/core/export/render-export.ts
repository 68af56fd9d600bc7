/**
 * One call for every format, for the export dialog's preview and save and for the CLI: picks the
 * writer for `format`. Text formats come back as strings, REFI-QDA as zip bytes.
 */
import { toCsv } from './to-csv'
import { toJsonLd } from './to-jsonld'
import { toMarkdown } from './to-markdown'
import { toQdpx } from './to-qdpx'
import type { ExportFormat, ExportInput, ExportOptions } from './types'

/**
 * Renders `input` in `format`.
 * @returns a string for md / csv (with BOM) / jsonld, a Uint8Array (zip) for qdpx
 */
export function renderExport(format: ExportFormat, input: ExportInput, options: ExportOptions): string | Uint8Array {
  switch (format) {
    case 'md':
      return toMarkdown(input, options)
    case 'csv':
      return toCsv(input, options)
    case 'jsonld':
      return toJsonLd(input, options)
    case 'qdpx':
      return toQdpx(input, options)
  }
}
