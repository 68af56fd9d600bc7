/**
 * Finds the wording of a document that comes from a reference document: every 4-character run of the
 * reference's folded text (fold-for-trace.ts) is indexed once; the document is scanned left to right,
 * each position looking up its 4-gram and taking the longest exact continuation among the reference's
 * occurrences (jumping past what it matched); exact pieces then chain into one echo when they follow
 * each other in both texts with small gaps, so a sentence with a few local words inserted, a word
 * trimmed, a character changed or its punctuation altered stays one echo. An echo needs
 * MIN_ECHO_CHARS matched characters and one piece of MIN_ANCHOR_CHARS, so slogans of four characters
 * or fewer (安全生产, 放管服) never count on their own. Echoes never cross a paragraph break in either
 * text. Deliberately not a diff: order across the document does not matter, and a reference sentence
 * repeated twice is found twice. Cost: linear in the document's length times a bounded candidate
 * check per position.
 */
import { foldForTrace, type TraceFolded } from './fold-for-trace'

/** Length of the indexed seeds (characters): the shortest exact piece an echo is built from. */
export const SEED_CHARS = 4
/** Fewest matched characters an echo holds: longer than any slogan, shorter than a short clause. */
export const MIN_ECHO_CHARS = 10
/** An echo's longest exact piece is at least this long, so a chain of short stock phrases is not one. */
export const MIN_ANCHOR_CHARS = 6
/** Most document characters between two pieces of one echo (inserted local words such as 我区, 结合实际). */
export const MAX_INSERTED_CHARS = 8
/** Most reference characters skipped between two pieces of one echo (trimmed words, a changed character). */
export const MAX_SKIPPED_CHARS = 8
/** Where words were both inserted and skipped (a replacement), the shorter side is at most this long. */
export const MAX_REPLACED_CHARS = 4
/** Occurrences of a 4-gram in the reference checked per position: stock phrases occur dozens of times. */
export const MAX_CANDIDATES = 24

/** A stretch of a document taken from the reference. UTF-16 offsets, half-open. */
export interface EchoSpan {
  /** Offsets into the document text. */
  start: number
  end: number
  /** Offsets into the reference text. */
  refStart: number
  refEnd: number
}

/** A reference prepared for tracing: its folded text and a hash index of its 4-grams. */
export interface ReferenceIndex {
  folded: TraceFolded
  /** Bucket → last folded position with that hash, or -1. */
  head: Int32Array
  /** Folded position → previous position in the same bucket, or -1. */
  next: Int32Array
  mask: number
}

function seedHash(codes: Uint16Array, at: number): number {
  let h = Math.imul(codes[at]!, 0x9e3779b1)
  h = Math.imul(h ^ codes[at + 1]!, 0x85ebca77)
  h = Math.imul(h ^ codes[at + 2]!, 0xc2b2ae3d)
  h = Math.imul(h ^ codes[at + 3]!, 0x27d4eb2f)
  return h ^ (h >>> 15)
}

/** Indexes `text` as a reference. An empty or wordless text gives an index that matches nothing. */
export function indexReference(text: string): ReferenceIndex {
  const folded = foldForTrace(text)
  let size = 1024
  while (size < folded.length * 2) size *= 2
  const head = new Int32Array(size).fill(-1)
  const next = new Int32Array(Math.max(folded.length, 1)).fill(-1)
  const mask = size - 1
  for (let i = 0; i + SEED_CHARS <= folded.length; i++) {
    const b = seedHash(folded.codes, i) & mask
    next[i] = head[b]!
    head[b] = i
  }
  return { folded, head, next, mask }
}

interface Piece {
  doc: number
  ref: number
  length: number
}

/** Length of the exact match of doc[i…] and ref[j…], stopping at either text's paragraph break. */
function matchLength(d: TraceFolded, i: number, r: TraceFolded, j: number): number {
  const limit = Math.min(d.paragraphEnd[i]! - i, r.paragraphEnd[j]! - j)
  const dc = d.codes
  const rc = r.codes
  let n = 0
  while (n < limit && dc[i + n] === rc[j + n]) n++
  return n
}

/** The exact pieces of `d` found in the reference, in document order, not overlapping in `d`. */
function findPieces(index: ReferenceIndex, d: TraceFolded): Piece[] {
  const r = index.folded
  const pieces: Piece[] = []
  let last: Piece | undefined
  let i = 0
  while (i + SEED_CHARS <= d.length) {
    let bestRef = -1
    let bestLength = 0
    // Continuing the previous piece (after an inserted or changed character) beats a longer match
    // elsewhere only when as long; it is checked first so ties keep the echo together.
    if (last && i - last.doc - last.length <= MAX_INSERTED_CHARS) {
      const expected = last.ref + last.length + (i - last.doc - last.length)
      for (const j of [expected, last.ref + last.length]) {
        if (j < r.length) {
          const n = matchLength(d, i, r, j)
          if (n > bestLength) {
            bestLength = n
            bestRef = j
          }
        }
      }
    }
    let checked = 0
    for (let j = index.head[seedHash(d.codes, i) & index.mask]!; j >= 0 && checked < MAX_CANDIDATES; j = index.next[j]!) {
      checked++
      if (r.codes[j] !== d.codes[i]) continue
      const n = matchLength(d, i, r, j)
      if (n > bestLength) {
        bestLength = n
        bestRef = j
      }
    }
    if (bestLength >= SEED_CHARS) {
      last = { doc: i, ref: bestRef, length: bestLength }
      pieces.push(last)
      i += bestLength
    } else i++
  }
  return pieces
}

interface Run {
  doc: number
  docEnd: number
  ref: number
  refEnd: number
  matched: number
  longest: number
}

function chains(run: Run, p: Piece, d: TraceFolded, r: TraceFolded): boolean {
  const inserted = p.doc - run.docEnd
  const skipped = p.ref - run.refEnd
  return (
    inserted <= MAX_INSERTED_CHARS &&
    skipped >= 0 &&
    skipped <= MAX_SKIPPED_CHARS &&
    Math.min(inserted, skipped) <= MAX_REPLACED_CHARS &&
    d.paragraph[p.doc] === d.paragraph[run.docEnd - 1] &&
    r.paragraph[p.ref] === r.paragraph[run.refEnd - 1]
  )
}

/**
 * The echoes of the reference in `text`, in document order, never overlapping.
 * @param index the reference, from {@link indexReference}
 * @param text the document text (the cleaned text the app works on)
 * @returns spans with UTF-16 offsets into `text` and into the reference; [] when nothing is shared
 */
export function findEchoes(index: ReferenceIndex, text: string): EchoSpan[] {
  const d = foldForTrace(text)
  const r = index.folded
  const spans: EchoSpan[] = []
  let run: Run | undefined
  const close = (): void => {
    if (run && run.matched >= MIN_ECHO_CHARS && run.longest >= MIN_ANCHOR_CHARS) {
      spans.push({
        start: d.toOriginal[run.doc]!,
        end: d.toOriginal[run.docEnd - 1]! + 1,
        refStart: r.toOriginal[run.ref]!,
        refEnd: r.toOriginal[run.refEnd - 1]! + 1,
      })
    }
    run = undefined
  }
  for (const p of findPieces(index, d)) {
    if (run && chains(run, p, d, r)) {
      run.docEnd = p.doc + p.length
      run.refEnd = p.ref + p.length
      run.matched += p.length
      run.longest = Math.max(run.longest, p.length)
      continue
    }
    close()
    run = { doc: p.doc, docEnd: p.doc + p.length, ref: p.ref, refEnd: p.ref + p.length, matched: p.length, longest: p.length }
  }
  close()
  return spans
}

/** Characters of a text inside `spans` (spans in order, not overlapping, as findEchoes returns them). */
export function echoedChars(spans: readonly EchoSpan[]): number {
  let sum = 0
  for (const s of spans) sum += s.end - s.start
  return sum
}
