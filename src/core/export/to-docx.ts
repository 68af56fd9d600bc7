/**
 * The Word export (`.docx`, built with the `docx` package): what a researcher pastes into a paper
 * draft. Memos first (journal, document, theme memos), then a heading per document (place · year ·
 * title) and per outline section, each quote as a block quote (paragraph style "Quote"), its citation
 * line, themes and tags by their labels (no `#tags`), and the note as plain paragraphs. Notes and memos
 * are Markdown source, written as text (never interpreted as markup). Grouping and order are fixed:
 * document › section in document order, the way a paper cites. Async because the zip is written so.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { Annotation } from '../anchoring/types'
import { citationParts, documentTitle, groupAnnotations } from './arrange-annotations'
import { MEMO_HEADINGS, placeMemos } from './memo-sections'
import { themeDisplayName } from './theme-labels'
import { DEFAULT_EXPORT_TITLE } from './to-markdown'
import { DEFAULT_CODER_NAME } from './to-qdpx'
import type { ExportDocument, ExportInput, ExportOptions } from './types'

/** Id and display name of the block-quote paragraph style (Word's own name, so Word lists it as Quote). */
export const QUOTE_STYLE = 'Quote'
/** Left indent of a block quote in twentieths of a point (720 = half an inch). */
const QUOTE_INDENT = 720
const CITATION_SEPARATOR = ' · '
/** Progress is reported every this many annotations (a few hundred calls for 10,000 annotations). */
const PROGRESS_EVERY = 50

/** Text as paragraphs: one per line, so line breaks of a note or memo survive. */
function textParagraphs(text: string, style?: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => new Paragraph({ style, children: [new TextRun(line)] }))
}

function annotationParagraphs(a: Annotation, doc: ExportDocument | undefined, input: ExportInput, options: ExportOptions): Paragraph[] {
  const inc = options.include
  const out: Paragraph[] = []
  if (inc.quote) out.push(...textParagraphs(a.quote.exact, QUOTE_STYLE))
  // Citation and labels share one paragraph (a line break between): half the paragraphs, which is
  // most of the writer's time on a large export.
  const labels = [...(inc.themes ? a.themes.map((t) => themeDisplayName(input.codebook, t)) : []), ...(inc.tags ? a.tags : [])]
  const runs: TextRun[] = []
  if (inc.citation) runs.push(new TextRun({ text: `— ${citationParts(doc, a).join(CITATION_SEPARATOR)}`, italics: true }))
  if (labels.length > 0) runs.push(new TextRun({ text: labels.join('; '), color: '555555', break: runs.length > 0 ? 1 : 0 }))
  if (runs.length > 0) out.push(new Paragraph({ children: runs }))
  if (inc.note && a.note.trim() !== '') out.push(...textParagraphs(a.note.trim()))
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
  const children: Paragraph[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })]
  const memos = placeMemos(input)
  if (memos.length > 0) children.push(new Paragraph({ text: MEMO_HEADINGS.section, heading: HeadingLevel.HEADING_1 }))
  for (const { memo, title: memoTitle } of memos) {
    children.push(new Paragraph({ text: memoTitle, heading: HeadingLevel.HEADING_2 }), ...textParagraphs(memo.text.trim()))
  }
  const total = input.annotations.length
  let done = 0
  const groups = groupAnnotations(input, { ...options, grouping: 'document-section', order: 'document' })
  for (const group of groups) {
    const doc = docs.get(group.subgroups[0]?.annotations[0]?.documentId ?? '')
    children.push(new Paragraph({ text: docxHeading(doc, group.title), heading: HeadingLevel.HEADING_1 }))
    for (const sub of group.subgroups) {
      if (sub.title !== '') children.push(new Paragraph({ text: sub.title, heading: HeadingLevel.HEADING_2 }))
      for (const a of sub.annotations) {
        children.push(...annotationParagraphs(a, doc, input, options))
        if (++done % PROGRESS_EVERY === 0) options.onProgress?.(done / Math.max(1, total))
      }
    }
  }
  const document = new Document({
    title,
    creator: options.coderName?.trim() || DEFAULT_CODER_NAME,
    description: `${options.appVersion} ${options.now.toISOString()}`,
    styles: {
      paragraphStyles: [
        {
          id: QUOTE_STYLE,
          name: QUOTE_STYLE,
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: QUOTE_INDENT }, spacing: { before: 120, after: 60 } },
        },
      ],
    },
    sections: [{ children }],
  })
  const bytes = await Packer.pack(document, 'uint8array')
  options.onProgress?.(1)
  return bytes
}
