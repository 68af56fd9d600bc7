/**
 * The codebook's terms compiled into a trie over folded char codes, flattened into typed arrays, and
 * the folding table the matcher reads text through. Walking the trie from one position finds every
 * term starting there in one pass (a list of terms per first character needed a string comparison
 * per term, and classifying 200 reports spent most of its time there). It deliberately does not
 * scan text (see term-index.ts).
 */
import { foldCharCode, foldText } from '../text/fold'
import type { TermLists } from './types'

/** Characters ignored inside terms: quotation marks, title marks and spaces. */
export const SKIPPED = /[“”‘’"'「」『』《》〈〉\s]/
/** The same set as char codes, for the hot loop (a regex test per character is slow). */
const SKIPPED_CODES = Array.from('“”‘’"\'「」『』《》〈〉 \t\n\r\u3000\u00a0', (c) => c.charCodeAt(0))

/** Marks a skipped character in FOLDED (U+FFFF is a noncharacter, never in a term). */
export const SKIP = 0xffff
/** Every UTF-16 code unit folded (see text/fold.ts), or SKIP for the characters ignored inside terms. */
export const FOLDED = new Uint16Array(0x10000)
for (let c = 0; c < 0x10000; c++) FOLDED[c] = foldCharCode(c)
for (const c of SKIPPED_CODES) FOLDED[c] = SKIP

/** A term as matched: its folded key (skipped characters removed), theme index and weight. */
export interface CompiledTerm {
  key: string
  term: string
  weight: number
  theme: number
}

/** The trie's nodes as indices; node 0 is the root, whose children are looked up by a dense table. */
export interface TermTrie {
  /** Folded char code → child of the root, or -1. */
  rootChild: Int32Array
  /** Per node, its children as a run of `childCodes`/`childNodes` (few below the root: a linear scan). */
  childStart: Int32Array
  childCount: Int32Array
  childCodes: Uint16Array
  childNodes: Int32Array
  /** Per node, the terms ending there as a run of `terms` (one per theme at most). */
  termStart: Int32Array
  termCount: Int32Array
  terms: CompiledTerm[]
  /** Length of the longest term key: the deepest node. */
  depth: number
}

/** A term folded as text is matched: width and case folded, skipped characters removed. */
export function foldTerm(term: string): string {
  return [...foldText(term)].filter((c) => !SKIPPED.test(c)).join('')
}

interface BuildNode {
  next: Map<number, BuildNode>
  terms: CompiledTerm[]
}

function flattenTrie(root: BuildNode): TermTrie {
  const nodes: BuildNode[] = [root]
  for (let i = 0; i < nodes.length; i++) for (const child of nodes[i].next.values()) nodes.push(child)
  const index = new Map(nodes.map((n, i) => [n, i]))
  const trie: TermTrie = {
    rootChild: new Int32Array(0x10000).fill(-1),
    childStart: new Int32Array(nodes.length),
    childCount: new Int32Array(nodes.length),
    childCodes: new Uint16Array(nodes.length),
    childNodes: new Int32Array(nodes.length),
    termStart: new Int32Array(nodes.length),
    termCount: new Int32Array(nodes.length),
    terms: [],
    depth: 0,
  }
  let edges = 0
  nodes.forEach((n, i) => {
    trie.childStart[i] = edges
    trie.childCount[i] = n.next.size
    for (const [code, child] of n.next) {
      trie.childCodes[edges] = code
      trie.childNodes[edges++] = index.get(child)!
    }
    trie.termStart[i] = trie.terms.length
    trie.termCount[i] = n.terms.length
    for (const t of n.terms) {
      trie.terms.push(t)
      trie.depth = Math.max(trie.depth, t.key.length)
    }
  })
  for (const [code, child] of root.next) trie.rootChild[code] = index.get(child)!
  return trie
}

/** Builds the trie of a (validated) codebook's terms. Terms that fold to nothing and repeats within a theme are ignored. */
export function buildTermTrie(codebook: TermLists): TermTrie {
  const root: BuildNode = { next: new Map(), terms: [] }
  codebook.themes.forEach((t, theme) => {
    const seen = new Set<string>()
    for (const { term, weight } of t.terms) {
      const key = foldTerm(term)
      if (!key || seen.has(key)) continue
      seen.add(key)
      let node = root
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i)
        let child = node.next.get(code)
        if (!child) {
          child = { next: new Map(), terms: [] }
          node.next.set(code, child)
        }
        node = child
      }
      node.terms.push({ key, term, weight, theme })
    }
  })
  return flattenTrie(root)
}
