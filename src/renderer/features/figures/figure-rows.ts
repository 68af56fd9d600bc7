/**
 * The figures table's model: each figure of each document with the theme of the passage it is in
 * (the passage's main theme; '' when the passage has none), filtered by theme and written as CSV.
 * Pure. It does not extract figures (core/figures does, in the worker) nor classify (the analysis does).
 */
import type { Figure } from '../../../core/figures'
import { guardFormula, quoteCsvField, UTF8_BOM } from '../../../core/export'
import type { ClassifiedPassage } from '../../../core/themes'

/** One row of the table. Offsets are UTF-16 code units of the document's text. */
export interface FigureRow {
  docId: string
  /** Main theme of the figure's passage; '' for none. */
  themeId: string
  /** Every theme of the passage (the filter matches any of them). */
  themes: string[]
  passageStart: number
  passageEnd: number
  figure: Figure
}

/**
 * Rows for the figures of one document. `figures` must come from extractFigures with the passages'
 * spans (so each has `spanIndex`); a figure without one, or with an index out of range, is skipped.
 */
export function figureRows(
  docId: string,
  passages: readonly Pick<ClassifiedPassage, 'start' | 'end' | 'themes'>[],
  figures: readonly Figure[],
): FigureRow[] {
  const rows: FigureRow[] = []
  for (const figure of figures) {
    const passage = figure.spanIndex === undefined ? undefined : passages[figure.spanIndex]
    if (!passage) continue
    rows.push({
      docId,
      themeId: passage.themes[0] ?? '',
      themes: passage.themes,
      passageStart: passage.start,
      passageEnd: passage.end,
      figure,
    })
  }
  return rows
}

/** Rows whose passage carries `themeId`; every row for ''. */
export function filterByTheme(rows: readonly FigureRow[], themeId: string): FigureRow[] {
  return themeId === '' ? [...rows] : rows.filter((r) => r.themes.includes(themeId))
}

/** How the table is ordered: by document (then position), or by theme (codebook order, then document). */
export type FigureOrder = 'document' | 'theme'
export const FIGURE_ORDERS: readonly FigureOrder[] = ['document', 'theme']

/**
 * `rows` (given in document order) ordered by `order`; by theme, rows follow `themeIds` with
 * unthemed and unknown themes last, each theme's rows keeping document order. Returns a new array.
 */
export function orderRows(rows: readonly FigureRow[], order: FigureOrder, themeIds: readonly string[]): FigureRow[] {
  if (order === 'document') return [...rows]
  const rank = new Map(themeIds.map((id, i) => [id, i]))
  const rankOf = (row: FigureRow): number => rank.get(row.themeId) ?? themeIds.length
  return [...rows].sort((a, b) => rankOf(a) - rankOf(b))
}

/** The figure's value as plain digits (45000, or `5-8` for a range), without exponent notation. */
export function formatValue(figure: Figure): string {
  const plain = (n: number): string =>
    Number.isFinite(n) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 }) : ''
  return figure.isRange && figure.valueMax !== figure.value ? `${plain(figure.value)}-${plain(figure.valueMax)}` : plain(figure.value)
}

/** Column headings of the CSV, translated by the caller. */
export interface FigureCsvHeaders {
  document: string
  theme: string
  measure: string
  figure: string
  value: string
  unit: string
}

/**
 * The rows as CSV (UTF-8 BOM, RFC 4180, CRLF, formula guard as in the annotation export), with the
 * passage offsets so a spreadsheet row can be traced back to the text.
 */
export function toFiguresCsv(
  rows: readonly FigureRow[],
  headers: FigureCsvHeaders,
  labelOf: (docId: string) => string,
  themeLabelOf: (themeId: string) => string,
): string {
  const lines = [[headers.document, headers.theme, headers.measure, headers.figure, headers.value, headers.unit, 'start', 'end']]
  for (const r of rows) {
    lines.push([
      labelOf(r.docId),
      themeLabelOf(r.themeId),
      r.figure.measure,
      r.figure.text,
      formatValue(r.figure),
      r.figure.unit,
      String(r.figure.start),
      String(r.figure.end),
    ])
  }
  return UTF8_BOM + lines.map((cells) => cells.map((c) => quoteCsvField(guardFormula(c))).join(',') + '\r\n').join('')
}
