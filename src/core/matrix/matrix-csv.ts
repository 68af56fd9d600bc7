/**
 * The matrix as CSV: one row per theme, one column per document (in the matrix's order), values in
 * the chosen mode — share as a percentage with two decimals, or the annotation count. RFC 4180
 * quoting and the formula guard come from the annotation export, so both files open the same way in
 * a spreadsheet. It does not translate: the caller passes the header words.
 */
import { guardFormula, quoteCsvField, UTF8_BOM } from '../export/to-csv'
import type { MatrixMode, ThemeMatrix } from './types'

const ROW_END = '\r\n'
/** Decimals of a share written as a percentage (12.34 for 0.1234). */
const SHARE_DECIMALS = 2

export interface MatrixCsvOptions {
  mode: MatrixMode
  /** Heading of the first column (e.g. `Theme`). */
  themeHeader: string
  /** Label of each column's group, one per document in matrix order, written as a row above the header; omit for no group row. */
  groupLabels?: readonly string[]
  /** Start with a UTF-8 byte order mark so Excel reads Chinese correctly. Default true. */
  bom?: boolean
}

function field(value: string): string {
  return quoteCsvField(guardFormula(value))
}

/** A share (0–1) as a percentage string with {@link SHARE_DECIMALS} decimals. */
export function sharePercent(share: number): string {
  return (share * 100).toFixed(SHARE_DECIMALS)
}

/**
 * Renders `matrix` as CSV. Every row, the header included, ends with CRLF; an empty matrix gives
 * just the header row. Throws when `groupLabels` has the wrong length (a programmer error).
 */
export function toMatrixCsv(matrix: ThemeMatrix, options: MatrixCsvOptions): string {
  const rows: string[][] = []
  if (options.groupLabels) {
    if (options.groupLabels.length !== matrix.documents.length) throw new RangeError('one group label per column')
    rows.push(['', ...options.groupLabels])
  }
  rows.push([options.themeHeader, ...matrix.documents.map((d) => d.label)])
  matrix.themes.forEach((theme, r) => {
    const values = matrix.cells[r]!.map((cell) => (options.mode === 'share' ? sharePercent(cell.share) : String(cell.count)))
    rows.push([theme.label, ...values])
  })
  const body = rows.map((row) => row.map(field).join(',') + ROW_END).join('')
  return (options.bom === false ? '' : UTF8_BOM) + body
}
