// Turns positioned PDF text items into paragraphs: items are grouped into lines by baseline, lines
// into paragraphs (a line ending short of the right margin ends one, an outline label or a first-line
// indent starts one; in documents without first-line indents, sentence-final punctuation at a line end
// ends one too), and lines repeated on most pages (running headers, page numbers) are dropped. Shared
// by the Node and browser extractors. It does not handle multi-column layouts or tables: their lines
// are read left to right across the page.

import { joinWrapped } from './join-wrapped-lines'
import type { PdfPage, PdfTextItem } from './types'

/** Items whose baselines differ by less than this share of their height sit on one line. */
const SAME_LINE = 0.5
/** A line ending more than this share of the text width before the right margin ends a paragraph. */
const SHORT_LINE = 0.08
/** A line that appears on at least this share of pages (and at least 2) is a running header/footer. */
const REPEATED_SHARE = 0.6
const PARAGRAPH_END = /[。！？：；!?:;」』”]$/
const OUTLINE_START =
  /^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|[（(]\d+[)）]|第[一二三四五六七八九十百]+[章节条部分])/
const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d+(\s*页)?(\s*\/\s*\d+)?[-—–\s]*$/
/** A line starting this many character heights right of the text's left edge is indented (公文 indent two characters). */
const INDENT_CHARS = 1.5
/** …but one starting past this many is centred or a signature, not a paragraph's first line. */
const MAX_INDENT_CHARS = 4
/** A document sets paragraphs with first-line indents when at least this many lines are indented. */
const MIN_INDENTED_LINES = 2

interface PdfLine {
  text: string
  left: number
  right: number
  /** Height of the line's tallest item (about one character in CJK text). */
  height: number
}

function toLines(items: PdfTextItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: { y: number; h: number; items: PdfTextItem[] }[] = []
  for (const item of sorted) {
    const line = lines[lines.length - 1]
    const h = Math.max(item.height, 1)
    if (line && Math.abs(line.y - item.y) < Math.max(line.h, h) * SAME_LINE) line.items.push(item)
    else lines.push({ y: item.y, h, items: [item] })
  }
  return lines
    .map((l) => {
      const its = l.items.sort((a, b) => a.x - b.x)
      return {
        text: its
          .map((i) => i.str)
          .join('')
          .trim(),
        left: its[0].x,
        right: Math.max(...its.map((i) => i.x + i.width)),
        height: l.h,
      }
    })
    .filter((l) => l.text)
}

/** Normalised text of lines that repeat across pages (headers, footers, page numbers). */
function repeatedLines(pages: PdfLine[][]): Set<string> {
  const seen = new Map<string, number>()
  for (const lines of pages) {
    const edge = [...lines.slice(0, 2), ...lines.slice(-2)]
    for (const key of new Set(edge.map((l) => l.text.replace(/\d+/g, '#')))) seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const out = new Set<string>()
  if (pages.length < 2) return out
  for (const [key, n] of seen) if (n >= 2 && n >= pages.length * REPEATED_SHARE) out.add(key)
  return out
}

interface PageBody {
  lines: PdfLine[]
  leftMargin: number
  rightMargin: number
  width: number
}

function isIndented(line: PdfLine, page: PageBody): boolean {
  const offset = line.left - page.leftMargin
  return offset >= line.height * INDENT_CHARS && offset <= line.height * MAX_INDENT_CHARS
}

/**
 * Joins the text items of PDF pages into plain text, one paragraph per line.
 * @returns '' when the pages hold no text (a scanned PDF)
 */
export function pdfPagesToText(pages: PdfPage[]): string {
  const pageLines = pages.map((p) => toLines(p.items))
  const repeated = repeatedLines(pageLines)
  const bodies: PageBody[] = pageLines.flatMap((lines) => {
    const body = lines.filter((l) => !PAGE_NUMBER.test(l.text) && !repeated.has(l.text.replace(/\d+/g, '#')))
    if (!body.length) return []
    const rightMargin = Math.max(...body.map((l) => l.right))
    const leftMargin = Math.min(...body.map((l) => l.left))
    return [{ lines: body, leftMargin, rightMargin, width: Math.max(rightMargin - leftMargin, 1) }]
  })
  // With first-line indents marking paragraphs, a line ending in 。 at the margin is mid-paragraph.
  const indents = bodies.reduce((n, page) => n + page.lines.filter((l) => isIndented(l, page)).length, 0) >= MIN_INDENTED_LINES
  const paragraphs: string[] = []
  let current = ''
  for (const page of bodies) {
    for (const line of page.lines) {
      if (current && (OUTLINE_START.test(line.text) || (indents && isIndented(line, page)))) {
        paragraphs.push(current)
        current = ''
      }
      current = joinWrapped([current, line.text])
      if ((!indents && PARAGRAPH_END.test(line.text)) || page.rightMargin - line.right > page.width * SHORT_LINE) {
        paragraphs.push(current)
        current = ''
      }
    }
  }
  if (current) paragraphs.push(current)
  return paragraphs.join('\n')
}
