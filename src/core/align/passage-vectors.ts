/**
 * TF-IDF vectors of passages for alignment: word unigrams (segmenter words, suffix-folded) mixed with
 * character bigrams, each channel L2-normalised and weighted, so the dot product of two vectors is
 * WORD_CHANNEL_WEIGHT·cos(words) + BIGRAM_CHANNEL_WEIGHT·cos(bigrams). Words carry the topic; bigrams
 * rescue names the segmenter does not know. Also the heading-context vectors. It deliberately does
 * not search or rank (see align-passages.ts).
 */
import { charBigrams, contentTerms } from '../text/tokenize'
import { compileThemeMatcher, matchTerms, type ThemeMatcher } from '../themes/match-terms'
import { boilerplateFactor } from './boilerplate'
import { policyConceptCodebook } from './policy-concepts'

/** Share of the similarity from word unigrams (the topic in the document's own words). */
export const WORD_CHANNEL_WEIGHT = 0.35
/** Share from policy concepts (synonym folding across wordings, see policy-concepts.ts). */
export const CONCEPT_CHANNEL_WEIGHT = 0.35
/** Share from character bigrams (names and phrases the segmenter does not know). */
export const BIGRAM_CHANNEL_WEIGHT = 1 - WORD_CHANNEL_WEIGHT - CONCEPT_CHANNEL_WEIGHT
/**
 * Soft floor of a channel's norm before normalising (in TF-IDF weight units, about one distinctive
 * term). Without it a clause holding one generic word becomes a unit vector and matches every
 * clause with that word perfectly; with it, thin evidence yields a short vector and a low cosine.
 */
export const NORM_FLOOR = 4
/** Headings nearest the passage that form its context (deeper ones are the most specific). */
export const CONTEXT_HEADINGS = 2

/** The minimum a passage needs for alignment: offsets, themes and enclosing heading titles. */
export interface AlignPassage {
  id: string
  start: number
  end: number
  themes: string[]
  headings: { title: string }[]
}

/** A document to align: its text and passages (offsets into the text). */
export interface AlignDocument {
  text: string
  passages: AlignPassage[]
}

/** A sparse vector: feature ids ascending, with weights. */
export interface SparseVector {
  ids: Int32Array
  weights: Float32Array
}

/** Raw term counts of one passage, per channel; cacheable per passage. */
export interface PassageTerms {
  words: Map<string, number>
  bigrams: Map<string, number>
  concepts: Map<string, number>
  context: Map<string, number>
  /** The same counts per clause (see CLAUSE_END), for best-clause matching of multi-topic passages. */
  clauses: ClauseTerms[]
}

/** Term counts of one clause. */
export interface ClauseTerms {
  words: Map<string, number>
  bigrams: Map<string, number>
  concepts: Map<string, number>
}

let conceptMatcher: ThemeMatcher | undefined

function conceptsOf(text: string, start: number, end: number): Map<string, number> {
  conceptMatcher ??= compileThemeMatcher(policyConceptCodebook())
  const m = new Map<string, number>()
  matchTerms(conceptMatcher, text, start, end).forEach((list, i) => {
    if (list.length > 0) m.set(conceptMatcher!.themeIds[i], list.length)
  })
  return m
}

function addCounts(into: Map<string, number>, from: Map<string, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n)
}

/**
 * Clause ends inside a passage. Scoring units only: a long sentence run often lists several policies,
 * and its best-matching clause says more about a shared topic than the whole run does.
 */
const CLAUSE_END = /[。；！？;!?]/
/** Clauses shorter than this (UTF-16 units) join the next one: too short to carry a topic. */
const MIN_CLAUSE_CHARS = 12

function count(list: string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1)
  return m
}

/** Extracts the term counts of a passage of `text`. */
export function extractPassageTerms(text: string, p: AlignPassage): PassageTerms {
  const context = p.headings.slice(-CONTEXT_HEADINGS).flatMap((h) => contentTerms(h.title))
  const clauses: PassageTerms['clauses'] = []
  let from = p.start
  for (let i = p.start; i < p.end; i++) {
    const last = i === p.end - 1
    if ((CLAUSE_END.test(text[i]) && i + 1 - from >= MIN_CLAUSE_CHARS) || last) {
      clauses.push({
        words: count(contentTerms(text, from, i + 1)),
        bigrams: count(charBigrams(text, from, i + 1)),
        concepts: conceptsOf(text, from, i + 1),
      })
      from = i + 1
    }
  }
  const words = new Map<string, number>()
  const bigrams = new Map<string, number>()
  const concepts = new Map<string, number>()
  for (const c of clauses) {
    addCounts(words, c.words)
    addCounts(bigrams, c.bigrams)
    addCounts(concepts, c.concepts)
  }
  return { words, bigrams, concepts, context: count(context), clauses }
}

/** Vocabulary and document frequencies of the passages in scope. */
export interface TermStats {
  ids: Map<string, number>
  df: number[]
  passages: number
}

const WORD = 'w:'
const BIGRAM = 'b:'
const CONCEPT = 'c:'

/** Counts document frequencies (in passages) of every word and bigram of `terms`. */
export function collectTermStats(terms: PassageTerms[]): TermStats {
  const ids = new Map<string, number>()
  const df: number[] = []
  const add = (key: string): void => {
    let id = ids.get(key)
    if (id === undefined) {
      id = df.length
      ids.set(key, id)
      df.push(0)
    }
    df[id]++
  }
  for (const t of terms) {
    for (const w of t.words.keys()) add(WORD + w)
    for (const b of t.bigrams.keys()) add(BIGRAM + b)
    for (const c of t.concepts.keys()) add(CONCEPT + c)
  }
  return { ids, df, passages: terms.length }
}

function idf(stats: TermStats, key: string): number {
  const id = stats.ids.get(key)
  const df = id === undefined ? 1 : stats.df[id]
  return Math.log(1 + stats.passages / df)
}

function channel(stats: TermStats, counts: Map<string, number>, prefix: string, scale: number, out: Map<number, number>): void {
  const entries: [number, number][] = []
  let norm = 0
  for (const [term, tf] of counts) {
    const id = stats.ids.get(prefix + term)
    if (id === undefined) continue
    const w = (1 + Math.log(tf)) * idf(stats, prefix + term) * boilerplateFactor(term)
    entries.push([id, w])
    norm += w * w
  }
  if (norm === 0) return
  const k = Math.sqrt(scale / (norm + NORM_FLOOR * NORM_FLOOR))
  for (const [id, w] of entries) out.set(id, w * k)
}

function toSparse(m: Map<number, number>): SparseVector {
  const ids = Int32Array.from([...m.keys()].sort((a, b) => a - b))
  const weights = Float32Array.from(ids, (id) => m.get(id) ?? 0)
  return { ids, weights }
}

/** The weighted, normalised vector of a passage (dot product of two = the mixed cosine). */
export function passageVector(stats: TermStats, terms: ClauseTerms): SparseVector {
  const m = new Map<number, number>()
  channel(stats, terms.words, WORD, WORD_CHANNEL_WEIGHT, m)
  channel(stats, terms.bigrams, BIGRAM, BIGRAM_CHANNEL_WEIGHT, m)
  channel(stats, terms.concepts, CONCEPT, CONCEPT_CHANNEL_WEIGHT, m)
  return toSparse(m)
}

/** Vectors of each clause of a passage, weighted as passage vectors are. */
export function clauseVectors(stats: TermStats, terms: PassageTerms): SparseVector[] {
  return terms.clauses.map((c) => passageVector(stats, c))
}

/** The unit-length heading-context vector of a passage (word channel weights). */
export function contextVector(stats: TermStats, terms: PassageTerms): SparseVector {
  const m = new Map<number, number>()
  // Heading words that no passage in scope uses cannot connect two passages, so they are skipped.
  channel(stats, terms.context, WORD, 1, m)
  return toSparse(m)
}

/** Dot product of two sparse vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0
  let j = 0
  let sum = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]
    const y = b.ids[j]
    if (x === y) sum += a.weights[i++] * b.weights[j++]
    else if (x < y) i++
    else j++
  }
  return sum
}
