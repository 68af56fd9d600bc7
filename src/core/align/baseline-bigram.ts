/**
 * The reference method the aligner must beat: plain TF-IDF cosine over character bigrams, every
 * pair of passages compared (no segmentation, folding, boilerplate weighting, bonuses or pruning).
 * Used by the benchmark and by `align --method baseline` to report its score on a gold file.
 */
import { documentsWithoutChinese, type AlignOptions, type PassageMatch } from './align-passages'
import { dot, type AlignDocument, type SparseVector } from './passage-vectors'

function bigramsOf(text: string): Map<string, number> {
  const m = new Map<string, number>()
  const chars = [...text.replace(/[\s\p{P}\p{S}]/gu, '')]
  for (let i = 0; i + 1 < chars.length; i++) {
    const b = chars[i] + chars[i + 1]
    m.set(b, (m.get(b) ?? 0) + 1)
  }
  return m
}

/** Options of the baseline: those of `alignDocuments`, plus query sampling for benchmarks. */
export interface BaselineOptions extends Omit<AlignOptions, 'terms'> {
  /** Only every k-th passage is queried (all are still indexed), so a benchmark can extrapolate. */
  queryStride?: number
}

/**
 * Baseline alignment: same output shape and contract as `alignDocuments` (top matches per passage
 * and other document, ranked by score), computed over all pairs. Honours `top`, `themeId`, `onProgress`.
 */
export function alignDocumentsBaseline(docs: AlignDocument[], options: BaselineOptions = {}): PassageMatch[] {
  const top = options.top ?? 3
  const items: { doc: number; id: string; counts: Map<string, number> }[] = []
  // Under the same contract as alignDocuments: documents without Chinese text get no matches.
  const skipped = new Set(documentsWithoutChinese(docs))
  docs.forEach((d, doc) =>
    d.passages.forEach((p) => {
      if (skipped.has(doc) || (options.themeId !== undefined && !p.themes.includes(options.themeId))) return
      items.push({ doc, id: p.id, counts: bigramsOf(d.text.slice(p.start, p.end)) })
    }),
  )
  const df = new Map<string, number>()
  for (const it of items) for (const b of it.counts.keys()) df.set(b, (df.get(b) ?? 0) + 1)
  const ids = new Map<string, number>()
  const vectors: SparseVector[] = items.map((it) => {
    const entries: [number, number][] = []
    let norm = 0
    for (const [b, tf] of it.counts) {
      let id = ids.get(b)
      if (id === undefined) ids.set(b, (id = ids.size))
      const w = tf * Math.log(items.length / (df.get(b) ?? 1))
      entries.push([id, w])
      norm += w * w
    }
    entries.sort((a, b) => a[0] - b[0])
    const k = norm > 0 ? 1 / Math.sqrt(norm) : 0
    return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float32Array.from(entries, (e) => e[1] * k) }
  })
  const matches: PassageMatch[] = []
  const stride = options.queryStride ?? 1
  items.forEach((q, qi) => {
    if (qi % stride !== 0) return
    const perDoc = new Map<number, { j: number; score: number }[]>()
    items.forEach((t, j) => {
      if (t.doc === q.doc) return
      const score = dot(vectors[qi], vectors[j])
      if (score <= 0) return
      const list = perDoc.get(t.doc) ?? []
      list.push({ j, score })
      perDoc.set(t.doc, list)
    })
    for (const [doc, list] of [...perDoc].sort((a, b) => a[0] - b[0])) {
      list.sort((a, b) => b.score - a.score || a.j - b.j)
      list.slice(0, top).forEach(({ j, score }, r) =>
        matches.push({
          from: { doc: q.doc, passage: q.id },
          to: { doc, passage: items[j].id },
          rank: r + 1,
          score: Math.round(score * 1e4) / 1e4,
        }),
      )
    }
    options.onProgress?.(qi + 1, items.length)
  })
  return matches
}
