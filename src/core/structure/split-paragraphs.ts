// Splits cleaned text into paragraphs: one per non-blank line, with the line's leading and trailing
// whitespace (ASCII, full-width space U+3000, no-break space) left outside the span.
// It deliberately does not join lines: the importer has already put one paragraph on each line.

import type { Span } from './types'

const SPACE = /[\s\u3000\u00a0]/

/** True when a UTF-16 code unit is whitespace for paragraph trimming (incl. the full-width space). */
export function isSpace(ch: string): boolean {
  return SPACE.test(ch)
}

/**
 * The paragraphs of `text`: one span per line that holds anything but whitespace, in order.
 * Spans exclude surrounding whitespace; offsets are UTF-16 code units. Empty text gives [].
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    let start = lineStart
    let end = lineEnd
    while (start < end && isSpace(text[start]!)) start++
    while (end > start && isSpace(text[end - 1]!)) end--
    if (end > start) spans.push({ start, end })
    lineStart = lineEnd + 1
  }
  return spans
}
