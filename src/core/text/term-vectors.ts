/**
 * Distributional term vectors learned from text: terms that occur in the same passages get similar
 * vectors, so 河长制 and 水环境, or 扫黑除恶 and 治安防控, meet without anyone listing them. Method:
 * co-occurrence counts within a context unit (a passage), positive pointwise mutual information
 * (PPMI, with the context distribution smoothed by CONTEXT_SMOOTHING), then a truncated
 * eigen-decomposition (the symmetric form of SVD) to `dims` dimensions, each term's row scaled by
 * the square root of the eigenvalues and normalised to unit length. It deliberately does not segment
 * text (callers pass term lists) nor decide which corpus to learn from.
 */
import { leadingEigenpairs } from './symmetric-eigen'

/** Exponent on context counts in PPMI (Levy, Goldberg & Dagan 2015): tempers rare contexts. */
export const CONTEXT_SMOOTHING = 0.75

/** Options of learnTermVectors. */
export interface TermVectorOptions {
  /** Dimensions of the vectors (default 64). */
  dims?: number
  /** Terms in fewer context units than this get no vector (default 3). */
  minCount?: number
  /** Upper bound on the vocabulary, most frequent terms first (default 12,000). */
  maxTerms?: number
}

/** Learned vectors: `vectors` holds `terms.length` unit rows of `dims` numbers. */
export interface TermVectors {
  terms: string[]
  dims: number
  vectors: Float32Array
}

/**
 * Learns term vectors from `units` (each the list of terms of one context unit, e.g. a passage;
 * repeats within a unit count once). Returns an empty vocabulary when no term is frequent enough.
 */
export function learnTermVectors(units: readonly (readonly string[])[], options: TermVectorOptions = {}): TermVectors {
  const dims = options.dims ?? 64
  const minCount = options.minCount ?? 3
  const df = new Map<string, number>()
  for (const u of units) for (const t of new Set(u)) df.set(t, (df.get(t) ?? 0) + 1)
  const terms = [...df]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxTerms ?? 12_000)
    .map(([t]) => t)
  const id = new Map(terms.map((t, i) => [t, i]))
  const n = terms.length
  if (n === 0) return { terms: [], dims, vectors: new Float32Array(0) }
  // Pair counts keyed i·n + j (i < j): one number key is far cheaper than nested maps.
  const pairs = new Map<number, number>()
  const single = new Float64Array(n)
  for (const u of units) {
    const ids = [...new Set(u)]
      .map((t) => id.get(t))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b)
    for (let a = 0; a < ids.length; a++) {
      single[ids[a]]++
      for (let b = a + 1; b < ids.length; b++) {
        const key = ids[a] * n + ids[b]
        pairs.set(key, (pairs.get(key) ?? 0) + 1)
      }
    }
  }
  let total = 0
  for (const c of pairs.values()) total += 2 * c
  const smoothed = Float64Array.from(single, (c) => c ** CONTEXT_SMOOTHING)
  const smoothedTotal = smoothed.reduce((s, c) => s + c, 0)
  const rows: number[] = []
  const cols: number[] = []
  const values: number[] = []
  for (const [key, c] of pairs) {
    const i = Math.floor(key / n)
    const j = key - i * n
    // Symmetric PMI: both marginals smoothed, so the matrix stays symmetric.
    const pmi = Math.log(c / total / ((smoothed[i] / smoothedTotal) * (smoothed[j] / smoothedTotal)))
    if (pmi <= 0) continue
    rows.push(i, j)
    cols.push(j, i)
    values.push(pmi, pmi)
  }
  const rank = Math.min(dims, n)
  const eig = leadingEigenpairs({ n, rows: Int32Array.from(rows), cols: Int32Array.from(cols), values: Float64Array.from(values) }, rank)
  const vectors = new Float32Array(n * dims)
  for (let r = 0; r < n; r++) {
    let norm = 0
    for (let j = 0; j < eig.values.length; j++) {
      const x = eig.vectors[r * eig.values.length + j] * Math.sqrt(Math.max(0, eig.values[j]))
      vectors[r * dims + j] = x
      norm += x * x
    }
    norm = Math.sqrt(norm) || 1
    for (let j = 0; j < dims; j++) vectors[r * dims + j] /= norm
  }
  return { terms, dims, vectors }
}

/** Cosine similarity of two terms' vectors (−1…1), or 0 when either has none. */
export function termSimilarity(model: TermVectors, a: string, b: string): number {
  const i = model.terms.indexOf(a)
  const j = model.terms.indexOf(b)
  if (i < 0 || j < 0) return 0
  let s = 0
  for (let d = 0; d < model.dims; d++) s += model.vectors[i * model.dims + d] * model.vectors[j * model.dims + d]
  return s
}
