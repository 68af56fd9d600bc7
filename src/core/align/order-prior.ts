/**
 * The order of topics within a pair of documents. Reports of one kind treat their topics in a
 * similar order (the past year's review, then the year's tasks: economy, reform, farming, ecology,
 * welfare, safety, government itself), so of two candidates close in wording, the one where the
 * pair's order puts it is the likelier counterpart (the task, not the review line on the same
 * policy). The order is learned per pair of documents, never assumed: mutual best matches with a
 * clear score are anchors, their longest order-keeping chain maps positions in one document onto
 * the other (so a longer review in one report stretches the map), and the penalty for straying
 * from the map is weighted by how consistently the anchors keep order, Spearman's rho minus
 * ORDER_CONFIDENCE_Z standard errors: nothing for a pair whose anchors are few or scattered, such as
 * two local documents built differently. It re-orders candidates; it does not find them (see
 * align-passages.ts).
 */
import { bestIn, sortSlot, type CandidateTable } from './candidate-table'

/** Score units taken off a candidate far from where the pair's order puts it (fully consistent pair). */
export const ORDER_WEIGHT = 0.4
/** Distance from the mapped position (share of the document) at which the penalty reaches 39% of its full weight. */
export const ORDER_SPREAD = 0.3
/** Least score of a mutual best match that counts as an anchor of the order. */
export const ANCHOR_MIN_SCORE = 0.3
/** Standard errors taken off the anchors' rank correlation: weak evidence of order gives no penalty. */
export const ORDER_CONFIDENCE_Z = 2

/** Ranks (0-based) of `v` in ascending order. */
function ranks(v: number[]): Float64Array {
  const order = v.map((_, i) => i).sort((x, y) => v[x] - v[y])
  const r = new Float64Array(v.length)
  order.forEach((i, k) => (r[i] = k))
  return r
}

/** Spearman's rank correlation of the anchors' two positions (0 for fewer than three). */
function spearman(anchors: [number, number][]): number {
  const n = anchors.length
  if (n < 3) return 0
  const rx = ranks(anchors.map((a) => a[0]))
  const ry = ranks(anchors.map((a) => a[1]))
  let d2 = 0
  for (let i = 0; i < n; i++) d2 += (rx[i] - ry[i]) ** 2
  return 1 - (6 * d2) / (n * (n * n - 1))
}

/** Indices of a longest strictly increasing subsequence of `xs` (patience sorting). */
function increasingChain(xs: number[]): number[] {
  const tails: number[] = []
  const prev = new Int32Array(xs.length).fill(-1)
  for (let i = 0; i < xs.length; i++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (xs[tails[mid]] < xs[i]) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]
    tails[lo] = i
  }
  const chain: number[] = []
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) chain.push(i)
  return chain.reverse()
}

/** A monotone map of positions from one document to another, and how far to trust it (0–1). */
interface OrderMap {
  xs: number[]
  ys: number[]
  trust: number
}

function orderMap(anchors: [number, number][]): OrderMap {
  anchors.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const chain = increasingChain(anchors.map((a) => a[1]))
  const trust = Math.max(0, spearman(anchors) - ORDER_CONFIDENCE_Z / Math.sqrt(Math.max(1, anchors.length - 1)))
  // Both documents begin and end together.
  return { xs: [0, ...chain.map((i) => anchors[i][0]), 1], ys: [0, ...chain.map((i) => anchors[i][1]), 1], trust }
}

/** Where `m` puts position x: linear between the anchors around it. */
function mapped(m: OrderMap, x: number): number {
  let i = 1
  while (i < m.xs.length - 1 && m.xs[i] < x) i++
  const [x0, x1, y0, y1] = [m.xs[i - 1], m.xs[i], m.ys[i - 1], m.ys[i]]
  return x1 > x0 ? y0 + ((x - x0) / (x1 - x0)) * (y1 - y0) : (y0 + y1) / 2
}

/**
 * Lowers each candidate's score by the order penalty of its document pair and re-sorts the slots
 * that changed (ties by entry), in place. `docOf[e]` is the document of entry e and `position[e]`
 * where it starts, as a share (0–1) of its document's text. Returns `t`.
 */
export function applyOrderPrior(t: CandidateTable, docOf: Int32Array, position: Float64Array): CandidateTable {
  let documents = 0
  for (const d of docOf) documents = Math.max(documents, d + 1)
  const queries = t.firstSlot.length - 1
  const anchors = new Map<number, [number, number][]>()
  for (let q = 0; q < queries; q++) {
    for (let s = t.firstSlot[q]; s < t.firstSlot[q + 1]; s++) {
      if (t.slotLength[s] === 0) continue
      const top = t.slotStart[s]
      const other = t.entry[top]
      if (t.score[top] < ANCHOR_MIN_SCORE || bestIn(t, other, docOf[q]) !== q) continue
      const key = docOf[q] * documents + t.slotDoc[s]
      const found = anchors.get(key)
      if (found) found.push([position[q], position[other]])
      else anchors.set(key, [[position[q], position[other]]])
    }
  }
  // Every map is built before any score moves: anchors are read from the unpenalised lists.
  const maps = new Map<number, OrderMap>()
  for (const [key, list] of anchors) {
    const m = orderMap(list)
    if (m.trust > 0) maps.set(key, m)
  }
  const spread2 = 2 * ORDER_SPREAD * ORDER_SPREAD
  for (let q = 0; q < queries; q++) {
    for (let s = t.firstSlot[q]; s < t.firstSlot[q + 1]; s++) {
      const m = maps.get(docOf[q] * documents + t.slotDoc[s])
      if (!m) continue
      const y = mapped(m, position[q])
      const weight = ORDER_WEIGHT * m.trust
      for (let c = t.slotStart[s], end = c + t.slotLength[s]; c < end; c++) {
        t.score[c] -= weight * (1 - Math.exp(-((position[t.entry[c]] - y) ** 2) / spread2))
      }
      sortSlot(t, s)
    }
  }
  return t
}
