/**
 * Small pieces the REFI-QDA writer needs (XML escaping is in ../text/escape-xml.ts): stable GUIDs
 * derived from our ids (the schema's GUIDType is 8-4-4-4-12 hex; deriving instead of drawing random
 * ones keeps exports reproducible and re-exports consistent), and the conversion from our UTF-16 offsets to the code-point offsets of the REFI-QDA plain text.
 */

/** FNV-1a offset bases: four different seeds give four independent 32-bit words. */
const GUID_SEEDS = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
const FNV_PRIME = 0x01000193

/**
 * A GUID (RFC 4122 layout, version nibble 5, variant 10xx) derived from `key`: the same key always
 * gives the same GUID. Not cryptographic; distinct keys collide with negligible probability.
 */
export function stableGuid(key: string): string {
  const hex = GUID_SEEDS.map((seed) => {
    let h = seed >>> 0
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i)
      h = Math.imul(h, FNV_PRIME) >>> 0
    }
    // Final avalanche so nearby keys differ in every hex digit.
    h ^= h >>> 16
    h = Math.imul(h, 0x85ebca6b) >>> 0
    h ^= h >>> 13
    return (h >>> 0).toString(16).padStart(8, '0')
  }).join('')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** The text as written to `sources/*.txt`: CRLF and lone CR become LF. */
export function toPlainSourceText(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/**
 * Maps UTF-16 offsets of `text` to code-point offsets of toPlainSourceText(text): a surrogate pair
 * counts once, and a CR dropped before LF counts zero. An offset inside a pair counts the high half.
 * @returns a function valid for offsets 0..text.length (clamped)
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const prefix = new Uint32Array(text.length + 1)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const lowOfPair = c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff
    const crBeforeLf = c === 0x0d && text.charCodeAt(i + 1) === 0x0a
    prefix[i + 1] = prefix[i] + (lowOfPair || crBeforeLf ? 0 : 1)
  }
  return (offset) => prefix[Math.max(0, Math.min(text.length, offset))]
}
