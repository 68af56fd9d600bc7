/**
 * The Word export (`.docx`, written by ./wordml.ts): what a researcher pastes into a paper
 * draft. Memos first (journal, document, theme memos), then a heading per document (place · year ·
 * title) and per outline section, each quote as a block quote (paragraph style "Quote"), its citation
 * line, themes and tags by their labels (no `#tags`), and the note as plain paragraphs. Notes and memos
 * are Markdown source, written as text (never interpreted as markup). Grouping and order are fixed:
 * document › section in document order, the way a paper cites.
 */
import type { Annotation } from '../anchoring/types'
import { citationParts, groupAnnotations } from './arrange-annotations'
import { documentTitle } from './document-names'
import { MEMO_HEADINGS, placeMemos } from './memo-sections'
import { themeDisplayName } from './theme-labels'
import { DEFAULT_EXPORT_TITLE } from './to-markdown'
import { DEFAULT_CODER_NAME } from './to-qdpx'
import type { ExportDocument, ExportInput, ExportOptions } from './types'
import { WORD_STYLES, wordPackage, wordParagraph, wordTextParagraphs, type WordRun } from './wordml'

/** Id and display name of the block-quote paragraph style (Word's own name, so Word lists it as Quote). */
export const QUOTE_STYLE = WORD_STYLES.quote
const CITATION_SEPARATOR = ' · '
/** Progress is reported every this many annotations (a few hundred calls for 10,000 annotations). */
const PROGRESS_EVERY = 50

function annotationParagraphs(a: Annotation, doc: ExportDocument | undefined, input: ExportInput, options: ExportOptions): string[] {
  const inc = options.include
  const out: string[] = []
  if (inc.quote) out.push(...wordTextParagraphs(a.quote.exact, QUOTE_STYLE))
  // Citation and labels share one paragraph (a line break between), as a paper's reference line does.
  const labels = [...(inc.themes ? a.themes.map((t) => themeDisplayName(input.codebook, t)) : []), ...(inc.tags ? a.tags : [])]
  const runs: WordRun[] = []
  if (inc.citation) runs.push({ text: `— ${citationParts(doc, a).join(CITATION_SEPARATOR)}`, italics: true })
  if (labels.length > 0) runs.push({ text: labels.join('; '), color: '555555', breakBefore: runs.length > 0 })
  if (runs.length > 0) out.push(wordParagraph(runs))
  if (inc.note && a.note.trim() !== '') out.push(...wordTextParagraphs(a.note.trim()))
  return out
}

/** A document heading: its label when given, else place · year · title. */
function docxHeading(doc: ExportDocument | undefined, fallback: string): string {
  if (!doc) return fallback
  if (doc.label?.trim()) return doc.label.trim()
  const m = doc.metadata
  return [m.place, m.year !== undefined ? String(m.year) : '', documentTitle(doc)].filter((s) => s.trim() !== '').join(CITATION_SEPARATOR)
}

/**
 * Renders the export as a Word document.
 * @returns the .docx bytes (a zip); `options.onProgress` hears the share of annotations written
 */
export async function toDocx(input: ExportInput, options: ExportOptions): Promise<Uint8Array> {
  const title = options.title ?? DEFAULT_EXPORT_TITLE
  const docs = new Map(input.documents.map((d) => [d.id, d]))
  const heading = (text: string, style: typeof WORD_STYLES.heading1 | typeof WORD_STYLES.heading2): string =>
    wordParagraph([{ text }], style)
  const paragraphs: string[] = [wordParagraph([{ text: title }], WORD_STYLES.title)]
  const memos = placeMemos(input)
  if (memos.length > 0) paragraphs.push(heading(MEMO_HEADINGS.section, WORD_STYLES.heading1))
  for (const { memo, title: memoTitle } of memos) {
    paragraphs.push(heading(memoTitle, WORD_STYLES.heading2), ...wordTextParagraphs(memo.text.trim()))
  }
  const total = input.annotations.length
  let done = 0
  const groups = groupAnnotations(input, { ...options, grouping: 'document-section', order: 'document' })
  for (const group of groups) {
    const doc = docs.get(group.subgroups[0]?.annotations[0]?.documentId ?? '')
    paragraphs.push(heading(docxHeading(doc, group.title), WORD_STYLES.heading1))
    for (const sub of group.subgroups) {
      if (sub.title !== '') paragraphs.push(heading(sub.title, WORD_STYLES.heading2))
      for (const a of sub.annotations) {
        paragraphs.push(...annotationParagraphs(a, doc, input, options))
        if (++done % PROGRESS_EVERY === 0) options.onProgress?.(done / Math.max(1, total))
      }
    }
  }
  const bytes = wordPackage(paragraphs, {
    title,
    creator: options.coderName?.trim() || DEFAULT_CODER_NAME,
    description: `${options.appVersion} ${options.now.toISOString()}`,
    time: options.now,
  })
  options.onProgress?.(1)
  return bytes
}
