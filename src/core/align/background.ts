/**
 * The background model shipped with the app (built by build/build-background.ts from the 52
 * national government work reports): how many background passages use each word, bigram, policy
 * concept and Han character, and a unit vector per frequent word learned by PPMI→SVD (see
 * text/term-vectors.ts).
 * Term weights then mean the same on a pair of reports as on a library of hundreds: a word every
 * report repeats (推进, 发展) is common in the background even when the library is small. Decoded
 * once, on first use. It deliberately does not weight or compare passages (see passage-vectors.ts).
 */
import { BACKGROUND_DATA } from './background-data'
import { bigramKeyOf, type BigramKey } from '../text/tokenize'

/** Decoded background statistics. */
export interface Background {
  /** Background passages the frequencies count. */
  passages: number
  /** Bigrams by key (see BigramKey), as passages count them. */
  df: { words: Map<string, number>; bigrams: Map<BigramKey, number>; concepts: Map<string, number> }
  /** Background passages holding each Han character (for the broad-term check, broad-terms.ts). */
  chars: Map<string, number>
  dims: number
  /** Row index of each word with a vector. */
  vectorRow: Map<string, number>
  /** Unit rows of `dims` numbers. */
  vectors: Float32Array
}

let decoded: Background | undefined

function table(lines: string): Map<string, number>
function table<K>(lines: string, key: (term: string) => K): Map<K, number>
function table(lines: string, key = (term: string): unknown => term): Map<unknown, number> {
  const m = new Map<unknown, number>()
  for (const line of lines.split('\n')) {
    const space = line.lastIndexOf(' ')
    if (space > 0) m.set(key(line.slice(0, space)), Number(line.slice(space + 1)))
  }
  return m
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes standard base64 (no DOM's atob in the core) to bytes. */
export function decodeBase64(text: string): Uint8Array {
  const value = new Int16Array(128).fill(-1)
  for (let i = 0; i < BASE64.length; i++) value[BASE64.charCodeAt(i)] = i
  const clean = text.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let bits = 0
  let acc = 0
  let o = 0
  for (let i = 0; i < clean.length; i++) {
    const v = value[clean.charCodeAt(i)]
    if (v < 0) throw new Error(`invalid base64 at ${i}`)
    acc = (acc << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (acc >> bits) & 0xff
    }
  }
  return out
}

/** The shipped background model (decoded on first call, then shared). */
export function background(): Background {
  if (decoded) return decoded
  const d = BACKGROUND_DATA
  const bytes = decodeBase64(d.vectors)
  const int8 = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
  // A plain loop: `Float32Array.from` with a mapping function took about 0.1 s for these 418,000 values.
  const vectors = new Float32Array(int8.length)
  for (let i = 0; i < int8.length; i++) vectors[i] = int8[i] / 127
  const terms = d.vectorTerms.split('\n')
  decoded = {
    passages: d.passages,
    df: { words: table(d.words), bigrams: table(d.bigrams, bigramKeyOf), concepts: table(d.concepts) },
    chars: table(d.chars),
    dims: d.dims,
    vectorRow: new Map(terms.map((t, i) => [t, i])),
    vectors,
  }
  return decoded
}
