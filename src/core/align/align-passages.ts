/**
 * Cross-document passage alignment: for every passage, the most similar passages in each other
 * document, ranked. Similarity is the mixed word/bigram TF-IDF cosine (passage-vectors.ts) plus
 * modest bonuses for shared themes and similar section headings. Candidates come from an inverted
 * index: features used by a large share of passages are skipped and each posting list is read only
 * up to MAX_POSTINGS_READ entries (highest weights first), so the cost grows about linearly with the
 * number of passages instead of quadratically. In small corpora nothing is pruned and scores are exact.
 * It deliberately does not group matches into rows (see alignment-rows.ts).
 */
import {
  clauseVectors,
  collectTermStats,
  contextVector,
  dot,
  extractPassageTerms,
  passageVector,
  type AlignDocument,
  type PassageTerms,
  type SparseVector,
} from './passage-vectors'

/** Bonus (score units) when two passages carry the same themes, scaled by the themes' Jaccard overlap. */
export const THEME_BONUS = 0.06
/** Bonus for the cosine between the two passages' heading contexts. */
export const HEADING_BONUS = 0.08
/** Default number of matches per passage and other document (the evaluation contract's 3). */
export const DEFAULT_TOP = 3
/** A feature used by more passages than this share is skipped when looking for candidates … */
export const COMMON_FEATURE_SHARE = 0.05
/** … but never below this many passages, so small corpora are searched exhaustively. */
export const MIN_COMMON_DF = 400
/** Longest stretch of one posting list read per query feature (postings sorted by weight, highest first). */
export const MAX_POSTINGS_READ = 400
/** Candidates per target document re-scored with clauses and bonuses, beyond the `top` requested. */
const EXTRA_CANDIDATES = 8
/**
 * Share of the score from the whole-passage cosine; the rest is the best clause-pair cosine, so a
 * passage listing five policies still finds the passage that treats one of them.
 */
export const PASSAGE_SHARE = 0.5
/** How often (in passages) progress is reported. */
const PROGRESS_EVERY = 128

/** A passage reference as the evaluation contract writes it: document index and passage id. */
export interface PassageRef {
  doc: number
  passage: string
}

/** One ranked match from a passage into another document. `rank` is 1-based per (from, to document). */
export interface PassageMatch {
  from: PassageRef
  to: PassageRef
  rank: number
  score: number
}

/** Options of `alignDocuments`. */
export interface AlignOptions {
  /** Matches per passage and other document (default 3). */
  top?: number
  /** Only passages carrying this theme are aligned (and IDF is computed over them). */
  themeId?: string
  /** Precomputed term counts per document and passage (same shape as `docs`), e.g. cached by a worker. */
  terms?: PassageTerms[][]
  /** Called with (passages done, total) while aligning. */
  onProgress?: (done: number, total: number) => void
}

interface Entry {
  doc: number
  index: number
  themes: string[]
  vector: SparseVector
  context: SparseVector
  clauses: SparseVector[]
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  let shared = 0
  for (const t of a) if (b.includes(t)) shared++
  return shared / (a.length + b.length - shared)
}

function bestClause(a: Entry, b: Entry): number {
  let best = 0
  for (const x of a.clauses) for (const y of b.clauses) best = Math.max(best, dot(x, y))
  return best
}

function buildEntries(docs: AlignDocument[], options: AlignOptions): Entry[] {
  const chosen: { doc: number; index: number; terms: PassageTerms }[] = []
  docs.forEach((d, doc) =>
    d.passages.forEach((p, index) => {
      if (options.themeId !== undefined && !p.themes.includes(options.themeId)) return
      chosen.push({ doc, index, terms: options.terms?.[doc]?.[index] ?? extractPassageTerms(d.text, p) })
    }),
  )
  const stats = collectTermStats(chosen.map((c) => c.terms))
  return chosen.map((c) => ({
    doc: c.doc,
    index: c.index,
    themes: docs[c.doc].passages[c.index].themes,
    vector: passageVector(stats, c.terms),
    context: contextVector(stats, c.terms),
    clauses: clauseVectors(stats, c.terms),
  }))
}

/** Posting lists per feature id: entry indices and weights, highest weights first, truncated. */
type Postings = Map<number, { entry: Int32Array; weight: Float32Array }>

/** Builds the posting lists; features used by more than the common share of passages get none. */
function buildIndex(entries: Entry[]): Postings {
  const lists = new Map<number, [number, number][]>()
  entries.forEach((e, i) => {
    for (let k = 0; k < e.vector.ids.length; k++) {
      const id = e.vector.ids[k]
      let list = lists.get(id)
      if (!list) lists.set(id, (list = []))
      list.push([i, e.vector.weights[k]])
    }
  })
  const maxDf = Math.max(MIN_COMMON_DF, COMMON_FEATURE_SHARE * entries.length)
  const postings: Postings = new Map()
  for (const [id, list] of lists) {
    if (list.length > maxDf) continue
    if (list.length > MAX_POSTINGS_READ) list.sort((a, b) => b[1] - a[1])
    const n = Math.min(list.length, MAX_POSTINGS_READ)
    postings.set(id, { entry: Int32Array.from(list.slice(0, n), (x) => x[0]), weight: Float32Array.from(list.slice(0, n), (x) => x[1]) })
  }
  return postings
}

type Candidates = Map<number, { entry: number; score: number }[]>

/**
 * Scores the candidates of one query through the inverted index: per other document (ascending),
 * the best `keep` passages by the full score (passage and best-clause cosine plus bonuses).
 * `accum` is a zeroed scratch array of entries.length, left zeroed on return.
 */
function scoreCandidates(entries: Entry[], postings: Postings, accum: Float64Array, q: Entry, keep: number): Candidates {
  const touched: number[] = []
  for (let k = 0; k < q.vector.ids.length; k++) {
    const list = postings.get(q.vector.ids[k])
    if (!list) continue
    const wq = q.vector.weights[k]
    for (let j = 0; j < list.entry.length; j++) {
      const e = list.entry[j]
      if (accum[e] === 0) touched.push(e)
      accum[e] += wq * list.weight[j]
    }
  }
  const perDoc: Candidates = new Map()
  for (const e of touched) {
    const score = accum[e]
    accum[e] = 0
    const target = entries[e]
    if (target.doc === q.doc || score <= 0) continue
    let list = perDoc.get(target.doc)
    if (!list) perDoc.set(target.doc, (list = []))
    list.push({ entry: e, score })
  }
  const out: Candidates = new Map()
  for (const [doc, list] of [...perDoc].sort((x, y) => x[0] - y[0])) {
    list.sort((x, y) => y.score - x.score || x.entry - y.entry)
    const rescored = list.slice(0, keep).map(({ entry, score }) => {
      const t = entries[entry]
      const bonus = THEME_BONUS * jaccard(q.themes, t.themes) + HEADING_BONUS * dot(q.context, t.context)
      return { entry, score: PASSAGE_SHARE * score + (1 - PASSAGE_SHARE) * bestClause(q, t) + bonus }
    })
    out.set(doc, rescored.sort((x, y) => y.score - x.score || x.entry - y.entry))
  }
  return out
}

/**
 * Aligns the passages of `docs`: for each passage and each other document, up to `top` matches with
 * a positive score, ranked 1..top by descending score (ties by document order). Passages in the same
 * document are never matched. Returns [] when fewer than two documents have passages in scope.
 */
export function alignDocuments(docs: AlignDocument[], options: AlignOptions = {}): PassageMatch[] {
  const top = options.top ?? DEFAULT_TOP
  if (!Number.isInteger(top) || top < 1) throw new RangeError(`top must be a positive integer, got ${top}`)
  const entries = buildEntries(docs, options)
  const postings = buildIndex(entries)
  const accum = new Float64Array(entries.length)
  const matches: PassageMatch[] = []
  entries.forEach((q, qi) => {
    const from = { doc: q.doc, passage: docs[q.doc].passages[q.index].id }
    for (const [doc, list] of scoreCandidates(entries, postings, accum, q, top + EXTRA_CANDIDATES)) {
      list.slice(0, top).forEach(({ entry, score }, r) => {
        const to = { doc, passage: docs[doc].passages[entries[entry].index].id }
        matches.push({ from, to, rank: r + 1, score: Math.round(score * 1e4) / 1e4 })
      })
    }
    if (options.onProgress && ((qi + 1) % PROGRESS_EVERY === 0 || qi + 1 === entries.length)) options.onProgress(qi + 1, entries.length)
  })
  return matches
}
