/**
 * Folds text for comparison: full-width ASCII-range characters (，；：（）！？ and full-width letters
 * and digits) become their half-width forms, curly quotes become straight ones, and whitespace is
 * dropped, so a quote whose "，" became "," or that gained a line break still matches. Keeps a map
 * from folded offsets back to original offsets. Does not fold Chinese-only punctuation (、。《》)
 * that has no half-width twin, nor simplified/traditional variants.
 */

/** Text folded for matching, with the way back to the original offsets. */
export interface FoldedText {
  /** The folded string. */
  text: string
  /** `toOriginal[i]` is the original UTF-16 offset of folded index i; length = folded length + 1. */
  toOriginal: Int32Array
}

const FULLWIDTH_FIRST = 0xff01
const FULLWIDTH_LAST = 0xff5e
/** Distance from a full-width form (U+FF01–FF5E) to its ASCII twin (U+0021–007E). */
const FULLWIDTH_OFFSET = 0xfee0

/** Folds one UTF-16 code unit; returns '' for whitespace (dropped). */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) return String.fromCharCode(code - FULLWIDTH_OFFSET)
  switch (ch) {
    case '\u201c':
    case '\u201d':
      return '"'
    case '\u2018':
    case '\u2019':
      return "'"
    case '\u3000':
      return ''
  }
  return /\s/.test(ch) ? '' : ch
}

/** Folds a whole string (no offset map): for quotes and contexts. */
export function foldString(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) out += foldChar(s[i])
  return out
}

/**
 * Folds `text` and records where each folded character came from.
 * @returns the folded text; `toOriginal[folded.length]` is `text.length`
 */
export function foldText(text: string): FoldedText {
  const chars: string[] = []
  const map = new Int32Array(text.length + 1)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i])
    if (f === '') continue
    chars.push(f)
    map[n++] = i
  }
  map[n] = text.length
  return { text: chars.join(''), toOriginal: map.slice(0, n + 1) }
}

/**
 * The folded offset of original offset `offset` (the first folded character at or after it).
 * Binary search: O(log n).
 */
export function toFoldedOffset(folded: FoldedText, offset: number): number {
  const map = folded.toOriginal
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (map[mid] < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
