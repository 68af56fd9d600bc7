/**
 * Reciprocity of matches between two documents: a candidate b (document B) for passage a
 * (document A) is more credible when a is also b's best candidate in A, i.e. the two passages are
 * each other's nearest neighbours. A passage that lists many policies attracts many single-topic
 * passages; the one that picks it back as its own best match is the one on its topic. The bonus is
 * a factor on the score, so it re-orders close candidates and leaves clear ones alone. It
 * deliberately does not find or score candidates (see align-passages.ts).
 */
import { bestIn, sortSlot, type CandidateTable } from './candidate-table'

/** Share added to the score of a candidate whose own best match in the query's document is the query. */
export const RECIPROCITY_BONUS = 0.15

/**
 * Applies RECIPROCITY_BONUS to mutual best matches (marking them in `t.mutual`) and re-sorts each
 * slot (ties by entry), in place; whether a match is mutual is read from the table as it was before
 * this step. `docOf[e]` is the document of entry e. Returns `t`.
 */
export function reciprocate(t: CandidateTable, docOf: Int32Array | number[]): CandidateTable {
  const queries = t.firstSlot.length - 1
  for (let query = 0; query < queries; query++) {
    for (let s = t.firstSlot[query]; s < t.firstSlot[query + 1]; s++) {
      for (let c = t.slotStart[s], end = c + t.slotLength[s]; c < end; c++)
        t.mutual[c] = bestIn(t, t.entry[c], docOf[query]) === query ? 1 : 0
    }
  }
  for (let c = 0; c < t.entry.length; c++) if (t.mutual[c] === 1) t.score[c] = t.score[c] * (1 + RECIPROCITY_BONUS)
  for (let s = 0; s < t.slotStart.length; s++) sortSlot(t, s)
  return t
}
