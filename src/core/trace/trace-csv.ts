/**
 * The echo table as CSV: one row per traced document with its metadata, its reference, its length,
 * its echo share and the echo share of each theme's passages (empty when the document has no passage
 * of that theme, which is not the same as 0). RFC 4180, CRLF rows, formula-guarded cells; the app
 * writes it with a BOM for Excel, the CLI without (for R and Stata). Shares are fractions 0–1.
 * `document` and `reference` name documents by the label the app shows (place · year · short type,
 * unique), `file` and `reference_file` by file name, as in the annotations' CSV.
 */
import { guardFormula, quoteCsvField, UTF8_BOM } from '../export/to-csv'
import type { ThemeEcho } from './trace-document'

/** One row of the echo table. */
export interface TraceCsvRow {
  /** The document's label (place · year · short type, unique in the library). */
  document: string
  file: string
  title?: string
  place?: string
  year?: number
  level?: string
  /** The references' labels, joined by '; '. */
  reference: string
  /** The references' file names, joined by '; ', in the order of `reference`. */
  referenceFile: string
  chars: number
  echoShare: number
  themes: Record<string, ThemeEcho>
}

/** The columns before the per-theme ones, in order. */
const FIXED_COLUMNS = ['document', 'file', 'title', 'place', 'year', 'level', 'reference', 'reference_file', 'chars', 'echo_share'] as const

/** Decimal places of shares: enough for regressions, short enough to read. */
const DECIMALS = 4

function share(x: number | undefined): string {
  return x === undefined ? '' : String(Number(x.toFixed(DECIMALS)))
}

function cell(value: string | number | undefined): string {
  return quoteCsvField(guardFormula(value === undefined ? '' : String(value)))
}

/**
 * Renders `rows` with one `echo_<theme id>` column per id of `themeIds` (in that order).
 * @param options.bom start with the UTF-8 byte order mark (for Excel)
 */
export function toTraceCsv(rows: readonly TraceCsvRow[], themeIds: readonly string[], options: { bom?: boolean } = {}): string {
  const header = [...FIXED_COLUMNS, ...themeIds.map((id) => `echo_${id}`)]
  const lines = [header.map(cell).join(',')]
  for (const r of rows) {
    const fields = [r.document, r.file, r.title, r.place, r.year, r.level, r.reference, r.referenceFile, r.chars].map(cell)
    fields.push(share(r.echoShare), ...themeIds.map((id) => share(r.themes[id]?.share)))
    lines.push(fields.join(','))
  }
  return (options.bom ? UTF8_BOM : '') + lines.join('\r\n') + '\r\n'
}
