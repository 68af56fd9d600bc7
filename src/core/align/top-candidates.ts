/**
 * The per-query shortlist of alignment: the best `keep` candidates of each document, kept sorted in
 * flat typed arrays that one scratch reuses for every query, and the documents whose best candidate
 * scores highest. It deliberately does not score candidates (see align-passages.ts).
 */

/** Per-query scratch: the best `keep` candidates of each document, in flat typed arrays. */
export interface Scratch {
  keep: number
  scores: Float64Array
  entries: Int32Array
  counts: Int32Array
  /** The documents met by the query so far (the first `docCount`), in the order met. */
  docs: Int32Array
  docCount: number
  /** The documents closestDocuments chose, and their best scores while choosing. */
  chosen: Int32Array
  chosenScores: Float64Array
}

/** Scratch for `documents` documents and `keep` candidates each, all lists empty. */
export function createScratch(documents: number, keep: number): Scratch {
  return {
    keep,
    scores: new Float64Array(documents * keep),
    entries: new Int32Array(documents * keep),
    counts: new Int32Array(documents),
    docs: new Int32Array(documents),
    docCount: 0,
    chosen: new Int32Array(documents),
    chosenScores: new Float64Array(documents),
  }
}

/** Inserts a candidate into its document's best-`keep` list (kept sorted, best first). */
export function offer(s: Scratch, doc: number, entry: number, score: number): void {
  const base = doc * s.keep
  let n = s.counts[doc]
  if (n === s.keep && score <= s.scores[base + n - 1]) return
  if (n < s.keep) n = ++s.counts[doc]
  let i = n - 1
  while (i > 0 && s.scores[base + i - 1] < score) {
    s.scores[base + i] = s.scores[base + i - 1]
    s.entries[base + i] = s.entries[base + i - 1]
    i--
  }
  s.scores[base + i] = score
  s.entries[base + i] = entry
}

/**
 * Writes to `s.chosen` the `limit` documents of `s.docs` whose best candidate scores highest (ties:
 * earlier in `s.docs`), best first, and returns how many. Insertion into a short list: a full sort
 * of ~all documents per query dominated large corpora.
 */
export function closestDocuments(s: Scratch, limit: number): number {
  let n = 0
  for (let k = 0; k < s.docCount; k++) {
    const doc = s.docs[k]
    n = insertBest(s.chosen, s.chosenScores, n, limit, doc, s.scores[doc * s.keep])
  }
  return n
}

/**
 * Inserts `item` with `score` into the first `n` of `items`/`scores` (best first, at most `limit`)
 * and returns the new length: dropped when the list is full and it scores no higher than the last;
 * ties keep the earlier item first.
 */
export function insertBest(items: Int32Array, scores: Float64Array, n: number, limit: number, item: number, score: number): number {
  if (n === limit && score <= scores[limit - 1]) return n
  let i = n < limit ? n++ : limit - 1
  while (i > 0 && scores[i - 1] < score) {
    items[i] = items[i - 1]
    scores[i] = scores[i - 1]
    i--
  }
  items[i] = item
  scores[i] = score
  return n
}
