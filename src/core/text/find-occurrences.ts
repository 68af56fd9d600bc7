/**
 * Find in a document: every occurrence of a query in a text, left to right, not overlapping. Both
 * sides are folded length-preservingly (fold.ts: case, full-width ASCII, ideographic space), so 2025
 * finds ２０２５ and GDP finds gdp, and offsets stay those of the text. Offsets are UTF-16 code units.
 */
import type { Span } from '../structure/types'
import { foldText } from './fold'

/** Most occurrences returned; a query as short as 的 in a long plan finds thousands. */
export const MAX_OCCURRENCES = 5000

/**
 * The occurrences of `query` in `text` (at most `limit`).
 * @returns spans in text order; [] for an empty or whitespace-only query
 */
export function findOccurrences(text: string, query: string, limit = MAX_OCCURRENCES): Span[] {
  if (query.trim() === '' || limit <= 0) return []
  const haystack = foldText(text)
  const needle = foldText(query)
  const out: Span[] = []
  for (let at = haystack.indexOf(needle); at >= 0 && out.length < limit; at = haystack.indexOf(needle, at + needle.length)) {
    out.push({ start: at, end: at + needle.length })
  }
  return out
}
