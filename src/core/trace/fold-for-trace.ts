/**
 * Folds a text for tracing: keeps only the characters that carry wording (Han characters, letters,
 * digits), with full-width letters and digits made half-width and ASCII letters lower-cased, and drops
 * punctuation, symbols and whitespace, so `“推进安全生产，”` and `推进安全生产` fold alike. Keeps, for
 * every folded character, its original UTF-16 offset and the number of the paragraph (line) it sits
 * in, so matches map back to the original text and never run across a paragraph break.
 * Deliberately no simplified/traditional mapping and no synonym folding: tracing finds reused wording.
 */
import { foldCharCode } from '../text/fold'

/** A text folded for tracing. */
export interface TraceFolded {
  /** Folded UTF-16 code units (one per kept character). */
  codes: Uint16Array
  /** `toOriginal[i]`: UTF-16 offset in the original text of folded unit i. */
  toOriginal: Int32Array
  /** `paragraph[i]`: index of the line (split at `\n`) folded unit i comes from. */
  paragraph: Int32Array
  /** `paragraphEnd[i]`: the folded index where unit i's paragraph ends (exclusive), so matches stop there. */
  paragraphEnd: Int32Array
  /** Number of folded units. */
  length: number
}

const NEWLINE = 0x0a

/** Folded code of one UTF-16 unit, or 0 when the unit is not wording (punctuation, space, symbol). */
export function traceCode(code: number): number {
  // Full-width to half-width and A–Z to lower case, as every matcher folds (core/text/fold).
  code = foldCharCode(code)
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return code
  if (isHanCode(code)) return code
  // Surrogates: rare ideographs of the supplementary planes; both halves are kept as wording.
  if (code >= 0xd800 && code <= 0xdfff) return code
  return 0
}

/** True for a CJK unified ideograph (basic block, extension A, compatibility block). */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
}

/** Folds `text` (see the file header). An empty or wordless text folds to length 0. */
export function foldForTrace(text: string): TraceFolded {
  const codes = new Uint16Array(text.length)
  const toOriginal = new Int32Array(text.length)
  const paragraph = new Int32Array(text.length)
  let n = 0
  let line = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === NEWLINE) {
      line++
      continue
    }
    const f = traceCode(c)
    if (f === 0) continue
    codes[n] = f
    toOriginal[n] = i
    paragraph[n] = line
    n++
  }
  const paragraphEnd = new Int32Array(n)
  for (let i = n - 1; i >= 0; i--) paragraphEnd[i] = i + 1 < n && paragraph[i + 1] === paragraph[i] ? paragraphEnd[i + 1]! : i + 1
  return {
    codes: codes.subarray(0, n),
    toOriginal: toOriginal.subarray(0, n),
    paragraph: paragraph.subarray(0, n),
    paragraphEnd,
    length: n,
  }
}
