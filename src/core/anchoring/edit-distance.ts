/**
 * Edit distances used to score anchoring candidates: plain Levenshtein similarity for short strings
 * (quotes against candidates, prefixes against the text before a candidate) and a semi-global
 * alignment that finds where a pattern best fits inside a window of text. Quadratic in the lengths:
 * callers keep windows small (a quote plus slack), never the whole document.
 */

/**
 * Levenshtein distance between `a` and `b` (UTF-16 code units, unit costs), O(|a|·|b|) time.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let prev = new Int32Array(b.length + 1)
  let cur = new Int32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1)
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1)
    }
    const t = prev
    prev = cur
    cur = t
  }
  return prev[b.length]
}

/**
 * Similarity in [0, 1]: 1 − distance / longer length; 1 for two empty strings.
 */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer
}

/** Where a pattern fits best inside a window: [start, end) offsets into the window, and the edit count. */
export interface WindowFit {
  start: number
  end: number
  errors: number
}

/**
 * Finds the substring of `region` with the smallest edit distance to `pattern` (Sellers' algorithm:
 * free start and end in the window), carrying each path's start so no traceback is needed. Among
 * equal-cost fits, the first one at least as long as the pattern wins (a changed last character
 * is read as a substitution, not as a shorter quote). O(|pattern|·|window|).
 * @returns undefined for an empty pattern
 */
export function fitInWindow(pattern: string, region: string): WindowFit | undefined {
  const m = pattern.length
  const n = region.length
  if (m === 0) return undefined
  // Column-wise over the window: col[i] = best cost of pattern[0..i) ending at window position j.
  let cost = new Int32Array(m + 1)
  let from = new Int32Array(m + 1)
  let nextCost = new Int32Array(m + 1)
  let nextFrom = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) {
    cost[i] = i
    from[i] = 0
  }
  let best: WindowFit = { start: 0, end: 0, errors: cost[m] }
  for (let j = 1; j <= n; j++) {
    nextCost[0] = 0
    nextFrom[0] = j
    const cw = region.charCodeAt(j - 1)
    for (let i = 1; i <= m; i++) {
      let c = cost[i - 1] + (pattern.charCodeAt(i - 1) === cw ? 0 : 1)
      let f = from[i - 1]
      if (cost[i] + 1 < c) {
        c = cost[i] + 1
        f = from[i]
      }
      if (nextCost[i - 1] + 1 < c) {
        c = nextCost[i - 1] + 1
        f = nextFrom[i - 1]
      }
      nextCost[i] = c
      nextFrom[i] = f
    }
    if (nextCost[m] <= best.errors && (nextCost[m] < best.errors || best.end - best.start < m))
      best = { start: nextFrom[m], end: j, errors: nextCost[m] }
    let t = cost
    cost = nextCost
    nextCost = t
    t = from
    from = nextFrom
    nextFrom = t
  }
  return best
}
