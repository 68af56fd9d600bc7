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

/** Corpora up to this many passages are searched exhaustively (exact scores). */
export const EXHAUSTIVE_LIMIT = 2_000
/** Above the limit, features used by more than this share of passages are not indexed. */
export const COMMON_FEATURE_SHARE = 0.05
/** Above the limit, each posting list keeps this many entries, highest weights first. */
export const MAX_POSTINGS_READ = 100
/** Above the limit, a query reads the postings of only its heaviest features. */
export const QUERY_FEATURES = 24

/** Posting lists and the scratch space for queries. Build once per set of vectors. */
export interface CandidateIndex {
  postings: Map<number, { entry: Int32Array; weight: Float32Array }>
  exhaustive: boolean
  accum: Float64Array
}

/** Indexes `vectors` (entry i is vectors[i]). */
export function buildCandidateIndex(vectors: SparseVector[]): CandidateIndex {
  const exhaustive = vectors.length <= EXHAUSTIVE_LIMIT
  // Two passes over typed arrays (count, then fill) instead of growing one array per feature.
  const df = new Map<number, number>()
  for (const v of vectors) for (const id of v.ids) df.set(id, (df.get(id) ?? 0) + 1)
  const maxDf = exhaustive ? Infinity : COMMON_FEATURE_SHARE * vectors.length
  const lists = new Map<number, { entry: Int32Array; weight: Float32Array; n: number }>()
  for (const [id, n] of df) {
    // A feature of one passage cannot connect two; a very common one costs much and says little.
    if (n >= 2 && n <= maxDf) lists.set(id, { entry: new Int32Array(n), weight: new Float32Array(n), n: 0 })
  }
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const list = lists.get(v.ids[k])
      if (!list) continue
      list.entry[list.n] = i
      list.weight[list.n++] = v.weights[k]
    }
  })
  const postings: CandidateIndex['postings'] = new Map()
  for (const [id, list] of lists) {
    if (exhaustive || list.n <= MAX_POSTINGS_READ) {
      postings.set(id, { entry: list.entry, weight: list.weight })
      continue
    }
    const order = Array.from(list.weight.keys()).sort((a, b) => list.weight[b] - list.weight[a]).slice(0, MAX_POSTINGS_READ)
    postings.set(id, { entry: Int32Array.from(order, (j) => list.entry[j]), weight: Float32Array.from(order, (j) => list.weight[j]) })
  }
  return { postings, exhaustive, accum: new Float64Array(vectors.length) }
}

/**
 * Entries sharing features with `query`, with their accumulated dot products (exact when the index
 * is exhaustive, a lower bound otherwise). Includes the query's own entry if it is indexed.
 */
export function searchCandidates(index: CandidateIndex, query: SparseVector): { entries: number[]; scores: number[] } {
  let order: number[] = Array.from(query.ids.keys())
  if (!index.exhaustive && order.length > QUERY_FEATURES) {
    order = order.filter((k) => index.postings.has(query.ids[k]))
    order.sort((a, b) => query.weights[b] - query.weights[a])
    order.length = Math.min(order.length, QUERY_FEATURES)
  }
  const { accum } = index
  const entries: number[] = []
  for (const k of order) {
    const list = index.postings.get(query.ids[k])
    if (!list) continue
    const wq = query.weights[k]
    for (let j = 0; j < list.entry.length; j++) {
      const e = list.entry[j]
      if (accum[e] === 0) entries.push(e)
      accum[e] += wq * list.weight[j]
    }
  }
  const scores = entries.map((e) => {
    const s = accum[e]
    accum[e] = 0
    return s
  })
  return { entries, scores }
}
