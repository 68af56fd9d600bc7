/**
 * Reciprocity of matches between two documents: a candidate b (document B) for passage a
 * (document A) is more credible when a is also b's best candidate in A, i.e. the two passages are
 * each other's nearest neighbours. A passage that lists many policies attracts many single-topic
 * passages; the one that picks it back as its own best match is the one on its topic. The bonus is
 * a factor on the score, so it re-orders close candidates and leaves clear ones alone. It
 * deliberately does not find or score candidates (see align-passages.ts).
 */
import type { CandidateLists } from './corroborate'

/** Share added to the score of a candidate whose own best match in the query's document is the query. */
export const RECIPROCITY_BONUS = 0.15

/**
 * Returns the candidate lists with RECIPROCITY_BONUS applied to mutual best matches and each list
 * re-sorted (ties by entry). `docOf[e]` is the document of entry e. The input is not changed.
 */
export function reciprocate(lists: CandidateLists, docOf: Int32Array | number[]): CandidateLists {
  return lists.map((perDoc, query) => {
    const out: CandidateLists[number] = new Map()
    for (const [doc, list] of perDoc) {
      const adjusted = list.map((c) => {
        const mutual = lists[c.entry]?.get(docOf[query])?.[0]?.entry === query
        return { ...c, score: mutual ? c.score * (1 + RECIPROCITY_BONUS) : c.score, mutual }
      })
      out.set(
        doc,
        adjusted.sort((x, y) => y.score - x.score || x.entry - y.entry),
      )
    }
    return out
  })
}
