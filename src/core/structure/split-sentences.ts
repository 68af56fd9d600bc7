// Splits paragraphs into sentences the way Chinese official prose is punctuated: a sentence ends at
// 。！？；!?; or an ellipsis ……, and takes along the closing quotes and brackets right after it
// (”’）」』), so `“……安全。”` stays one sentence. Extra boundaries (heading ends) can be passed in.
// It deliberately never splits on `.`, so figures like 2.5 or 13.5微克 and labels like `1.` stay whole,
// and it does not use Intl.Segmenter, which keeps ； inside a sentence and glues opening quotes.

import { isSpace } from './split-paragraphs'
import type { Span } from './types'

const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';'])
const CLOSERS = new Set(['”', '’', '）', ')', '」', '』', '》', '"', "'", '】'])
const ELLIPSIS = '…'

/**
 * The sentences of each paragraph, in document order. Each span lies inside its paragraph, excludes
 * leading/trailing whitespace and is never empty. `breaks` are extra offsets where a sentence must end
 * (e.g. the end of a heading that closes with ：). Offsets are UTF-16 code units.
 */
export function splitSentences(text: string, paragraphs: readonly Span[], breaks: ReadonlySet<number> = new Set()): Span[] {
  const sentences: Span[] = []
  for (const paragraph of paragraphs) {
    let start = paragraph.start
    const push = (end: number): void => {
      let s = start
      let e = end
      while (s < e && isSpace(text[s]!)) s++
      while (e > s && isSpace(text[e - 1]!)) e--
      if (e > s) sentences.push({ start: s, end: e })
      start = end
    }
    let i = paragraph.start
    while (i < paragraph.end) {
      const ch = text[i]!
      let end = -1
      if (TERMINATORS.has(ch)) end = i + 1
      else if (ch === ELLIPSIS && text[i + 1] === ELLIPSIS) end = i + 2
      if (end > 0) {
        // Runs like ？！ or 。。 and closing quotes belong to the sentence they end.
        while (end < paragraph.end && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!) || text[end] === ELLIPSIS)) end++
        push(end)
        i = end
        continue
      }
      i++
      if (breaks.has(i) && i < paragraph.end) push(i)
    }
    push(paragraph.end)
  }
  return sentences
}
