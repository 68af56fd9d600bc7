// Orders concordance hits the three ways a KWIC view offers: by document (then position), by left
// context read backwards from the match (so hits with the same preceding word group together), or by
// the match and its right context. Comparison is by UTF-16 code unit, which groups identical Chinese
// wording together; it deliberately does not sort by pinyin or stroke order.

import type { ConcordanceHit } from './types'

export type HitOrder = 'doc' | 'left' | 'right'

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Compares two strings read from their last character backwards. */
function compareReversed(a: string, b: string): number {
  let i = a.length - 1
  let j = b.length - 1
  for (; i >= 0 && j >= 0; i--, j--) {
    const d = a.charCodeAt(i) - b.charCodeAt(j)
    if (d !== 0) return d
  }
  return i - j
}

function byPosition(a: ConcordanceHit, b: ConcordanceHit): number {
  return a.docIndex - b.docIndex || a.start - b.start || a.end - b.end
}

/**
 * A sorted copy of `hits` (the input is not changed): 'doc' by document then position; 'left' by
 * the left context read backwards from the match; 'right' by match then right context. Ties fall back
 * to document order, so the result is deterministic.
 */
export function sortHits(hits: readonly ConcordanceHit[], order: HitOrder): ConcordanceHit[] {
  const compare =
    order === 'left'
      ? (a: ConcordanceHit, b: ConcordanceHit) => compareReversed(a.left, b.left) || byPosition(a, b)
      : order === 'right'
        ? (a: ConcordanceHit, b: ConcordanceHit) => compareStrings(a.match + a.right, b.match + b.right) || byPosition(a, b)
        : byPosition
  return [...hits].sort(compare)
}
