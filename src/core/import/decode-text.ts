// Turns the bytes of a text file into a string: BOMs (UTF-8, UTF-16 LE/BE), BOM-less UTF-16 by its
// NUL-byte pattern or by decoding to plausible Chinese, strict UTF-8, then GB18030 (a superset of
// GBK/GB2312) with sanity checks so a file in some other legacy encoding is refused rather than shown
// as mojibake; a file with a few damaged bytes (a download cut mid-character) is still read, with
// U+FFFD in their place. It does not guess Big5, Shift-JIS or Latin-1: Bidu reads mainland
// documents, and a wrong guess is worse than a refusal.

import { fail, ok, type Result } from '../result'
import type { ImportErrorCode } from './types'

/** Share of NUL bytes at odd/even positions above which a BOM-less buffer is taken as UTF-16. */
const UTF16_NUL_SHARE = 0.3
/** How many leading bytes the binary / UTF-16 sniffers look at. */
const SNIFF_BYTES = 4096
/** Share of C0 control bytes (other than tab, CR, LF, FF) above which a buffer counts as binary. */
const CONTROL_SHARE = 0.02
/** A GB18030 decoding is accepted when at least this share of its non-ASCII characters are common CJK/punctuation. */
const GB_MIN_COMMON_SHARE = 0.9
/**
 * Share of double-byte characters that must lie in GB2312's symbol rows or its 3,755 common hanzi.
 * Simplified reports score 0.99+, a traditional-character report in GBK about 0.70; Big5 or
 * Shift-JIS bytes read as GBK score about 0.3 and 0, although they decode to valid (wrong) hanzi.
 */
const GB2312_MIN_COMMON_SHARE = 0.5

/** Largest share of undecodable characters tolerated in otherwise valid UTF-8. */
const MAX_DAMAGED_SHARE = 0.001
/** One damaged character can yield up to this many U+FFFD (a lead byte and its orphaned continuations). */
const FFFD_PER_DAMAGE = 4

export interface DecodedText {
  text: string
  /** WHATWG encoding name: 'utf-8', 'utf-16le', 'utf-16be' or 'gb18030'. */
  encoding: string
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/** True when the bytes start with the signature of a common binary format (images, archives, executables). */
export function hasBinaryMagic(bytes: Uint8Array): boolean {
  const magics = [
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF
    [0x50, 0x4b, 0x03, 0x04], // ZIP (a .docx is routed before this check)
    [0x1f, 0x8b], // gzip
    [0x7f, 0x45, 0x4c, 0x46], // ELF
    [0x4d, 0x5a], // Windows executable
    [0xd0, 0xcf, 0x11, 0xe0], // OLE (old .doc/.xls)
    [0x25, 0x50, 0x44, 0x46], // %PDF under a text extension
  ]
  return magics.some((m) => startsWith(bytes, m))
}

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1
  if (n < 4) return undefined
  return utf16ByNuls(bytes, n) ?? utf16ByContent(bytes, n)
}

function utf16ByNuls(bytes: Uint8Array, n: number): 'utf-16le' | 'utf-16be' | undefined {
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  // ASCII in UTF-16LE puts the NUL second; CJK rarely has a NUL byte at all, so require a clear skew.
  if (oddNul / pairs > UTF16_NUL_SHARE && evenNul / pairs < UTF16_NUL_SHARE / 3) return 'utf-16le'
  if (evenNul / pairs > UTF16_NUL_SHARE && oddNul / pairs < UTF16_NUL_SHARE / 3) return 'utf-16be'
  return undefined
}

/**
 * Chinese in BOM-less UTF-16 has few NUL bytes (only its ASCII: line breaks, digits), too few for the
 * NUL pattern but enough to look binary. Such a file is UTF-16 when one byte order decodes its start
 * to plausible Chinese text; the other order swaps every character into unrelated blocks.
 */
function utf16ByContent(bytes: Uint8Array, n: number): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0 || !bytes.subarray(0, n).includes(0)) return undefined
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    // Only the first bytes are decoded: a surrogate pair cut at `n` gives one trailing U+FFFD.
    const text = new TextDecoder(encoding).decode(bytes.subarray(0, n))
    if (hasCjk(text) && !hasControls(text) && plausibleChinese(text.replace(/\ufffd$/, ''))) return encoding
  }
  return undefined
}

function hasCjk(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text)
}

function hasControls(text: string): boolean {
  return /[\u0000-\u0008\u000b\u000e-\u001f]/.test(text)
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++
  }
  return n > 0 && control / n > CONTROL_SHARE
}

/** CJK ideographs, CJK/full-width punctuation and symbols that real Chinese documents use. */
function isCommonNonAscii(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
    (code >= 0xff00 && code <= 0xffef) || // full-width forms
    (code >= 0x2010 && code <= 0x2027) || // dashes, quotes, ellipsis
    (code >= 0x2460 && code <= 0x24ff) || // circled numbers
    (code >= 0x2160 && code <= 0x217f) || // roman numerals
    (code >= 0x3400 && code <= 0x4dbf) || // extension A
    (code >= 0x3200 && code <= 0x33ff) || // enclosed CJK and units: ㈠ ㎡ ㎞
    (code >= 0xfe30 && code <= 0xfe4f) || // vertical/compatibility punctuation
    code === 0x00b7 ||
    code === 0x00d7 ||
    code === 0x2030 ||
    code === 0x2103 ||
    code === 0x00b0 ||
    (code >= 0x2190 && code <= 0x21ff) ||
    (code >= 0x25a0 && code <= 0x25ff) ||
    (code >= 0x2600 && code <= 0x26ff) ||
    (code >= 0x0391 && code <= 0x03c9) // Greek letters in formulas
  )
}

/**
 * Share of GB double-byte characters in GB2312's symbol rows (A1–A9) or level-1 hanzi (B0–D7),
 * read from the bytes. 1 when there are none. GB18030 four-byte sequences count as uncommon.
 */
function gb2312CommonShare(bytes: Uint8Array): number {
  let total = 0
  let common = 0
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]
    if (lead < 0x80) continue
    const trail = bytes[i + 1] ?? 0
    total++
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3
      continue
    }
    i++
    if (trail >= 0xa1 && ((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xd7))) common++
  }
  return total === 0 ? 1 : common / total
}

function plausibleChinese(text: string): boolean {
  let nonAscii = 0
  let common = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) continue
    nonAscii++
    if (code !== 0xfffd && isCommonNonAscii(code)) common++
  }
  return nonAscii === 0 || common / nonAscii >= GB_MIN_COMMON_SHARE
}

/**
 * Decodes the bytes of a text file.
 * @param bytes the whole file
 * @param hint an encoding label declared by the file itself (e.g. an HTML `<meta charset>`), tried after BOMs
 * @returns the text (BOM stripped, line endings untouched) and the encoding, or BINARY_FILE / BAD_ENCODING
 */
export function decodeText(bytes: Uint8Array, hint?: string): Result<DecodedText, ImportErrorCode> {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3)
    const r = strict(body, 'utf-8')
    const damaged = r.ok ? undefined : lenientUtf8(body)
    return damaged ? ok(damaged) : r
  }
  if (startsWith(bytes, [0xff, 0xfe])) return ok({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' })
  if (startsWith(bytes, [0xfe, 0xff])) return ok({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' })
  const utf16 = utf16Guess(bytes)
  if (utf16) return ok({ text: new TextDecoder(utf16).decode(bytes), encoding: utf16 })
  if (hasBinaryMagic(bytes) || looksBinary(bytes)) {
    return fail('BINARY_FILE', 'it looks like a binary file (image, archive or program), not text')
  }
  if (hint) {
    const label = normaliseLabel(hint)
    if (label === 'utf-8') {
      const r = strict(bytes, 'utf-8')
      if (r.ok) return r
    } else if (label === 'gb18030') {
      const r = tryGb(bytes)
      if (r) return ok(r)
    }
  }
  const utf8 = strict(bytes, 'utf-8')
  if (utf8.ok) return utf8
  const gb = tryGb(bytes)
  if (gb) return ok(gb)
  const damaged = lenientUtf8(bytes) ?? lenientGb(bytes)
  if (damaged) return ok(damaged)
  return fail('BAD_ENCODING', 'its text encoding is not UTF-8, UTF-16 or GBK/GB18030, so it cannot be read without garbling it')
}

function normaliseLabel(label: string): string | undefined {
  const l = label.trim().toLowerCase()
  if (l === 'utf-8' || l === 'utf8') return 'utf-8'
  if (l === 'gbk' || l === 'gb2312' || l === 'gb18030' || l === 'x-gbk' || l === 'cp936') return 'gb18030'
  return undefined
}

function tryGb(bytes: Uint8Array): DecodedText | undefined {
  let text: string
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
  return plausibleChinese(text) && gb2312CommonShare(bytes) >= GB2312_MIN_COMMON_SHARE ? { text, encoding: 'gb18030' } : undefined
}

/** GBK with a few damaged bytes (cut mid-character, a stray byte), on the same terms as {@link lenientUtf8}. */
function lenientGb(bytes: Uint8Array): DecodedText | undefined {
  const text = new TextDecoder('gb18030').decode(bytes)
  if (countDamage(text) > maxDamage(text)) return undefined
  return plausibleChinese(text.replace(/\ufffd/g, '')) && gb2312CommonShare(bytes) >= GB2312_MIN_COMMON_SHARE
    ? { text, encoding: 'gb18030' }
    : undefined
}

function countDamage(text: string): number {
  let bad = 0
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) bad++
  return bad
}

function maxDamage(text: string): number {
  return Math.max(FFFD_PER_DAMAGE, text.length * MAX_DAMAGED_SHARE)
}

/**
 * UTF-8 with a few damaged bytes (a download cut mid-character, one stray byte in a scraped page):
 * accepted with U+FFFD in their place when they are rare, since refusing the whole report would be worse.
 */
function lenientUtf8(bytes: Uint8Array): DecodedText | undefined {
  const text = new TextDecoder('utf-8').decode(bytes)
  return countDamage(text) <= maxDamage(text) && plausibleChinese(text.replace(/\ufffd/g, '')) ? { text, encoding: 'utf-8' } : undefined
}

function strict(bytes: Uint8Array, encoding: 'utf-8'): Result<DecodedText, ImportErrorCode> {
  try {
    return ok({ text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding })
  } catch {
    return fail('BAD_ENCODING', 'it is not valid UTF-8')
  }
}
