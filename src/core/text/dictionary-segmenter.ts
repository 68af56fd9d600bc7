/**
 * A fast word segmenter for alignment features: the most probable split of each run of Han
 * characters under a unigram model (every word's frequency in the national reports as
 * `Intl.Segmenter` cuts them, segmenter-vocabulary.ts), found by dynamic programming over a compact
 * trie. Frequencies settle what longest-match gets wrong: 和|政府, not 和政|府 (a county). On
 * government reports it gives the same content terms as `Intl.Segmenter` for about 99% of tokens at
 * several times its speed, because it builds no object per candidate segment. Characters no word
 * covers come out one by one, as `Intl.Segmenter` does for words it does not know, and
 * termsOfTokens turns such runs into bigrams. ASCII letters and digits form one token per run. It
 * deliberately does not weight tokens.
 */
import { foldCharCode as foldCode, isAsciiAlnum as isAsciiAlnumCode, isHan as isHanCode } from './fold'
import type { Token } from './tokenize'

/** Local bindings of the per-character tests (a module namespace lookup each time costs under some loaders). */
const foldCharCode = foldCode
const isAsciiAlnum = isAsciiAlnumCode
const isHan = isHanCode

/** A vocabulary with frequencies compiled into a trie over char codes. */
export interface SegmenterDictionary {
  /** Log-probability of each single character as a word (unseen ones get the floor). */
  charLogP: Float32Array
  /** Root child per char code (−1 for none). */
  root: Int32Array
  /** Per node: its first edge in `edgeCode`/`edgeNode` and how many it has. */
  edgeStart: Int32Array
  edgeCount: Int32Array
  edgeCode: Uint16Array
  edgeNode: Int32Array
  /** Per node: the log-probability of the word ending there, −Infinity when none does. */
  wordLogP: Float32Array
  /**
   * Per node, the word ending there as a string once a text has used it (and per char code, the
   * single character): every occurrence of a word shares one string, so segmenting allocates none
   * and counting a word hashes it once.
   */
  nodeText: (string | undefined)[]
  charText: (string | undefined)[]
}

function isHanWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isHan(word.charCodeAt(i))) return false
  return true
}

/**
 * Compiles `counts` (Han words and single characters with how often they occur; others are
 * ignored) into a trie with log-probabilities. A character never seen gets less than one occurrence.
 */
export function compileDictionary(counts: Iterable<[string, number]>): SegmenterDictionary {
  const entries = [...counts].filter(([w, n]) => w.length > 0 && n > 0 && isHanWord(w))
  const total = entries.reduce((s, [, n]) => s + n, 0) || 1
  const logP = (n: number): number => Math.log(n / total)
  const charLogP = new Float32Array(0x10000).fill(logP(0.5))
  // Edges in creation order, found by parent and code through one map (a map per node cost more
  // than the rest of compiling, and this runs on every cold start).
  const edgeOf = new Map<number, number>()
  const parents: number[] = []
  const codes: number[] = []
  const ends: number[] = [-Infinity]
  for (const [word, n] of entries) {
    if (word.length === 1) {
      charLogP[word.charCodeAt(0)] = logP(n)
      continue
    }
    let node = 0
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i)
      const key = node * 0x10000 + code
      let next = edgeOf.get(key)
      if (next === undefined) {
        // Node ids follow creation, so the edge leading to node k is edge k − 1.
        next = ends.length
        ends.push(-Infinity)
        edgeOf.set(key, next)
        parents.push(node)
        codes.push(code)
      }
      node = next
    }
    ends[node] = logP(n)
  }
  const nodes = ends.length
  const root = new Int32Array(0x10000).fill(-1)
  const edgeStart = new Int32Array(nodes)
  const edgeCount = new Int32Array(nodes)
  for (let k = 0; k < parents.length; k++) {
    if (parents[k] === 0) root[codes[k]] = k + 1
    else edgeCount[parents[k]]++
  }
  let edges = 0
  for (let n = 1; n < nodes; n++) {
    edgeStart[n] = edges
    edges += edgeCount[n]
  }
  const edgeCode = new Uint16Array(edges)
  const edgeNode = new Int32Array(edges)
  // A node's edges in creation order, as the walk reads them.
  const filled = new Int32Array(nodes)
  for (let k = 0; k < parents.length; k++) {
    const parent = parents[k]
    if (parent === 0) continue
    const e = edgeStart[parent] + filled[parent]++
    edgeCode[e] = codes[k]
    edgeNode[e] = k + 1
  }
  return {
    charLogP,
    root,
    edgeStart,
    edgeCount,
    edgeCode,
    edgeNode,
    wordLogP: Float32Array.from(ends),
    nodeText: new Array<string | undefined>(nodes),
    charText: new Array<string | undefined>(0x10000),
  }
}

/**
 * Reads a vocabulary as `segmenter-vocabulary.ts` ships it: one `word count` per line.
 */
export function parseVocabulary(lines: string): [string, number][] {
  const out: [string, number][] = []
  for (const line of lines.split('\n')) {
    const space = line.lastIndexOf(' ')
    if (space > 0) out.push([line.slice(0, space), Number(line.slice(space + 1))])
  }
  return out
}

const isDot = (code: number): boolean => foldCharCode(code) === 0x2e

function child(d: SegmenterDictionary, node: number, code: number): number {
  for (let e = d.edgeStart[node], last = e + d.edgeCount[node]; e < last; e++) if (d.edgeCode[e] === code) return d.edgeNode[e]
  return -1
}

/** Scratch of the dynamic programme, grown to the longest Han run seen. */
let best = new Float64Array(256)
let choice = new Int32Array(256)
let choiceNode = new Int32Array(256)

/** Pushes the most probable words of the Han run text[from, to) onto `tokens`. */
function segmentRun(d: SegmenterDictionary, text: string, from: number, to: number, tokens: Token[]): void {
  const n = to - from
  if (best.length <= n) {
    best = new Float64Array(2 * n + 1)
    choice = new Int32Array(2 * n + 1)
    choiceNode = new Int32Array(2 * n + 1)
  }
  // best[i]: log-probability of the best split of text[from + i, to); choice[i]: its first word's
  // length, choiceNode[i] its trie node (−1 for a single character).
  best[n] = 0
  for (let i = n - 1; i >= 0; i--) {
    const code = text.charCodeAt(from + i)
    let score = d.charLogP[code] + best[i + 1]
    let length = 1
    let chosen = -1
    let node = d.root[code]
    for (let j = i + 1; node >= 0 && j < n; j++) {
      node = child(d, node, text.charCodeAt(from + j))
      if (node < 0) break
      const p = d.wordLogP[node]
      if (p !== -Infinity && p + best[j + 1] > score) {
        score = p + best[j + 1]
        length = j + 1 - i
        chosen = node
      }
    }
    best[i] = score
    choice[i] = length
    choiceNode[i] = chosen
  }
  for (let i = 0; i < n; i += choice[i]) {
    const start = from + i
    const node = choiceNode[i]
    let word: string | undefined
    if (node < 0) word = d.charText[text.charCodeAt(start)] ??= text[start]
    else word = d.nodeText[node] ??= text.slice(start, start + choice[i])
    tokens.push({ text: word, start, end: start + choice[i] })
  }
}

/**
 * The words of `text[start, end)`, as folded text with offsets into `text` (the shape segmentWords
 * returns). Punctuation and spaces are dropped.
 */
export function segmentWithDictionary(d: SegmenterDictionary, text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  let i = start
  while (i < end) {
    const code = foldCharCode(text.charCodeAt(i))
    if (isHan(code)) {
      let j = i + 1
      while (j < end && isHan(text.charCodeAt(j))) j++
      segmentRun(d, text, i, j, tokens)
      i = j
    } else if (isAsciiAlnum(code)) {
      let j = i + 1
      // A dot inside an ASCII word (`pm2.5`, full-width `ＰＭ２．５` too) belongs to it.
      while (
        j < end &&
        (isAsciiAlnum(foldCharCode(text.charCodeAt(j))) ||
          (isDot(text.charCodeAt(j)) && j + 1 < end && isAsciiAlnum(foldCharCode(text.charCodeAt(j + 1)))))
      )
        j++
      let folded = ''
      for (let k = i; k < j; k++) folded += String.fromCharCode(foldCharCode(text.charCodeAt(k)))
      tokens.push({ text: folded, start: i, end: j })
      i = j
    } else i++
  }
  return tokens
}
