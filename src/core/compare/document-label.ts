/**
 * One short label per document for every compare heading: place · year · short type, shortened so the
 * year always survives (the only thing telling apart 52 reports of one place), and made unique when
 * two documents would get the same label. Lengths are counted in display columns (a Han character
 * or full-width sign is two, other characters one), the unit a narrow column heading is limited by.
 * It deliberately knows no language: the caller passes the short type names.
 */

/** What a label is made of (a stored document's metadata and file name fit this shape). */
export interface LabelSource {
  fileName: string
  metadata: { title: string; place: string; year?: number; docType: string }
}

/** Options of {@link documentLabels}. */
export interface LabelOptions {
  /** Widest label in display columns (default {@link DEFAULT_LABEL_COLUMNS}). */
  maxColumns?: number
  /** The short name of a document type ('' to leave it out), e.g. 'other' → ''. */
  typeLabel(docType: string): string
}

/**
 * Chinese short names of the document types a label names; other types ('other', unknown) tell
 * nothing apart and are left out. The CLI labels with these; the app with its interface language's
 * names of the same types (i18n `docType.short.*`).
 */
export const SHORT_TYPE_NAMES_ZH: Readonly<Record<string, string>> = {
  'government-work-report': '报告',
  'action-plan': '方案',
  plan: '规划',
  notice: '通知',
}

/** Fits a vertical matrix heading and a 240 px lane heading: 中华人民共和国 · 2019 · 报告 is 26. */
export const DEFAULT_LABEL_COLUMNS = 24
/** Joins the parts of a label. */
export const LABEL_SEPARATOR = ' · '
/** Marks a shortened place. */
const ELLIPSIS = '…'
/** A place is never cut below this many display columns (one Han character and the ellipsis). */
const MIN_PLACE_COLUMNS = 3

/** Display columns of `text`: two for characters of the wide East Asian ranges, one otherwise. */
export function displayColumns(text: string): number {
  let n = 0
  for (const ch of text) n += isWide(ch) ? 2 : 1
  return n
}

function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0
  return (
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    c >= 0x20000
  )
}

/** `text` cut to at most `columns` display columns, ending in … when cut. */
function cutTo(text: string, columns: number): string {
  if (displayColumns(text) <= columns) return text
  let out = ''
  let used = displayColumns(ELLIPSIS)
  for (const ch of text) {
    const w = isWide(ch) ? 2 : 1
    if (used + w > columns) break
    out += ch
    used += w
  }
  return out + ELLIPSIS
}

/**
 * The label of one document, before making it unique: place · year · type when the place or year is
 * known, else the title (or file name) cut to fit. To fit `maxColumns` the type goes first, then
 * the place is shortened with …; the year is never cut.
 */
export function documentLabel(doc: LabelSource, options: LabelOptions): string {
  const max = options.maxColumns ?? DEFAULT_LABEL_COLUMNS
  const { place, year, title, docType } = doc.metadata
  const yearText = year !== undefined ? String(year) : ''
  if (!place && !yearText) return cutTo(title || doc.fileName, max)
  const type = options.typeLabel(docType)
  const join = (p: string, withType: boolean): string => [p, yearText, withType ? type : ''].filter(Boolean).join(LABEL_SEPARATOR)
  for (const withType of type ? [true, false] : [false]) {
    const full = join(place, withType)
    if (displayColumns(full) <= max) return full
  }
  const rest = displayColumns(join('', false)) + (place && yearText ? displayColumns(LABEL_SEPARATOR) : 0)
  return join(cutTo(place, Math.max(MIN_PLACE_COLUMNS, max - rest)), false)
}

/**
 * Labels of `docs`, in order, unique: documents that would share a label get their position among
 * the look-alikes appended (#1, #2, … in the given order), so two reports with one title get two
 * headings. Empty input gives [].
 */
export function documentLabels(docs: readonly LabelSource[], options: LabelOptions): string[] {
  const labels = docs.map((d) => documentLabel(d, options))
  const counts = new Map<string, number>()
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1)
  const seen = new Map<string, number>()
  return labels.map((l) => {
    if ((counts.get(l) ?? 0) < 2) return l
    const n = (seen.get(l) ?? 0) + 1
    seen.set(l, n)
    return `${l} #${n}`
  })
}

/** The full description shown on hover: the title (or file name), then the file name when different. */
export function documentHoverTitle(doc: LabelSource): string {
  const title = doc.metadata.title || doc.fileName
  return title === doc.fileName ? title : `${title}\n${doc.fileName}`
}
