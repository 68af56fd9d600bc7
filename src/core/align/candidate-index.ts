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

/** The passages using one feature, with their weights. */
interface Posting {
  entry: Int32Array
  weight: Float32Array
}

/** Posting lists and the scratch space for queries. Build once per set of vectors. */
export interface CandidateIndex {
  /** Posting list by feature id (ids are dense from 0); undefined for features not indexed. */
  postings: (Posting | undefined)[]
  exhaustive: boolean
  accum: Float64Array
  /** Entries found by the last search (the first `found` are valid) and their scores. */
  hits: Int32Array
  hitScores: Float64Array
}

/** The MAX_POSTINGS_READ highest-weighted postings of a long list (in entry order). */
function strongest(entry: Int32Array, weight: Float32Array): Posting {
  // A native numeric sort of a copy finds the cut-off weight without a comparator per pair.
  const sorted = Float32Array.from(weight).sort()
  const cutoff = sorted[sorted.length - MAX_POSTINGS_READ]
  const keepEntry = new Int32Array(MAX_POSTINGS_READ)
  const keepWeight = new Float32Array(MAX_POSTINGS_READ)
  let n = 0
  // Strictly above the cut-off first, then ties at it, so exactly MAX_POSTINGS_READ are kept.
  const keep = (j: number): void => {
    keepEntry[n] = entry[j]
    keepWeight[n++] = weight[j]
  }
  for (let j = 0; j < weight.length; j++) if (weight[j] > cutoff) keep(j)
  for (let j = 0; j < weight.length && n < MAX_POSTINGS_READ; j++) if (weight[j] === cutoff) keep(j)
  return { entry: keepEntry, weight: keepWeight }
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
  const lists: (Posting | undefined)[] = new Array(features)
  for (let id = 0; id < features; id++) {
    const n = df[id]
    // A feature of one passage cannot connect two; a very common one costs much and says little.
    if (n >= 2 && n <= maxDf) lists[id] = { entry: new Int32Array(n), weight: new Float32Array(n) }
  }
  const filled = new Int32Array(features)
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]
      const list = lists[id]
      if (!list) continue
      list.entry[filled[id]] = i
      list.weight[filled[id]++] = v.weights[k]
    }
  })
  if (!exhaustive) {
    for (let id = 0; id < features; id++) {
      const list = lists[id]
      if (list && list.entry.length > MAX_POSTINGS_READ) lists[id] = strongest(list.entry, list.weight)
    }
  }
  const n = vectors.length
  return { postings: lists, exhaustive, accum: new Float64Array(n), hits: new Int32Array(n), hitScores: new Float64Array(n) }
}

/**
 * Positions in `query` of its QUERY_FEATURES heaviest indexed features (all of them when fewer),
 * heaviest first (ties: earlier position). Insertion into a short list: a sort per query cost more
 * than reading the postings.
 */
function heaviestIndexed(index: CandidateIndex, query: SparseVector): number[] {
  const order: number[] = []
  const weights: number[] = []
  for (let k = 0; k < query.ids.length; k++) {
    if (index.postings[query.ids[k]] === undefined) continue
    insertBest(order, weights, QUERY_FEATURES, k, query.weights[k])
  }
  return order
}

/**
 * Entries sharing features with `query`, with their accumulated dot products (exact when the index
 * is exhaustive, a lower bound otherwise), written to `index.hits` / `index.hitScores`; returns how
 * many were found. Includes the query's own entry if it is indexed. The buffers are reused by the
 * next search, so read them before searching again (one query at a time keeps large corpora free of
 * per-query garbage).
 */
export function searchCandidates(index: CandidateIndex, query: SparseVector): number {
  const order = index.exhaustive ? Array.from(query.ids.keys()) : heaviestIndexed(index, query)
  const { accum, hits, hitScores } = index
  let found = 0
  for (const k of order) {
    const list = index.postings[query.ids[k]]
    if (!list) continue
    const wq = query.weights[k]
    const entry = list.entry
    const weight = list.weight
    for (let j = 0; j < entry.length; j++) {
      const e = entry[j]
      if (accum[e] === 0) hits[found++] = e
      accum[e] += wq * weight[j]
    }
  }
  for (let i = 0; i < found; i++) {
    const e = hits[i]
    hitScores[i] = accum[e]
    accum[e] = 0
  }
  return found
}
