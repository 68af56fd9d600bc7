/**
 * Term matching in two steps, so a document is walked once however many stretches of it are asked
 * about: `indexTerms` walks the trie from every character of the text and records which terms start
 * there and where they end; `matchIndexed` answers "the matches in [start, end)" from that record,
 * with exactly the result of matching the stretch on its own (a term counts only if it ends inside
 * the stretch; within a theme, the longest term at a position wins and a match inside a longer one
 * is dropped; excluded phrases of weight 0 take part in both rules but are never returned).
 * Segmenting and classifying a report asks about every sentence, passage and heading: walking each
 * of them again was most of the time of classifying a corpus. It deliberately does not score.
 */
import { FOLDED as FOLDED_TABLE, SKIP, type TermTrie } from './term-trie'

/** Local bindings of what the loops read on every character (a module namespace lookup each time costs under some loaders). */
const FOLDED = FOLDED_TABLE
const SKIPPED_CHAR = SKIP

/** The child of `node` along folded char `code`, or -1 (children below the root are few: a linear scan). */
function childOf(trie: TermTrie, node: number, code: number): number {
  const first = trie.childStart[node]
  for (let e = first, last = first + trie.childCount[node]; e < last; e++) if (trie.childCodes[e] === code) return trie.childNodes[e]
  return -1
}

/** One occurrence of a term; offsets are UTF-16 units into the searched text. */
export interface TermMatch {
  term: string
  weight: number
  start: number
  end: number
}

/** The terms found in one text, ready for range queries. Queries reuse its buffers: one at a time. */
export interface TermIndex {
  trie: TermTrie
  themes: number
  /** Offsets (into the text) where at least one term starts, ascending. */
  at: Int32Array
  /** For candidate k, its hits are hitTerm/hitEnd[hitStart[k] .. hitStart[k + 1]), longest first. */
  hitStart: Int32Array
  /** Index into trie.terms. */
  hitTerm: Int32Array
  /** Offset just past the term's last character. */
  hitEnd: Int32Array
  coveredUntil: Int32Array
  takenAt: Int32Array
  /** Which scan the per-theme entries above belong to (see scanIndexed). */
  stampOf: Int32Array
  scans: number
}

/** Raw char code → the trie's root child for its folded form (-1 for none or a skipped character), per trie. */
const rootByRaw = new WeakMap<TermTrie, Int32Array>()

function rootTable(trie: TermTrie): Int32Array {
  let table = rootByRaw.get(trie)
  if (!table) {
    table = new Int32Array(0x10000)
    for (let c = 0; c < 0x10000; c++) table[c] = FOLDED[c] === SKIPPED_CHAR ? -1 : trie.rootChild[FOLDED[c]]
    rootByRaw.set(trie, table)
  }
  return table
}

/**
 * Indexes the terms of `trie` (for `themes` themes) in `text[start, end)`: walks the trie from
 * every character, reading the text through FOLDED and stepping over skipped characters, so a term
 * matches across quotation marks and spaces. Offsets are those of `text`.
 */
export function indexTerms(trie: TermTrie, themes: number, text: string, start = 0, end = text.length): TermIndex {
  const from = Math.max(0, start)
  const to = Math.min(end, text.length)
  // Typed arrays grown by doubling: the index lives outside the collected heap (arrays of numbers
  // pushed one by one were a good part of the garbage of classifying a corpus).
  let at = new Int32Array(INITIAL_CAPACITY)
  let hitStart = new Int32Array(INITIAL_CAPACITY + 1)
  let hitTerm = new Int32Array(INITIAL_CAPACITY)
  let hitEnd = new Int32Array(INITIAL_CAPACITY)
  let candidates = 0
  let hits = 0
  const roots = rootTable(trie)
  // Nodes with terms along the walk from one position and the offsets just past them, shortest first.
  const endNodes = new Int32Array(trie.depth + 1)
  const endAt = new Int32Array(trie.depth + 1)
  for (let i = from; i < to; i++) {
    const found = walkFrom(trie, roots, text, i, to, endNodes, endAt)
    if (found === 0) continue
    if (candidates + 1 >= at.length) {
      at = grown(at, candidates + 1)
      hitStart = grown(hitStart, candidates + 2)
    }
    at[candidates++] = i
    for (let k = found - 1; k >= 0; k--) {
      const first = trie.termStart[endNodes[k]]
      const last = first + trie.termCount[endNodes[k]]
      if (hits + (last - first) > hitTerm.length) {
        hitTerm = grown(hitTerm, hits + (last - first))
        hitEnd = grown(hitEnd, hits + (last - first))
      }
      for (let t = first; t < last; t++) {
        hitTerm[hits] = t
        hitEnd[hits++] = endAt[k]
      }
    }
    hitStart[candidates] = hits
  }
  return {
    trie,
    themes,
    at: at.subarray(0, candidates),
    hitStart: hitStart.subarray(0, candidates + 1),
    hitTerm: hitTerm.subarray(0, hits),
    hitEnd: hitEnd.subarray(0, hits),
    coveredUntil: new Int32Array(themes),
    takenAt: new Int32Array(themes),
    stampOf: new Int32Array(themes),
    scans: 0,
  }
}

/**
 * Walks the trie from `text[i]` (skipping what folding drops, not past `to`): writes the nodes with
 * terms met and the offsets just past them to `endNodes` / `endAt`, shortest first; returns how many.
 */
function walkFrom(trie: TermTrie, roots: Int32Array, text: string, i: number, to: number, endNodes: Int32Array, endAt: Int32Array): number {
  let node = roots[text.charCodeAt(i)]
  let found = 0
  if (node < 0) return 0
  for (let j = i + 1; ; j++) {
    if (trie.termCount[node] > 0) {
      endNodes[found] = node
      endAt[found++] = j
    }
    let code = SKIPPED_CHAR
    while (j < to && (code = FOLDED[text.charCodeAt(j)]) === SKIPPED_CHAR) j++
    if (j >= to) return found
    node = childOf(trie, node, code)
    if (node < 0) return found
  }
}

/** First capacity of the index's arrays (a report of 15,000 characters has about 2,000 candidates). */
const INITIAL_CAPACITY = 1024

/** A copy of `list` with room for at least `need` entries. */
function grown(list: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(need, list.length * 2))
  out.set(list)
  return out
}

/** First index of `list[0, length)` holding a value ≥ `value` (`length` when none). */
function lowerBound(list: ArrayLike<number>, length: number, value: number): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid] < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Receives one match of a range: theme index, weight, the term, the match as offsets into the text,
 * and the term's index in the trie (the same number for every occurrence of one term of one theme).
 */
export type MatchVisitor = (theme: number, weight: number, term: string, start: number, end: number, termIndex: number) => void

/**
 * Visits the matches in `text[start, end)` from an index of that text (of a stretch containing the
 * range), by position, exactly as matching the range on its own would find them. Excluded phrases
 * (weight 0) are not visited. Nothing for an empty or reversed range.
 */
export function scanIndexed(index: TermIndex, start: number, end: number, visit: MatchVisitor): void {
  const { trie, at, hitStart, hitTerm, hitEnd, coveredUntil, takenAt, stampOf } = index
  if (end <= start) return
  // Per-theme state is valid only under this scan's stamp, so nothing is cleared per query (the
  // concept matcher has a hundred "themes" and is asked about every sentence).
  const stamp = ++index.scans
  for (let k = lowerBound(at, at.length, start); k < at.length && at[k] < end; k++) {
    const i = at[k]
    for (let h = hitStart[k], last = hitStart[k + 1]; h < last; h++) {
      // A term running past the range is not in it; a shorter one of its theme may be.
      const termEnd = hitEnd[h]
      if (termEnd > end) continue
      const c = trie.terms[hitTerm[h]]
      const theme = c.theme
      if (stampOf[theme] !== stamp) {
        stampOf[theme] = stamp
        coveredUntil[theme] = -1
        takenAt[theme] = -1
      }
      if (takenAt[theme] === i) continue
      takenAt[theme] = i
      if (termEnd <= coveredUntil[theme]) continue
      coveredUntil[theme] = termEnd
      if (c.weight > 0) visit(theme, c.weight, c.term, i, termEnd, hitTerm[h])
    }
  }
}

/** Scratch of scanTerms, grown to the largest trie depth and theme count seen (one scan at a time). */
let walkNodes = new Int32Array(64)
let walkEnds = new Int32Array(64)
let themeCovered = new Int32Array(128)
let themeTaken = new Int32Array(128)

/**
 * Visits the matches in `text[start, end)` exactly as `scanIndexed(indexTerms(trie, themes, text,
 * start, end), start, end, visit)` would, without building the index: for one stretch asked about
 * once (an alignment passage), the index's arrays were most of the cost of finding its concepts.
 */
export function scanTerms(trie: TermTrie, themes: number, text: string, start: number, end: number, visit: MatchVisitor): void {
  const from = Math.max(0, start)
  const to = Math.min(end, text.length)
  if (to <= from) return
  if (walkNodes.length <= trie.depth) {
    walkNodes = new Int32Array(trie.depth + 1)
    walkEnds = new Int32Array(trie.depth + 1)
  }
  if (themeCovered.length < themes) {
    themeCovered = new Int32Array(themes)
    themeTaken = new Int32Array(themes)
  }
  const endNodes = walkNodes
  const endAt = walkEnds
  const coveredUntil = themeCovered
  const takenAt = themeTaken
  coveredUntil.fill(-1, 0, themes)
  takenAt.fill(-1, 0, themes)
  const roots = rootTable(trie)
  for (let i = from; i < to; i++) {
    const found = walkFrom(trie, roots, text, i, to, endNodes, endAt)
    // Longest first, as the index records them; the rules below are scanIndexed's.
    for (let k = found - 1; k >= 0; k--) {
      const termEnd = endAt[k]
      for (let t = trie.termStart[endNodes[k]], last = t + trie.termCount[endNodes[k]]; t < last; t++) {
        const c = trie.terms[t]
        const theme = c.theme
        if (takenAt[theme] === i) continue
        takenAt[theme] = i
        if (termEnd <= coveredUntil[theme]) continue
        coveredUntil[theme] = termEnd
        if (c.weight > 0) visit(theme, c.weight, c.term, i, termEnd, t)
      }
    }
  }
}

/**
 * The matches in `text[start, end)` per theme index, from an index of that text (of a stretch
 * containing the range). Offsets are into the text. Empty lists for an empty or reversed range.
 */
export function matchIndexed(index: TermIndex, start: number, end: number): TermMatch[][] {
  const result: TermMatch[][] = []
  for (let t = 0; t < index.themes; t++) result.push([])
  scanIndexed(index, start, end, (theme, weight, term, from, to) => result[theme].push({ term, weight, start: from, end: to }))
  return result
}
