/**
 * Inverted index for finding alignment candidates without comparing every pair of passages. Each
 * feature (word, concept, bigram) lists the passages that use it with their weights; a query adds up
 * weight products over its features (a sparse dot product restricted to shared features). Up to
 * EXHAUSTIVE_LIMIT passages everything is read and the scores are exact cosines. Above it the index
 * prunes, so cost grows about linearly with the corpus: features used by more than
 * COMMON_FEATURE_SHARE of passages get no postings (near-stopwords, low IDF), each posting list keeps
 * only its MAX_POSTINGS_READ highest weights, and a query uses only its QUERY_FEATURES heaviest
 * features. It deliberately does not rank or re-score (see align-passages.ts).
 */
import type { SparseVector } from './passage-vectors'
import { insertBest } from './top-candidates'

/** Corpora up to this many passages are searched exhaustively (exact scores). */
export const EXHAUSTIVE_LIMIT = 2_000
/** Above the limit, features used by more than this share of passages are not indexed. */
export const COMMON_FEATURE_SHARE = 0.05
/** Above the limit, each posting list keeps this many entries, highest weights first. */
export const MAX_POSTINGS_READ = 100
/** Above the limit, a query reads the postings of only its heaviest features. */
export const QUERY_FEATURES = 24

/**
 * Posting lists and the scratch space for queries. Build once per set of vectors. The lists lie end
 * to end in two flat arrays (a query reads a few dozen lists; as separate arrays each was a jump
 * through memory).
 */
export interface CandidateIndex {
  /** Feature `id`'s postings are entry/weight[start[id] .. start[id + 1] − 1]; empty for features not indexed. */
  start: Int32Array
  /** The passages using each feature (ascending within a list), and their weights. */
  entry: Int32Array
  weight: Float32Array
  exhaustive: boolean
  accum: Float64Array
  /** Entries found by the last search (the first `found` are valid) and their scores. */
  hits: Int32Array
  hitScores: Float64Array
}

/** How many postings feature `id` has (0 when it is not indexed). */
export function postingCount(index: CandidateIndex, id: number): number {
  return id + 1 < index.start.length ? index.start[id + 1] - index.start[id] : 0
}

/** Scratch of cutoffOf, grown as needed. */
let selection = new Float32Array(0)

/**
 * The MAX_POSTINGS_READ-th highest weight of `weight[from, to)`, by selection (quickselect on a
 * scratch copy): the value a sort would put there, without sorting the whole list.
 */
function cutoffOf(weight: Float32Array, from: number, to: number): number {
  const n = to - from
  if (selection.length < n) selection = new Float32Array(Math.max(n, 2 * selection.length))
  const a = selection
  a.set(weight.subarray(from, to))
  const k = n - MAX_POSTINGS_READ
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]
    let i = lo
    let j = hi
    while (i <= j) {
      while (a[i] < pivot) i++
      while (a[j] > pivot) j--
      if (i <= j) {
        const x = a[i]
        a[i++] = a[j]
        a[j--] = x
      }
    }
    // [lo, j] ≤ pivot ≤ [i, hi], and everything strictly between j and i equals the pivot.
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else return a[k]
  }
  return a[k]
}

/** Indexes `vectors` (entry i is vectors[i]). */
export function buildCandidateIndex(vectors: SparseVector[]): CandidateIndex {
  const exhaustive = vectors.length <= EXHAUSTIVE_LIMIT
  let features = 0
  for (const v of vectors) if (v.ids.length > 0) features = Math.max(features, v.ids[v.ids.length - 1] + 1)
  // Two passes over typed arrays (count, then fill) instead of growing one array per feature.
  const df = new Int32Array(features)
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) df[v.ids[k]]++
  const maxDf = exhaustive ? Infinity : COMMON_FEATURE_SHARE * vectors.length
  // All postings of the indexed features first, feature id's from fill[id]...
  // A feature of one passage cannot connect two; a very common one costs much and says little.
  const indexed = (id: number): boolean => df[id] >= 2 && df[id] <= maxDf
  const fill = new Int32Array(features + 1)
  for (let id = 0; id < features; id++) fill[id + 1] = fill[id] + (indexed(id) ? df[id] : 0)
  const allEntry = new Int32Array(fill[features])
  const allWeight = new Float32Array(fill[features])
  const at = fill.slice(0, features)
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]
      if (!indexed(id)) continue
      allEntry[at[id]] = i
      allWeight[at[id]++] = v.weights[k]
    }
  })
  if (exhaustive) return withScratch(fill, allEntry, allWeight, exhaustive, vectors.length)
  // ...then, pruned, each long list cut to its MAX_POSTINGS_READ highest weights (in entry order).
  const start = new Int32Array(features + 1)
  for (let id = 0; id < features; id++) start[id + 1] = start[id] + Math.min(fill[id + 1] - fill[id], MAX_POSTINGS_READ)
  const entry = new Int32Array(start[features])
  const weight = new Float32Array(start[features])
  for (let id = 0; id < features; id++) {
    const from = fill[id]
    const to = fill[id + 1]
    let n = start[id]
    if (to - from <= MAX_POSTINGS_READ) {
      entry.set(allEntry.subarray(from, to), n)
      weight.set(allWeight.subarray(from, to), n)
      continue
    }
    const cutoff = cutoffOf(allWeight, from, to)
    // Strictly above the cut-off first, then ties at it, so exactly MAX_POSTINGS_READ are kept.
    for (let j = from; j < to; j++) {
      if (allWeight[j] > cutoff) {
        entry[n] = allEntry[j]
        weight[n++] = allWeight[j]
      }
    }
    for (let j = from; j < to && n < start[id + 1]; j++) {
      if (allWeight[j] === cutoff) {
        entry[n] = allEntry[j]
        weight[n++] = allWeight[j]
      }
    }
  }
  return withScratch(start, entry, weight, exhaustive, vectors.length)
}

function withScratch(start: Int32Array, entry: Int32Array, weight: Float32Array, exhaustive: boolean, n: number): CandidateIndex {
  return { start, entry, weight, exhaustive, accum: new Float64Array(n), hits: new Int32Array(n), hitScores: new Float64Array(n) }
}

/** Scratch of heaviestIndexed: query positions and their weights, heaviest first. */
const order = new Int32Array(QUERY_FEATURES)
// Float64, as insertBest takes: the query's float32 weights convert to it exactly.
const orderWeight = new Float64Array(QUERY_FEATURES)

/**
 * Writes to `order` the positions in `query` of its QUERY_FEATURES heaviest indexed features (all
 * of them when fewer), heaviest first (ties: earlier position), and returns how many. Insertion
 * into a short list (insertBest): a sort per query cost more than reading the postings.
 */
function heaviestIndexed(index: CandidateIndex, query: SparseVector): number {
  const { start } = index
  let n = 0
  for (let k = 0; k < query.ids.length; k++) {
    const id = query.ids[k]
    if (id + 1 >= start.length || start[id + 1] === start[id]) continue
    n = insertBest(order, orderWeight, n, QUERY_FEATURES, k, query.weights[k])
  }
  return n
}

/** Adds `wq` times feature `id`'s postings to the accumulators, listing entries met for the first time; returns the new count. */
function accumulate(index: CandidateIndex, id: number, wq: number, found: number): number {
  const { accum, hits, entry, weight } = index
  const to = index.start[id + 1]
  for (let j = index.start[id]; j < to; j++) {
    const e = entry[j]
    if (accum[e] === 0) hits[found++] = e
    accum[e] += wq * weight[j]
  }
  return found
}

/**
 * Entries sharing features with `query`, with their accumulated dot products (exact when the index
 * is exhaustive, a lower bound otherwise), written to `index.hits` / `index.hitScores`; returns how
 * many were found. Includes the query's own entry if it is indexed. The buffers are reused by the
 * next search, so read them before searching again (one query at a time keeps large corpora free of
 * per-query garbage).
 */
export function searchCandidates(index: CandidateIndex, query: SparseVector): number {
  const { accum, hits, hitScores, start } = index
  let found = 0
  if (index.exhaustive) {
    for (let k = 0; k < query.ids.length; k++) {
      const id = query.ids[k]
      if (id + 1 < start.length) found = accumulate(index, id, query.weights[k], found)
    }
  } else {
    const n = heaviestIndexed(index, query)
    for (let r = 0; r < n; r++) found = accumulate(index, query.ids[order[r]], query.weights[order[r]], found)
  }
  for (let i = 0; i < found; i++) {
    const e = hits[i]
    hitScores[i] = accum[e]
    accum[e] = 0
  }
  return found
}
