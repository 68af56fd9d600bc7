/**
 * Length-preserving folding of text for matching: full-width ASCII to half-width, ideographic
 * space to space, upper to lower case, and traditional characters to simplified ones (經濟 → 经济,
 * one character to one; only characters simplified Chinese does not use itself, see
 * build/build-traditional.ts, so simplified text folds to itself). Every UTF-16 unit maps to exactly
 * one unit, so an offset into the folded string is an offset into the original. It deliberately does
 * not apply full NFKC (which can change lengths) nor OpenCC's phrase conversions.
 */
import { TRADITIONAL_SIMPLIFIED_PAIRS } from './traditional-data'

/** First and last full-width ASCII variants (！ … ～) and the distance to their ASCII forms. */
const FULLWIDTH_FIRST = 0xff01
const FULLWIDTH_LAST = 0xff5e
const FULLWIDTH_OFFSET = 0xfee0
const IDEOGRAPHIC_SPACE = 0x3000

/** The Han characters that fold (CJK extension A to the end of the basic block). */
const FOLDED_HAN_FIRST = 0x3400
const FOLDED_HAN_LAST = 0x9fff

/** Per Han code point from FOLDED_HAN_FIRST, its simplified form, or 0 where it folds to itself. */
const SIMPLIFIED = (() => {
  const table = new Uint16Array(FOLDED_HAN_LAST - FOLDED_HAN_FIRST + 1)
  for (let i = 0; i < TRADITIONAL_SIMPLIFIED_PAIRS.length; i += 2)
    table[TRADITIONAL_SIMPLIFIED_PAIRS.charCodeAt(i) - FOLDED_HAN_FIRST] = TRADITIONAL_SIMPLIFIED_PAIRS.charCodeAt(i + 1)
  return table
})()

/** Folds one UTF-16 code unit (as a char code) to its comparable form. */
export function foldCharCode(code: number): number {
  if (code >= FOLDED_HAN_FIRST && code <= FOLDED_HAN_LAST) return SIMPLIFIED[code - FOLDED_HAN_FIRST] || code
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) code -= FULLWIDTH_OFFSET
  else if (code === IDEOGRAPHIC_SPACE) return 0x20
  // ASCII A–Z only: other scripts' case rules could change lengths.
  if (code >= 0x41 && code <= 0x5a) return code + 0x20
  return code
}

/**
 * Folds width, case and traditional characters. The result has the same length as `text`, so offsets
 * carry over. `ＰＭ２．５` and `PM2.5` both fold to `pm2.5`, `經濟` and `经济` to `经济`.
 */
export function foldText(text: string): string {
  let out = ''
  let changed = false
  const codes: number[] = new Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const f = foldCharCode(c)
    if (f !== c) changed = true
    codes[i] = f
  }
  if (!changed) return text
  const CHUNK = 8192
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK))
  return out
}

/** True for a CJK unified ideograph (basic block and extension A), the units bigrams are built from. */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
}

/** True when `text` holds at least one Han character (isHan). */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true
  return false
}

/** True for an ASCII letter or digit (after folding). */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)
}
