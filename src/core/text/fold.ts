/**
 * Length-preserving folding of text for matching: full-width ASCII to half-width, ideographic
 * space to space, upper to lower case. Every UTF-16 unit maps to exactly one unit, so an offset
 * into the folded string is an offset into the original. It deliberately does not apply full
 * NFKC (which can change lengths) nor touch Chinese characters (no simplified/traditional mapping).
 */

/** First and last full-width ASCII variants (！ … ～) and the distance to their ASCII forms. */
const FULLWIDTH_FIRST = 0xff01
const FULLWIDTH_LAST = 0xff5e
const FULLWIDTH_OFFSET = 0xfee0
const IDEOGRAPHIC_SPACE = 0x3000

/** Folds one UTF-16 code unit (as a char code) to its comparable form. */
export function foldCharCode(code: number): number {
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) code -= FULLWIDTH_OFFSET
  else if (code === IDEOGRAPHIC_SPACE) return 0x20
  // ASCII A–Z only: other scripts' case rules could change lengths.
  if (code >= 0x41 && code <= 0x5a) return code + 0x20
  return code
}

/**
 * Folds width and case. The result has the same length as `text`, so offsets carry over.
 * `ＰＭ２．５` and `PM2.5` both fold to `pm2.5`.
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
