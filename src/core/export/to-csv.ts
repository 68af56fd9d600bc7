/**
 * The CSV export: one row per annotation, RFC 4180 (fields with a comma, quote, CR or LF are quoted,
 * quotes doubled, rows end with CRLF), UTF-8 with a BOM so Excel detects the encoding of Chinese text.
 * Fields holding a semicolon are quoted too: spreadsheets in locales whose list separator is `;`
 * split on it, and an unquoted `a;=1+1` would become a cell starting with `=`.
 * Formula injection: a cell whose first character is = + - @ (or a tab / CR, which Excel also treats
 * as formula starters) gets a leading apostrophe, so a spreadsheet shows it as text instead of
 * evaluating it, and so does every item of a list cell (themes, labels, tags), since a reader may
 * split those; a reader that wants the raw value strips one leading apostrophe from such cells and items.
 * Columns are fixed (CSV_COLUMNS); `include` does not drop columns, so files from different exports
 * line up. `document` is the document's label (place · year · short type, unique) when the caller
 * gives one, else its file name; `file` is always the file name. Theme ids come with their Chinese and English labels beside them, then split into `theme`
 * (theme ids) and `subtheme` (sub-theme codes `<theme>.<sub-theme>`). Memos follow the
 * annotations as rows of kind `memo`: a document memo fills the document's columns, a theme memo the
 * themes columns, the text goes in `note`; quote, offsets and colour stay empty.
 */
import type { Annotation } from '../anchoring/types'
import { sectionLabel, sortAnnotations } from './arrange-annotations'
import { documentTitle } from './document-names'
import { placeMemos } from './memo-sections'
import { resolveThemeCode, themeLabelsOf } from './theme-labels'
import type { ExportDocument, ExportInput, ExportOptions } from './types'

/** The byte order mark Excel needs to read UTF-8. */
export const UTF8_BOM = '\uFEFF'
const ROW_END = '\r\n'
/** Separator inside the themes and tags cells. */
export const LIST_SEPARATOR = '; '

/** Column names, in order. start/end are UTF-16 offsets into the document's cleaned text. */
export const CSV_COLUMNS = [
  'kind',
  'document',
  'place',
  'year',
  'level',
  'title',
  'section',
  'start',
  'end',
  'quote',
  'note',
  'themes',
  'themeLabelsZh',
  'themeLabelsEn',
  'theme',
  'subtheme',
  'tags',
  'color',
  'created',
  'updated',
  'anchorStatus',
  'file',
] as const

/** The `document` cell: the label the app and the CLI show (tells same-title reports apart), else the file name. */
function documentColumn(doc: ExportDocument): string {
  return doc.label?.trim() || doc.fileName
}

/** First characters that make a spreadsheet evaluate a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/** Neutralises a cell a spreadsheet would run as a formula (see the header comment). */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

/** Guards every item of a list cell (see guardFormula) and joins them with {@link LIST_SEPARATOR}. */
export function joinGuarded(items: readonly string[]): string {
  return items.map(guardFormula).join(LIST_SEPARATOR)
}

/** Quotes one field per RFC 4180 when it holds a comma, quote, CR or LF — or a semicolon (see the header comment). */
export function quoteCsvField(field: string): string {
  return /[",;\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

/**
 * Renders the annotations as CSV in the chosen order (grouping does not apply to a flat table).
 * @returns a string starting with the BOM; every row, the header included, ends with CRLF
 */
export function toCsv(input: ExportInput, options: ExportOptions): string {
  const docs = new Map(input.documents.map((d) => [d.id, d]))
  const labels = (ids: string[]): [string, string] => {
    const all = ids.map((id) => themeLabelsOf(input.codebook, id))
    return [joinGuarded(all.map((l) => l.zh)), joinGuarded(all.map((l) => l.en))]
  }
  // A sub-theme code names its theme too: `theme` lists the themes, `subtheme` the sub-theme codes.
  const split = (ids: string[]): [string, string] => {
    const themes = new Set<string>()
    const subthemes: string[] = []
    for (const id of ids) {
      const found = resolveThemeCode(input.codebook, id)
      if (found?.subtheme) {
        themes.add(found.theme.id)
        subthemes.push(id)
      } else themes.add(id)
    }
    return [joinGuarded([...themes]), joinGuarded(subthemes)]
  }
  const row = (a: Annotation): string[] => {
    const doc = docs.get(a.documentId)
    const m = doc?.metadata
    return [
      'annotation',
      doc ? documentColumn(doc) : a.documentId,
      m?.place ?? '',
      m?.year !== undefined ? String(m.year) : '',
      m?.level ?? '',
      documentTitle(doc),
      // An orphan's stored position points at other text: no section (anchorStatus says why).
      a.anchorStatus === 'orphan' ? '' : sectionLabel(doc?.outline, a.position.start),
      String(a.position.start),
      String(a.position.end),
      a.quote.exact,
      a.note,
      joinGuarded(a.themes),
      ...labels(a.themes),
      ...split(a.themes),
      joinGuarded(a.tags),
      a.color,
      a.created,
      a.updated,
      a.anchorStatus,
      doc?.fileName ?? '',
    ]
  }
  const memoRows = placeMemos(input).map(({ memo }): string[] => {
    const doc = memo.kind === 'document' ? docs.get(memo.target) : undefined
    const m = doc?.metadata
    const themes = memo.kind === 'theme' ? [memo.target] : []
    const year = m?.year !== undefined ? String(m.year) : ''
    const docFields = doc ? [documentColumn(doc), m?.place ?? '', year, m?.level ?? '', documentTitle(doc)] : ['', '', '', '', '']
    return [
      'memo',
      ...docFields,
      '',
      '',
      '',
      '',
      memo.text,
      joinGuarded(themes),
      ...labels(themes),
      ...split(themes),
      '',
      '',
      memo.created,
      memo.updated,
      '',
      doc?.fileName ?? '',
    ]
  })
  const rows = [[...CSV_COLUMNS], ...sortAnnotations(input.annotations, options.order, input.documents).map(row), ...memoRows]
  return UTF8_BOM + rows.map((r) => r.map((c) => quoteCsvField(guardFormula(c))).join(',') + ROW_END).join('')
}
