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
}

/** Scratch for `documents` documents and `keep` candidates each, all lists empty. */
export function createScratch(documents: number, keep: number): Scratch {
  return { keep, scores: new Float64Array(documents * keep), entries: new Int32Array(documents * keep), counts: new Int32Array(documents) }
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
 * Inserts `item` with `score` into the short list `items`/`scores` (best first, at most `limit`):
 * dropped when the list is full and it scores no higher than the last; ties keep the earlier item
 * first. Insertion beats sorting when the list is short and the candidates many.
 */
export function insertBest(items: number[], scores: number[], limit: number, item: number, score: number): void {
  if (items.length === limit && score <= scores[limit - 1]) return
  let i = Math.min(items.length, limit - 1)
  if (items.length < limit) {
    items.push(item)
    scores.push(score)
  }
  while (i > 0 && scores[i - 1] < score) {
    items[i] = items[i - 1]
    scores[i] = scores[i - 1]
    i--
  }
  items[i] = item
  scores[i] = score
}

/**
 * The `limit` documents of `docs` whose best candidate scores highest (ties: earlier in `docs`), by
 * insertion into a short list: a full sort of ~all documents per query dominated large corpora.
 */
export function closestDocuments(s: Scratch, docs: number[], limit: number): number[] {
  const best: number[] = []
  const bestScore: number[] = []
  for (const doc of docs) insertBest(best, bestScore, limit, doc, s.scores[doc * s.keep])
  return best
}
