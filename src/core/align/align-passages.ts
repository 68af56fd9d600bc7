/**
 * Cross-document passage alignment: for every passage, the most similar passages in each other
 * document, ranked. The score mixes the whole-passage cosine with the best clause-pair cosine (both
 * over word, policy-concept and bigram TF-IDF, see passage-vectors.ts), plus modest bonuses for
 * shared themes and similar section headings, a penalty for straying from the order the two documents
 * keep (order-prior.ts), corroboration through third documents (corroborate.ts) and a bonus for
 * mutual best matches (reciprocity.ts). Candidates come from an
 * inverted index (candidate-index.ts), exact for small corpora and pruned for large ones. It
 * deliberately does not group matches into rows (see alignment-rows.ts).
 */
import { buildCandidateIndex, searchCandidates, type CandidateIndex } from './candidate-index'
import { corroborate } from './corroborate'
import { sortSlot, tableBuilder, type CandidateTable, type TableBuilder } from './candidate-table'
import { reciprocate } from './reciprocity'
import { matchProbability } from './calibrate'
import { closestDocuments, createScratch, offer, type Scratch } from './top-candidates'
import { diversify } from './diversify'
import { applyOrderPrior } from './order-prior'
import { hasHan } from '../text/fold'
import { background } from './background'
import {
  clauseVectors,
  collectTermStats,
  contextVector,
  denseDot,
  dot,
  normalise,
  passageTermsOf,
  passageVectors,
  type AlignDocument,
  type PassageTerms,
  type SparseVector,
  type TermStats,
} from './passage-vectors'

/** Bonus (score units) when two passages carry the same themes, scaled by the themes' Jaccard overlap. */
export const THEME_BONUS = 0.06
/** Bonus for the cosine between the two passages' heading contexts. */
export const HEADING_BONUS = 0.08
/** Default number of matches per passage and other document (the evaluation contract's 3). */
export const DEFAULT_TOP = 3
/** Candidates per target document re-scored with clauses and bonuses, beyond the `top` requested. */
const EXTRA_CANDIDATES = 8
/**
 * The same for large (pruned) corpora, where re-scoring dominates the cost: there the shortlist is
 * exactly the `top` best by passage cosine, re-scored but not widened.
 */
const PRUNED_EXTRA_CANDIDATES = 0
/**
 * Share of the score from the whole-passage cosine; the rest is the best clause-pair cosine, so a
 * passage listing five policies still finds the passage that treats one of them.
 */
export const PASSAGE_SHARE = 0.5
/**
 * Weight of the dense (background-trained, see background.ts) passage cosine added to the sparse
 * score: it lets passages on one topic in different words (河长制 / 水环境) meet.
 */
export const DENSE_WEIGHT = 0.15
/** The dense part of a score: the positive part of the dense cosine (opposed topics add nothing). */
function densePart(a: Float32Array, b: Float32Array): number {
  const c = denseDot(a, b)
  return c > 0 ? DENSE_WEIGHT * c : 0
}
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
  /**
   * Only the documents holding a passage's best candidates, at most this many, get matches (default:
   * every document). Bounds the output for large corpora, e.g. when building rows.
   */
  maxTargets?: number
}

interface Entry {
  doc: number
  index: number
  /** The passage's themes as a bit mask (see themeMasks). */
  themes: number
  vector: SparseVector
  context: SparseVector
  /** Unit dense topic vector, centred on the mean of the passages in scope. */
  dense: Float32Array
  /** The term counts, until the clause vectors are built from them (then released: they are large). */
  terms?: PassageTerms
  /** Clause vectors, built on first use: most passages are never re-scored in large corpora. */
  clauses?: SparseVector[]
  /** Where the passage starts, as a share (0–1) of its document's text (see order-prior.ts). */
  position: number
}

/** Bits set in a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** Jaccard overlap of two theme sets given as bit masks (see themeMasks). */
function jaccard(a: number, b: number): number {
  if (a === 0 || b === 0) return 0
  const shared = popcount(a & b)
  return shared / (popcount(a) + popcount(b) - shared)
}

/** Bits per theme mask: codebooks with more themes fall back to exact sets for the rest. */
const MASK_BITS = 31

/**
 * Theme sets as bit masks, one bit per theme id in order of first appearance, so the theme bonus of
 * a candidate costs a few integer operations. Themes beyond MASK_BITS (huge user codebooks) share
 * the last bit: their overlap is then approximate, which only affects the small theme bonus.
 */
function themeMasks(themeLists: string[][]): Int32Array {
  const bit = new Map<string, number>()
  return Int32Array.from(themeLists, (themes) => {
    let mask = 0
    for (const t of themes) {
      let b = bit.get(t)
      if (b === undefined) bit.set(t, (b = Math.min(bit.size, MASK_BITS - 1)))
      mask |= 1 << b
    }
    return mask
  })
}

function clausesOf(stats: TermStats, e: Entry): SparseVector[] {
  if (!e.clauses) {
    e.clauses = e.terms ? clauseVectors(stats, e.terms) : []
    e.terms = undefined
  }
  return e.clauses
}

/**
 * A query's clauses laid out for bestClause against its many candidates: `rowOf[id]` is the row of
 * feature `id` in `weights` (−1 when no query clause has it), a row holding the feature's weight in
 * each query clause (0 where the clause lacks it). One pass over a candidate clause then gives its dot
 * product with every query clause, adding the same products in the same order as `dot` (the extra
 * zeros change nothing), so the scores are the same to the bit at about half the work.
 */
interface QueryClauses {
  count: number
  ids: number[]
  weights: Float64Array
  sums: Float64Array
}

/** Feature id → row of the query laid out now; all −1 between queries. Grown with the vocabulary. */
let rowOf = new Int32Array(0)

function layOutClauses(features: number, xs: readonly SparseVector[]): QueryClauses {
  if (rowOf.length < features) rowOf = new Int32Array(features).fill(-1)
  const count = xs.length
  const ids: number[] = []
  const weights: number[] = []
  xs.forEach((x, c) => {
    for (let k = 0; k < x.ids.length; k++) {
      let row = rowOf[x.ids[k]]
      if (row < 0) {
        row = rowOf[x.ids[k]] = ids.length
        ids.push(x.ids[k])
        for (let i = 0; i < count; i++) weights.push(0)
      }
      weights[row * count + c] = x.weights[k]
    }
  })
  return { count, ids, weights: Float64Array.from(weights), sums: new Float64Array(count) }
}

function clearClauses(q: QueryClauses): void {
  for (const id of q.ids) rowOf[id] = -1
}

/** The best dot product between a clause of the laid-out query and one of `ys`. */
function bestClause(q: QueryClauses, ys: readonly SparseVector[]): number {
  const { count, weights, sums } = q
  let best = 0
  for (const y of ys) {
    const { ids, weights: yWeights } = y
    // Sums are of positive products, so a plain comparison keeps the maximum as Math.max would.
    if (count === 1) {
      // A one-clause query (most short passages): one running sum, no row of sums.
      let sum = 0
      for (let k = 0; k < ids.length; k++) {
        const row = rowOf[ids[k]]
        if (row >= 0) sum += weights[row] * yWeights[k]
      }
      if (sum > best) best = sum
      continue
    }
    sums.fill(0)
    for (let k = 0; k < ids.length; k++) {
      const row = rowOf[ids[k]]
      if (row < 0) continue
      const w = yWeights[k]
      for (let c = 0, at = row * count; c < count; c++, at++) sums[c] += weights[at] * w
    }
    for (let c = 0; c < count; c++) if (sums[c] > best) best = sums[c]
  }
  return best
}

/**
 * Indices of the documents without Chinese text (an English file, a scan without its text layer):
 * alignment leaves them out, so they get no matches, and callers say so in their result.
 */
export function documentsWithoutChinese(docs: readonly { text: string }[]): number[] {
  return docs.flatMap((d, i) => (hasHan(d.text) ? [] : [i]))
}

function buildEntries(docs: AlignDocument[], options: AlignOptions): { entries: Entry[]; stats: TermStats } {
  const chosen: { doc: number; index: number; terms: PassageTerms }[] = []
  const skipped = new Set(documentsWithoutChinese(docs))
  docs.forEach((d, doc) => {
    if (skipped.has(doc)) return
    const extract = passageTermsOf(d.text)
    d.passages.forEach((p, index) => {
      if (options.themeId !== undefined && !p.themes.includes(options.themeId)) return
      chosen.push({ doc, index, terms: options.terms?.[doc]?.[index] ?? extract(p) })
    })
  })
  const stats = collectTermStats(chosen.map((c) => c.terms))
  const masks = themeMasks(chosen.map((c) => docs[c.doc].passages[c.index].themes))
  // The passage vector and the dense one in one pass over each passage's words.
  const dims = background().dims
  // One array for all dense vectors: the re-scoring of pruned corpora reads them in pairs at random.
  const denseAll = new Float32Array(chosen.length * dims)
  const dense = chosen.map((_, i) => denseAll.subarray(i * dims, (i + 1) * dims))
  const vectors = passageVectors(
    stats,
    chosen.map((c) => c.terms),
    dense,
  )
  for (const v of dense) normalise(v)
  const mean = new Float32Array(chosen.length > 0 ? dims : 0)
  for (const v of dense) for (let d = 0; d < v.length; d++) mean[d] += v[d] / dense.length
  const entries = chosen.map((c, i) => ({
    doc: c.doc,
    index: c.index,
    themes: masks[i],
    vector: vectors[i],
    context: contextVector(stats, c.terms),
    dense: normalise(dense[i], mean),
    terms: c.terms,
    position: docs[c.doc].passages[c.index].start / Math.max(1, docs[c.doc].text.length),
  }))
  return { entries, stats }
}

/**
 * The dense vectors of every entry laid out by dimension (`columns[d * n + e]`), and a row for the
 * dense cosines of one query with every entry: the exhaustive search needs nearly all of them. The
 * cosine of entries a < b is computed once, at query a, and kept in `upper` (the packed upper
 * triangle of the cosine matrix) for query b: the products are the same in the same order either
 * way (x·y = y·x exactly), so the values are the same to the bit at half the work.
 */
interface DenseMatrix {
  n: number
  dims: number
  columns: Float32Array
  row: Float64Array
  upper: Float64Array
}

function denseMatrix(entries: Entry[]): DenseMatrix {
  const n = entries.length
  const dims = entries[0]?.dense.length ?? 0
  const columns = new Float32Array(dims * n)
  entries.forEach((e, j) => {
    for (let d = 0; d < dims; d++) columns[d * n + j] = e.dense[d]
  })
  return { n, dims, columns, row: new Float64Array(n), upper: new Float64Array((n * (n - 1)) / 2) }
}

/** Where row `a` of the packed upper triangle starts: its entries are the pairs (a, b) for b > a. */
const upperStart = (n: number, a: number): number => a * n - (a * (a + 1)) / 2

/**
 * `m.row[e]` = the dense cosine of entry `qi` and entry e, for every entry: those before `qi` from
 * `m.upper`, the rest computed and kept there. Each element adds the same products in the same order
 * as `denseDot` (dimension by dimension from 0), so the values are the same to the bit; going along
 * the row, eight dimensions at a time, keeps many independent sums in flight instead of one chain
 * per pair, about twice as fast. Queries must come in entry order (each reads what earlier ones kept).
 */
function denseRow(m: DenseMatrix, q: Float32Array, qi: number): void {
  const { n, dims, columns, row, upper } = m
  for (let j = 0; j < qi; j++) row[j] = upper[upperStart(n, j) + qi - j - 1]
  row.fill(0, qi)
  const from = qi + 1
  let d = 0
  for (; d + 8 <= dims; d += 8) {
    const [x0, x1, x2, x3, x4, x5, x6, x7] = [q[d], q[d + 1], q[d + 2], q[d + 3], q[d + 4], q[d + 5], q[d + 6], q[d + 7]]
    const c0 = d * n
    for (let j = from; j < n; j++) {
      let s = row[j]
      s += x0 * columns[c0 + j]
      s += x1 * columns[c0 + n + j]
      s += x2 * columns[c0 + 2 * n + j]
      s += x3 * columns[c0 + 3 * n + j]
      s += x4 * columns[c0 + 4 * n + j]
      s += x5 * columns[c0 + 5 * n + j]
      s += x6 * columns[c0 + 6 * n + j]
      s += x7 * columns[c0 + 7 * n + j]
      row[j] = s
    }
  }
  for (; d < dims; d++) {
    const x = q[d]
    for (let j = from, c = d * n + from; j < n; j++, c++) row[j] += x * columns[c]
  }
  if (from < n) upper.set(row.subarray(from, n), upperStart(n, qi))
}

/**
 * Adds the candidates of one query to `out`: per other document (ascending) the best `keep` passages
 * by the full score (passage and best-clause cosine plus bonuses), best first, in at most
 * `maxTargets` documents.
 */
function scoreCandidates(
  stats: TermStats,
  entries: Entry[],
  docOf: Int32Array,
  index: CandidateIndex,
  scratch: Scratch,
  q: Entry,
  qi: number,
  maxTargets: number,
  out: TableBuilder,
  rescored: CandidateTable,
  dense: DenseMatrix | undefined,
): void {
  const found = searchCandidates(index, q.vector)
  const { hits, hitScores } = index
  const { counts, docs } = scratch
  if (dense) denseRow(dense, q.dense, qi)
  // With a bound on target documents, a first pass finds each document's best score (all that
  // closestDocuments reads) and only the chosen documents' shortlists are filled, in a second pass
  // over the same hits in the same order: the same shortlists without offering to every document.
  const firstBest = scratch.keep > 1 && maxTargets < counts.length - 1
  let met = 0
  for (let i = 0; i < found; i++) {
    const e = hits[i]
    const doc = docOf[e]
    if (doc === q.doc) continue
    if (counts[doc] === 0) docs[met++] = doc
    if (dense) {
      const c = dense.row[e]
      hitScores[i] += c > 0 ? DENSE_WEIGHT * c : 0
    }
    if (scratch.keep > 1 && !firstBest) offer(scratch, doc, e, hitScores[i])
    else if (counts[doc] === 0 || hitScores[i] > scratch.scores[doc * scratch.keep]) {
      // One candidate per document (rows): a plain running maximum, the hot path of large corpora.
      counts[doc] = 1
      scratch.scores[doc * scratch.keep] = hitScores[i]
      scratch.entries[doc * scratch.keep] = e
    }
  }
  scratch.docCount = met
  // The documents to fill, ascending: all those met, or the closest maxTargets.
  const chosen = met > maxTargets ? scratch.chosen.subarray(0, closestDocuments(scratch, maxTargets)) : docs.subarray(0, met)
  if (firstBest) {
    for (let k = 0; k < met; k++) counts[docs[k]] = -1
    for (const doc of chosen) counts[doc] = 0
    for (let i = 0; i < found; i++) {
      const doc = docOf[hits[i]]
      if (doc !== q.doc && counts[doc] >= 0) offer(scratch, doc, hits[i], hitScores[i])
    }
    for (let k = 0; k < met; k++) if (counts[docs[k]] < 0) counts[docs[k]] = 0
  }
  // A numeric typed-array sort (no comparator); `docs` is read after this only to clear counts.
  chosen.sort()
  const clauses = scratch.keep > 1 && chosen.length > 0 ? layOutClauses(stats.idf.length, clausesOf(stats, q)) : undefined
  out.query()
  for (const doc of chosen) {
    out.slot(doc)
    // One slot of `rescored` (a table of one query) is the sort buffer for this document's shortlist.
    rescored.slotLength[0] = scratch.counts[doc]
    for (let r = 0; r < scratch.counts[doc]; r++) {
      const entry = scratch.entries[doc * scratch.keep + r]
      const t = entries[entry]
      // Exhaustive searches added the dense cosine while searching; pruned ones add it here.
      const base = scratch.scores[doc * scratch.keep + r] + (index.exhaustive ? 0 : densePart(q.dense, t.dense))
      const bonus = THEME_BONUS * jaccard(q.themes, t.themes) + HEADING_BONUS * dot(q.context, t.context)
      // With one candidate per document there is no order to refine, so the passage cosine stands in
      // for the (costly) best-clause cosine.
      const clause = clauses ? bestClause(clauses, clausesOf(stats, t)) : base
      rescored.entry[r] = entry
      rescored.score[r] = PASSAGE_SHARE * base + (1 - PASSAGE_SHARE) * clause + bonus
    }
    sortSlot(rescored, 0)
    for (let r = 0; r < scratch.counts[doc]; r++) out.add(rescored.entry[r], rescored.score[r])
  }
  if (clauses) clearClauses(clauses)
  for (let k = 0; k < met; k++) counts[docs[k]] = 0
}

/** Candidates of every passage in scope: `refs[i]` locates entry i, `table` holds its ranked matches. */
export interface CandidateSet {
  refs: { doc: number; index: number }[]
  table: CandidateTable
}

/** A table of one query with one slot of `size` candidates: a sort buffer. */
function sortBuffer(size: number): CandidateTable {
  const b = tableBuilder(1)
  b.query()
  b.slot(0)
  for (let i = 0; i < size; i++) b.add(0, 0)
  return b.finish()
}

/**
 * The ranked candidates behind `alignDocuments`, by entry index (no ids or match objects), for
 * callers that post-process many matches (rows). Each slot holds the chosen candidates (at most
 * `top`) with their calibrated probability as score and the parts it came from (direct, support,
 * mutual). Throws RangeError for a bad `top`.
 */
export function findCandidates(docs: AlignDocument[], options: AlignOptions = {}): CandidateSet {
  const top = options.top ?? DEFAULT_TOP
  if (!Number.isInteger(top) || top < 1) throw new RangeError(`top must be a positive integer, got ${top}`)
  const { entries, stats } = buildEntries(docs, options)
  const index = buildCandidateIndex(entries.map((e) => e.vector))
  const maxTargets = options.maxTargets ?? Infinity
  // Exact corpora re-score a generous shortlist; pruned ones only their `top` candidates.
  const scratch = createScratch(docs.length, top + (index.exhaustive ? EXTRA_CANDIDATES : PRUNED_EXTRA_CANDIDATES))
  const docOf = Int32Array.from(entries, (e) => e.doc)
  const builder = tableBuilder(entries.length)
  const buffer = sortBuffer(scratch.keep)
  // Exhaustive searches add the dense cosine to every hit; pruned ones only to their shortlist.
  const dense = index.exhaustive ? denseMatrix(entries) : undefined
  entries.forEach((q, qi) => {
    scoreCandidates(stats, entries, docOf, index, scratch, q, qi, maxTargets, builder, buffer, dense)
    if (options.onProgress && ((qi + 1) % PROGRESS_EVERY === 0 || qi + 1 === entries.length)) options.onProgress(qi + 1, entries.length)
  })
  const table = builder.finish()
  // Corroboration and reciprocity re-order candidates within a document; with one candidate per
  // document there is nothing to re-order, so large corpora built for rows skip their cost.
  if (scratch.keep > 1) {
    applyOrderPrior(
      table,
      docOf,
      Float64Array.from(entries, (e) => e.position),
    )
    corroborate(table, docOf)
    reciprocate(table, docOf)
  }
  chooseAll(
    table,
    top,
    passageSimilarity(
      entries.map((e) => e.vector),
      stats.idf.length,
    ),
  )
  return { refs: entries.map((e) => ({ doc: e.doc, index: e.index })), table }
}

/**
 * `similarity(x, y)`: the passage cosine of entries x and y, `dot(vectors[x], vectors[y])` to the bit,
 * for callers that compare many x with one y in turn (diversify does). The weights of the last y are
 * kept spread out by feature id, so a comparison is one pass over x's features in ascending order,
 * adding each product as `dot` does (features y lacks add an exact 0) without merging two lists.
 * Pairs come back often (neighbouring passages share candidates), so each pair's value is kept
 * (x·y = y·x exactly, so one value serves both orders).
 */
export function passageSimilarity(vectors: readonly SparseVector[], features: number): (x: number, y: number) => number {
  const spread = new Float32Array(features)
  const known = new Map<number, number>()
  const n = vectors.length
  let last = -1
  return (x, y) => {
    const key = x < y ? x * n + y : y * n + x
    const seen = known.get(key)
    if (seen !== undefined) return seen
    if (y !== last) {
      if (last >= 0) for (const id of vectors[last].ids) spread[id] = 0
      const v = vectors[y]
      for (let k = 0; k < v.ids.length; k++) spread[v.ids[k]] = v.weights[k]
      last = y
    }
    const { ids, weights } = vectors[x]
    let sum = 0
    for (let k = 0; k < ids.length; k++) sum += weights[k] * spread[ids[k]]
    known.set(key, sum)
    return sum
  }
}

/** One slot's candidates, copied out while the chosen ones are written back in rank order. */
interface ChoiceBuffers {
  entry: Int32Array
  score: Float64Array
  direct: Float64Array
  support: Float64Array
  mutual: Uint8Array
  order: Int32Array
}

function choiceBuffers(size: number): ChoiceBuffers {
  return {
    entry: new Int32Array(size),
    score: new Float64Array(size),
    direct: new Float64Array(size),
    support: new Float64Array(size),
    mutual: new Uint8Array(size),
    order: new Int32Array(size),
  }
}

/**
 * Keeps the first `top` candidates of every slot (chosen for diversity when several are kept), each
 * with its calibrated probability as score (see calibrate.ts), capped by the one ranked above so
 * scores never rise with rank (diversity may promote a less likely candidate above a redundant one).
 * `direct` then holds the direct score the probability came from. `similarity(x, y)` compares two
 * entries.
 */
/**
 * Every slot, those with the same first candidate together (slots are independent, so any order
 * gives the same choices): diversify compares the other candidates with the first, so consecutive
 * slots keep comparing with the same passage.
 */
function slotsByFirstEntry(t: CandidateTable): Int32Array {
  const slots = t.slotStart.length
  let entries = 0
  for (let s = 0; s < slots; s++) if (t.slotLength[s] > 0) entries = Math.max(entries, t.entry[t.slotStart[s]] + 1)
  // Counting sort by first entry; empty slots first.
  const start = new Int32Array(entries + 2)
  const key = (s: number): number => (t.slotLength[s] > 0 ? t.entry[t.slotStart[s]] + 1 : 0)
  for (let s = 0; s < slots; s++) start[key(s) + 1]++
  for (let k = 1; k < start.length; k++) start[k] += start[k - 1]
  const order = new Int32Array(slots)
  for (let s = 0; s < slots; s++) order[start[key(s)]++] = s
  return order
}

function chooseAll(t: CandidateTable, top: number, similarity: (x: number, y: number) => number): void {
  let size = 0
  for (let s = 0; s < t.slotLength.length; s++) size = Math.max(size, t.slotLength[s])
  const b = choiceBuffers(size)
  // Diversify compares candidates by their place in the slot.
  const compare = (i: number, j: number): number => similarity(b.entry[i], b.entry[j])
  for (const s of slotsByFirstEntry(t)) {
    const from = t.slotStart[s]
    const n = t.slotLength[s]
    const direct = t.corroborated ? t.direct : t.score
    for (let i = 0; i < n; i++) {
      b.entry[i] = t.entry[from + i]
      b.score[i] = t.score[from + i]
      b.direct[i] = direct[from + i]
      b.support[i] = t.support[from + i]
      b.mutual[i] = t.mutual[from + i]
    }
    let count = n
    if (n > 1 && top > 1) count = diversify(b.score, n, top, compare, b.order)
    else {
      if (n > 1) count = Math.min(n, top)
      for (let k = 0; k < count; k++) b.order[k] = k
    }
    let cap = 1
    for (let k = 0; k < count; k++) {
      const i = b.order[k]
      const p = Math.min(cap, matchProbability(b.direct[i], b.support[i], b.mutual[i] === 1))
      cap = p
      t.entry[from + k] = b.entry[i]
      t.score[from + k] = p
      t.direct[from + k] = b.direct[i]
      t.support[from + k] = b.support[i]
      t.mutual[from + k] = b.mutual[i]
    }
    t.slotLength[s] = count
  }
}

/**
 * Aligns the passages of `docs`: for each passage and each other document, up to `top` matches with
 * a positive score, ranked 1..top by descending score (ties by document order). Passages in the same
 * document are never matched. Returns [] when fewer than two documents have passages in scope.
 * Throws RangeError for a `top` that is not a positive integer (a programmer error).
 */
export function alignDocuments(docs: AlignDocument[], options: AlignOptions = {}): PassageMatch[] {
  const matches: PassageMatch[] = []
  for (const list of matchesByPassage(docs, options)) for (const m of list) matches.push(m)
  return matches
}

/**
 * The matches of `alignDocuments`, one passage's at a time (in document and passage order), so a
 * caller writing millions of them never holds them all as objects (the candidates stay in flat arrays).
 */
export function* matchesByPassage(docs: AlignDocument[], options: AlignOptions = {}): Generator<PassageMatch[]> {
  const { refs, table } = findCandidates(docs, options)
  // One reference object per passage, shared by every match from or to it (millions of matches, thousands of passages).
  const passages = refs.map((r) => ({ doc: r.doc, passage: docs[r.doc].passages[r.index].id }))
  for (let qi = 0; qi < refs.length; qi++) {
    const from = passages[qi]
    const matches: PassageMatch[] = []
    for (let s = table.firstSlot[qi]; s < table.firstSlot[qi + 1]; s++) {
      for (let r = 0; r < table.slotLength[s]; r++) {
        const c = table.slotStart[s] + r
        matches.push({ from, to: passages[table.entry[c]], rank: r + 1, score: Math.round(table.score[c] * 1e4) / 1e4 })
      }
    }
    yield matches
  }
}
