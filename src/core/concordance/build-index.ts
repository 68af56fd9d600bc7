// Joins documents into one corpus string with a separator and a table of document starts, so a
// search is one indexOf or regex scan over the whole corpus instead of thousands of small ones, and a
// hit finds its document by binary search. It deliberately builds no n-gram index: a linear scan of
// 20 million characters takes a few milliseconds, and an index would cost memory and build time.

import type { ConcordanceDoc, ConcordanceIndex } from './types'

/**
 * Between documents: line breaks so `^`/`$` (multiline) match at document edges, and a NUL in the
 * middle, which import never leaves in a text, to mark a match that runs from one document into the next.
 */
export const SEPARATOR = '\n\u0000\n'
const NUL = /\u0000/g
/** Stands in for a NUL inside a document's text: same length, so offsets hold. */
const NUL_STAND_IN = '\ufffd'

/**
 * An index over `docs` for searchConcordance. Texts are kept as they are (offsets in hits refer to
 * them); ids need not be unique but hits and counts repeat them as given. Empty input gives an empty index.
 */
export function buildConcordanceIndex(docs: readonly ConcordanceDoc[]): ConcordanceIndex {
  const ids: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const parts: string[] = []
  let offset = 0
  for (const doc of docs) {
    const text = doc.text.includes('\u0000') ? doc.text.replace(NUL, NUL_STAND_IN) : doc.text
    if (parts.length > 0) {
      parts.push(SEPARATOR)
      offset += SEPARATOR.length
    }
    ids.push(doc.id)
    starts.push(offset)
    parts.push(text)
    offset += text.length
    ends.push(offset)
  }
  const corpus = parts.join('')
  const lowerCased = corpus.toLowerCase()
  // A few characters change length when lowercased (İ → i̇); then offsets would drift, so don't keep it.
  const lowered = lowerCased.length === corpus.length ? lowerCased : undefined
  return { corpus, lowered, ids, starts, ends }
}

/** The index of the document containing corpus offset `at` (the last one starting at or before it). */
export function documentAt(index: ConcordanceIndex, at: number): number {
  const { starts } = index
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (starts[mid]! <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}
