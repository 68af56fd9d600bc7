/**
 * A fast, deterministic fingerprint of a document text version, so an annotation can record which
 * text it was made on. Pure JS (cyrb53 over UTF-16 code units): no Web Crypto, synchronous, same
 * result in the renderer, workers and the CLI. Not a cryptographic hash: it detects changed text,
 * it does not resist deliberate collisions.
 */

/** Seeds of the two 32-bit lanes; any fixed odd constants would do, these are cyrb53's. */
const LANE_A_SEED = 0xdeadbeef
const LANE_B_SEED = 0x41c6ce57

/**
 * Hashes `text` (every UTF-16 code unit counts, so different normalisations hash differently).
 * @returns 14 lower-case hex digits (53 bits), e.g. `"0a1b2c3d4e5f60"`
 */
export function hashText(text: string): string {
  let h1 = LANE_A_SEED
  let h2 = LANE_B_SEED
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0)
  return value.toString(16).padStart(14, '0')
}
