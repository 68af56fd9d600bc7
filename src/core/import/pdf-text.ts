// Turns positioned PDF text items into paragraphs: items are grouped into lines by baseline, lines
// into paragraphs (a line ending short of the right margin or with sentence-final punctuation ends
// one; an outline label starts one), and lines repeated on most pages (running headers, page numbers)
// are dropped. Shared by the Node and browser extractors. It does not handle multi-column layouts
// or tables: their lines are read left to right across the page.

import type { PdfPage, PdfTextItem } from './types'

/** Items whose baselines differ by less than this share of their height sit on one line. */
const SAME_LINE = 0.5
/** A line ending more than this share of the text width before the right margin ends a paragraph. */
const SHORT_LINE = 0.08
/** A line that appears on at least this share of pages (and at least 2) is a running header/footer. */
const REPEATED_SHARE = 0.6
const PARAGRAPH_END = /[。！？：；!?:;」』”]$/
const OUTLINE_START = /^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|[（(]\d+[)）]|第[一二三四五六七八九十百]+[章节条部分])/
const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d+(\s*页)?(\s*\/\s*\d+)?[-—–\s]*$/

interface PdfLine {
  text: string
  left: number
  right: number
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
      return { text: its.map((i) => i.str).join('').trim(), left: its[0]!.x, right: Math.max(...its.map((i) => i.x + i.width)) }
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

/**
 * Joins the text items of PDF pages into plain text, one paragraph per line.
 * @returns '' when the pages hold no text (a scanned PDF)
 */
export function pdfPagesToText(pages: PdfPage[]): string {
  const pageLines = pages.map((p) => toLines(p.items))
  const repeated = repeatedLines(pageLines)
  const paragraphs: string[] = []
  let current = ''
  pageLines.forEach((lines) => {
    const body = lines.filter((l) => !PAGE_NUMBER.test(l.text) && !repeated.has(l.text.replace(/\d+/g, '#')))
    if (!body.length) return
    const rightMargin = Math.max(...body.map((l) => l.right))
    const leftMargin = Math.min(...body.map((l) => l.left))
    const width = Math.max(rightMargin - leftMargin, 1)
    for (const line of body) {
      if (current && OUTLINE_START.test(line.text)) {
        paragraphs.push(current)
        current = ''
      }
      current += (current && /[A-Za-z0-9]$/.test(current) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '') + line.text
      if (PARAGRAPH_END.test(line.text) || rightMargin - line.right > width * SHORT_LINE) {
        paragraphs.push(current)
        current = ''
      }
    }
  })
  if (current) paragraphs.push(current)
  return paragraphs.join('\n')
}
