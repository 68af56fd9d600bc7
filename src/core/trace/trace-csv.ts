/**
 * The echo table as CSV: one row per traced document with its metadata, its reference, its length,
 * its echo share and the echo share of each theme's passages (empty when the document has no passage
 * of that theme, which is not the same as 0). RFC 4180, CRLF rows, formula-guarded cells; the app
 * writes it with a BOM for Excel, the CLI without (for R and Stata). Shares are fractions 0–1.
 */
import { guardFormula, quoteCsvField, UTF8_BOM } from '../export/to-csv'
import type { ThemeEcho } from './trace-document'

/** One row of the echo table. */
export interface TraceCsvRow {
  document: string
  title?: string
  place?: string
  year?: number
  level?: string
  reference: string
  chars: number
  echoShare: number
  themes: Record<string, ThemeEcho>
}

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
  const header = ['document', 'title', 'place', 'year', 'level', 'reference', 'chars', 'echo_share', ...themeIds.map((id) => `echo_${id}`)]
  const lines = [header.map(cell).join(',')]
  for (const r of rows) {
    const fields = [r.document, r.title, r.place, r.year, r.level, r.reference, r.chars].map(cell)
    fields.push(share(r.echoShare), ...themeIds.map((id) => share(r.themes[id]?.share)))
    lines.push(fields.join(','))
  }
  return (options.bom ? UTF8_BOM : '') + lines.join('\r\n') + '\r\n'
}
