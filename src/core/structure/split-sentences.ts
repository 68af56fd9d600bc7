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

/** The same sets as char codes: this loop visits every character of the corpus. */
const TERMINATOR_CODE = 1
const CLOSER_CODE = 2
const ELLIPSIS_CODE = 4
const SPACE_CODE = 8
const CLASS = new Uint8Array(0x10000)
for (const c of TERMINATORS) CLASS[c.charCodeAt(0)] |= TERMINATOR_CODE
for (const c of CLOSERS) CLASS[c.charCodeAt(0)] |= CLOSER_CODE
CLASS[ELLIPSIS.charCodeAt(0)] |= ELLIPSIS_CODE
for (let c = 0; c < 0x10000; c++) if (isSpace(String.fromCharCode(c))) CLASS[c] |= SPACE_CODE

/**
 * The sentences of each paragraph, in document order. Each span lies inside its paragraph, excludes
 * leading/trailing whitespace and is never empty. `breaks` are extra offsets where a sentence must end
 * (e.g. the end of a heading that closes with ：). Offsets are UTF-16 code units.
 */
export function splitSentences(text: string, paragraphs: readonly Span[], breaks: ReadonlySet<number> = new Set()): Span[] {
  const sentences: Span[] = []
  const classOf = (i: number): number => CLASS[text.charCodeAt(i)]
  let start = 0
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && classOf(s) & SPACE_CODE) s++
    while (e > s && classOf(e - 1) & SPACE_CODE) e--
    if (e > s) sentences.push({ start: s, end: e })
    start = end
  }
  // A mark per offset: a Set lookup per character was most of this function's time.
  const isBreak = new Uint8Array(text.length + 1)
  for (const b of breaks) if (b >= 0 && b <= text.length) isBreak[b] = 1
  for (const paragraph of paragraphs) {
    start = paragraph.start
    let i = paragraph.start
    while (i < paragraph.end) {
      const cls = classOf(i)
      let end = -1
      if (cls & TERMINATOR_CODE) end = i + 1
      else if (cls & ELLIPSIS_CODE && i + 1 < text.length && classOf(i + 1) & ELLIPSIS_CODE) end = i + 2
      if (end > 0) {
        // Runs like ？！ or 。。 and closing quotes belong to the sentence they end.
        while (end < paragraph.end && classOf(end) & (TERMINATOR_CODE | CLOSER_CODE | ELLIPSIS_CODE)) end++
        push(end)
        i = end
        continue
      }
      i++
      if (isBreak[i] && i < paragraph.end) push(i)
    }
    push(paragraph.end)
  }
  return sentences
}
