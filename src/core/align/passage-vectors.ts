/**
 * TF-IDF vectors of passages for alignment: word unigrams (segmenter words, suffix-folded) mixed with
 * character bigrams, each channel L2-normalised and weighted, so the dot product of two vectors is
 * WORD_CHANNEL_WEIGHT·cos(words) + BIGRAM_CHANNEL_WEIGHT·cos(bigrams). Words carry the topic; bigrams
 * rescue names the segmenter does not know. Also the heading-context vectors. It deliberately does
 * not search or rank (see align-passages.ts).
 */
import { bigramKeys, contentTerms, segmentWords, termsOfTokens, type BigramKey, type Token } from '../text/tokenize'
import { compileThemeMatcher, scanThemeTerms, type ThemeMatcher } from '../terms'
import { boilerplateFactor } from './boilerplate'
import { policyConceptCodebook } from '../themes/policy-concepts'
import { background } from './background'

/** Share of the similarity from word unigrams (the topic in the document's own words). */
export const WORD_CHANNEL_WEIGHT = 0.35
/** Share from policy concepts (synonym folding across wordings, see policy-concepts.ts). */
export const CONCEPT_CHANNEL_WEIGHT = 0.35
/** Share from character bigrams (names and phrases the segmenter does not know). */
export const BIGRAM_CHANNEL_WEIGHT = 1 - WORD_CHANNEL_WEIGHT - CONCEPT_CHANNEL_WEIGHT
/**
 * Soft floor of a channel's norm before normalising, in distinctive terms: the floor is this many
 * times the weight of a term found in one passage, ln(1 + passages), so it means the same in a pair
 * of reports as in a library. Without it a clause holding one generic word becomes a unit vector and
 * matches every clause with that word perfectly; with it, thin evidence yields a short vector and a
 * low cosine.
 */
export const NORM_FLOOR_TERMS = 1.1
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

/** A term of any channel: a word or concept id (a string), or a bigram's key (see BigramKey). */
export type TermKey = string | BigramKey

/** Raw term counts of one passage, per channel; cacheable per passage. */
export interface PassageTerms {
  words: Map<string, number>
  /** Keyed by BigramKey: a number for two Han characters (text/tokenize.ts `bigramText` gives the text). */
  bigrams: Map<BigramKey, number>
  concepts: Map<string, number>
  context: Map<string, number>
  /** The same counts per clause (see CLAUSE_END_CODES), for best-clause matching of multi-topic passages. */
  clauses: ClauseTerms[]
}

/** Term counts of one clause. */
export interface ClauseTerms {
  words: Map<string, number>
  bigrams: Map<BigramKey, number>
  concepts: Map<string, number>
}

let conceptMatcher: ThemeMatcher | undefined

function concepts(): ThemeMatcher {
  conceptMatcher ??= compileThemeMatcher(policyConceptCodebook())
  return conceptMatcher
}

/** Concept matches of text[start, end) as (concept id, offset) pairs in text order. */
function conceptHits(text: string, start: number, end: number): { concept: string; at: number }[] {
  const matcher = concepts()
  const ids = matcher.themeIds
  const hits: { concept: string; at: number }[] = []
  scanThemeTerms(matcher, text, start, end, (theme, _weight, _term, at) => hits.push({ concept: ids[theme], at }))
  return hits
}

/**
 * Context counts of the heading titles seen recently: every passage of a section has the same
 * nearest headings, so their titles are segmented and counted once and the passages share the
 * counts (read-only, as all PassageTerms are). Cleared when it grows past CONTEXT_CACHE_SIZE so a
 * long-running worker does not accumulate every title it has seen.
 */
interface ContextEntry {
  /** Entries of the lists that continue this one by one more title. */
  next: Map<string, ContextEntry>
  /** The counts of this list of titles, once asked for. */
  counts?: Map<string, number>
}
let contextCache: ContextEntry = { next: new Map() }
let contextEntries = 0
const CONTEXT_CACHE_SIZE = 4096

function contextCounts(headings: readonly { title: string }[]): Map<string, number> {
  const first = Math.max(0, headings.length - CONTEXT_HEADINGS)
  if (contextEntries >= CONTEXT_CACHE_SIZE) {
    contextCache = { next: new Map() }
    contextEntries = 0
  }
  // Looked up title by title (the titles' strings are shared by the passages, so no key is built).
  let entry = contextCache
  for (let k = first; k < headings.length; k++) {
    let next = entry.next.get(headings[k].title)
    if (!next) {
      entry.next.set(headings[k].title, (next = { next: new Map() }))
      contextEntries++
    }
    entry = next
  }
  if (!entry.counts) {
    const counts = new Map<string, number>()
    for (let k = first; k < headings.length; k++) for (const t of contentTerms(headings[k].title)) counts.set(t, (counts.get(t) ?? 0) + 1)
    entry.counts = counts
  }
  return entry.counts
}

function addCounts<K>(into: Map<K, number>, from: Map<K, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n)
}

/** Clauses shorter than this (UTF-16 units) join the next one: too short to carry a topic. */
const MIN_CLAUSE_CHARS = 12

/**
 * True for the punctuation that ends a clause inside a passage (。；！？ and their ASCII forms).
 * Scoring units only: a long sentence run often lists several policies, and its best-matching
 * clause says more about a shared topic than the whole run does.
 */
function isClauseEnd(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x3b: // ;
    case 0x21: // !
    case 0x3f: // ?
      return true
    default:
      return false
  }
}

/** Scratch lists of one clause's terms, reused by every passage (extraction is synchronous). */
const clauseWords: string[] = []
const clauseBigrams: BigramKey[] = []

function count<K>(list: K[]): Map<K, number> {
  const m = new Map<K, number>()
  for (let i = 0; i < list.length; i++) m.set(list[i], (m.get(list[i]) ?? 0) + 1)
  return m
}

/** A word segmenter (segmentWords; the background build passes `Intl.Segmenter`'s, see README). */
type Segment = (text: string, start: number, end: number) => Token[]

/** An extractor of the term counts of passages of `text` (as `extractPassageTerms`). */
export function passageTermsOf(text: string): (p: AlignPassage) => PassageTerms {
  return (p) => extractPassageTerms(text, p)
}

/**
 * Extracts the term counts of a passage of `text`. The passage is segmented once and its words are
 * cut into clauses by offset (the segmenter is the costly step; one call per clause would repeat its
 * per-call overhead many times for a long passage). Concepts are matched over the passage alone:
 * the same matches as an index of the whole text (a term counts when it ends inside the passage),
 * and a theme's rows read only the theme's passages, a small part of each text.
 */
export function extractPassageTerms(text: string, p: AlignPassage, segment: Segment = segmentWords): PassageTerms {
  const context = contextCounts(p.headings)
  const clauses: PassageTerms['clauses'] = []
  const hits = conceptHits(text, p.start, p.end)
  const tokens = segment(text, p.start, p.end)
  let from = p.start
  let token = 0
  let hit = 0
  for (let i = p.start; i < p.end; i++) {
    const last = i === p.end - 1
    if ((isClauseEnd(text.charCodeAt(i)) && i + 1 - from >= MIN_CLAUSE_CHARS) || last) {
      // A word belongs to the clause it starts in (clause ends are punctuation, so none straddles).
      const firstToken = token
      while (token < tokens.length && tokens[token].start <= i) token++
      const concepts = new Map<string, number>()
      for (; hit < hits.length && hits[hit].at <= i; hit++) concepts.set(hits[hit].concept, (concepts.get(hits[hit].concept) ?? 0) + 1)
      clauseWords.length = 0
      clauseBigrams.length = 0
      clauses.push({
        words: count(termsOfTokens(tokens, firstToken, token, clauseWords)),
        bigrams: count(bigramKeys(text, from, i + 1, clauseBigrams)),
        concepts,
      })
      from = i + 1
    }
  }
  // A one-clause passage (most short ones) shares its clause's counts instead of copying them.
  if (clauses.length === 1) return { ...clauses[0], context, clauses }
  const words = new Map<string, number>()
  const bigrams = new Map<BigramKey, number>()
  const concepts = new Map<string, number>()
  for (const c of clauses) {
    addCounts(words, c.words)
    addCounts(bigrams, c.bigrams)
    addCounts(concepts, c.concepts)
  }
  return { words, bigrams, concepts, context, clauses }
}

type Channel = 'words' | 'bigrams' | 'concepts'
const CHANNELS: Channel[] = ['words', 'bigrams', 'concepts']
const CHANNEL_WEIGHTS: Record<Channel, number> = {
  words: WORD_CHANNEL_WEIGHT,
  bigrams: BIGRAM_CHANNEL_WEIGHT,
  concepts: CONCEPT_CHANNEL_WEIGHT,
}

/** Vocabulary (one id space over all channels) and IDF of the passages in scope. */
export interface TermStats {
  ids: Record<Channel, Map<TermKey, number>>
  /** IDF per id: ln(1 + passages / df), passages and df counting the background too (see BACKGROUND_SHARE). */
  idf: Float64Array
  /** Term weight per id: IDF, times the boilerplate factor for words and bigrams. */
  weight: Float64Array
  /** Passages in scope plus the weighted background passages. */
  passages: number
  /** Background vector row per id (words only), −1 when the word has none. */
  vectorRow: Int32Array
  /**
   * Where in `knownIds` the ids of each counted map's terms start (in the map's order), for the maps
   * `collectTermStats` read (a passage's channels, and the clause of a one-clause passage, which
   * shares them): vectors of those maps then need no lookup per term. One array for all, not one per map.
   */
  known: Record<Channel, Map<Map<TermKey, number>, number>>
  knownIds: Int32Array
}

/**
 * Weight of one background passage against one passage in scope when counting document
 * frequencies. The background (about 15,000 passages of national reports) keeps the IDF of the
 * genre's everyday words low even in a pair of reports, while the library's own counts still
 * move the weights of its local vocabulary.
 */
export const BACKGROUND_SHARE = 0.05

/** Counts document frequencies (in passages) of every word, bigram and concept of `terms`. */
export function collectTermStats(terms: PassageTerms[]): TermStats {
  const ids: TermStats['ids'] = { words: new Map(), bigrams: new Map(), concepts: new Map() }
  const df: number[] = []
  const known: TermStats['known'] = { words: new Map(), bigrams: new Map(), concepts: new Map() }
  let size = 0
  for (const t of terms) for (const c of CHANNELS) size += t[c].size
  const knownIds = new Int32Array(size)
  let at = 0
  for (const t of terms) {
    for (const c of CHANNELS) {
      const map = ids[c]
      const counts = t[c]
      known[c].set(counts, at)
      for (const key of counts.keys()) {
        let id = map.get(key)
        if (id === undefined) {
          map.set(key, (id = df.length))
          df.push(1)
        } else df[id]++
        knownIds[at++] = id
      }
    }
  }
  const bg = background()
  const passages = terms.length + BACKGROUND_SHARE * bg.passages
  const bgDf = new Float64Array(df.length)
  const vectorRow = new Int32Array(df.length).fill(-1)
  for (const c of CHANNELS) {
    const table: ReadonlyMap<TermKey, number> = bg.df[c]
    for (const [term, id] of ids[c]) bgDf[id] = BACKGROUND_SHARE * (table.get(term) ?? 0)
  }
  const rows: ReadonlyMap<TermKey, number> = bg.vectorRow
  for (const [term, id] of ids.words) vectorRow[id] = rows.get(term) ?? -1
  const idf = new Float64Array(df.length)
  for (let id = 0; id < df.length; id++) idf[id] = Math.log(1 + passages / (df[id] + bgDf[id]))
  // Boilerplate scaling folded into one weight per id, so vectors need one lookup per term.
  const weight = Float64Array.from(idf)
  for (const c of CHANNELS) {
    if (c === 'concepts') continue
    for (const [term, id] of ids[c]) weight[id] *= boilerplateFactor(term)
  }
  return { ids, idf, weight, passages, vectorRow, known, knownIds }
}

/**
 * The dense topic vector of a passage: the sum of its words' background vectors weighted by term
 * weight, centred on `mean` (what every passage of the genre shares) when given, unit length.
 * Zero when none of its words has a vector.
 */
export function denseVector(stats: TermStats, terms: ClauseTerms, mean?: Float32Array): Float32Array {
  const out = new Float32Array(background().dims)
  // The words' sparse weights land in the scratch too, unused: one loop computes both kinds of vector.
  channelTerms(stats, terms.words, 'words', 0, out)
  return normalise(out, mean)
}

/** Unit-length copy direction of `v` minus `mean` (in place); zero stays zero. */
export function normalise(v: Float32Array, mean?: Float32Array): Float32Array {
  let norm = 0
  for (let d = 0; d < v.length; d++) norm += v[d] * v[d]
  if (norm === 0) return v
  const scale = 1 / Math.sqrt(norm)
  norm = 0
  for (let d = 0; d < v.length; d++) {
    v[d] = v[d] * scale - (mean ? mean[d] : 0)
    norm += v[d] * v[d]
  }
  const k = norm > 0 ? 1 / Math.sqrt(norm) : 0
  for (let d = 0; d < v.length; d++) v[d] *= k
  return v
}

/** Dot product of two dense vectors. */
export function denseDot(a: Float32Array, b: Float32Array): number {
  let s = 0
  for (let d = 0; d < a.length; d++) s += a[d] * b[d]
  return s
}

/**
 * Scratch of the vector being built: ids and (float64) weights in the order the channels add them,
 * grown as needed. One vector at a time, so building thousands allocates only their results.
 */
let scratchIds = new Int32Array(1024)
let scratchWeights = new Float64Array(1024)

function reserve(size: number): void {
  if (size <= scratchIds.length) return
  const ids = new Int32Array(Math.max(size, scratchIds.length * 2))
  const weights = new Float64Array(ids.length)
  ids.set(scratchIds)
  weights.set(scratchWeights)
  scratchIds = ids
  scratchWeights = weights
}

/**
 * Appends the ids and weights of one channel's terms to the scratch from position `from` (terms
 * outside the vocabulary are skipped) and returns the new length; with `dense`, words with a
 * background vector also add it, weighted, to `dense` (in the same order, with the same weight).
 */
function channelTerms(stats: TermStats, counts: Map<TermKey, number>, c: Channel, from: number, dense?: Float32Array): number {
  reserve(from + counts.size)
  const ids = scratchIds
  const weights = scratchWeights
  const weight = stats.weight
  const known = stats.known[c].get(counts)
  let n = from
  if (known !== undefined) {
    // The values alone, in the map's order: iterating entries allocated a pair per term.
    const knownIds = stats.knownIds
    let at = known
    for (const tf of counts.values()) {
      const id = knownIds[at++]
      ids[n] = id
      weights[n++] = (tf === 1 ? 1 : 1 + Math.log(tf)) * weight[id]
    }
  } else {
    const map = stats.ids[c]
    for (const [term, tf] of counts) {
      const id = map.get(term)
      if (id === undefined) continue
      ids[n] = id
      weights[n++] = (tf === 1 ? 1 : 1 + Math.log(tf)) * weight[id]
    }
  }
  if (dense) addWordVectors(stats, dense, from, n)
  return n
}

/**
 * `dense[d] += w · vector[d]` for each scratch word in [from, to) with a background vector, in
 * scratch order, rounded to float32 at each step as `dense` stores it.
 */
function addWordVectors(stats: TermStats, dense: Float32Array, from: number, to: number): void {
  const { dims, vectors } = background()
  for (let i = from; i < to; i++) {
    const row = stats.vectorRow[scratchIds[i]]
    if (row < 0) continue
    const w = scratchWeights[i]
    for (let d = 0, at = row * dims; d < dims; d++, at++) dense[d] += w * vectors[at]
  }
}

/** Normalises (with the soft floor) and scales the scratch weights of one channel, [from, to). */
function scaleChannel(stats: TermStats, from: number, to: number, scale: number): void {
  const weights = scratchWeights
  let norm = 0
  for (let i = from; i < to; i++) norm += weights[i] * weights[i]
  if (norm === 0) return
  const floor = NORM_FLOOR_TERMS * Math.log(1 + stats.passages)
  const k = Math.sqrt(scale / (norm + floor * floor))
  for (let i = from; i < to; i++) weights[i] *= k
}

/** Adds one channel's weights, normalised (with the soft floor) and scaled, to the scratch; returns its new length. */
function channel(stats: TermStats, counts: Map<TermKey, number>, c: Channel, scale: number, from: number, dense?: Float32Array): number {
  const to = channelTerms(stats, counts, c, from, dense)
  scaleChannel(stats, from, to, scale)
  return to
}

/** Scratch weights by id for toSparse, grown as vocabularies grow (ids are dense from 0). */
let weightById = new Float32Array(0)

/** The first `n` scratch ids and weights as a sparse vector (ids ascending; weights rounded to float32). */
function toSparse(n: number): SparseVector {
  const sorted = scratchIds.slice(0, n)
  let max = -1
  for (let i = 0; i < n; i++) if (sorted[i] > max) max = sorted[i]
  if (weightById.length <= max) weightById = new Float32Array(Math.max(max + 1, weightById.length * 2))
  for (let i = 0; i < n; i++) weightById[sorted[i]] = scratchWeights[i]
  // A numeric typed-array sort needs no comparator: much cheaper than sorting index pairs.
  sorted.sort()
  const sortedWeights = new Float32Array(n)
  for (let i = 0; i < n; i++) sortedWeights[i] = weightById[sorted[i]]
  return { ids: sorted, weights: sortedWeights }
}

/** The weighted, normalised vector of a passage or clause (dot product of two = the mixed cosine). */
export function passageVector(stats: TermStats, terms: ClauseTerms): SparseVector {
  let n = 0
  for (const c of CHANNELS) n = channel(stats, terms[c], c, CHANNEL_WEIGHTS[c], n)
  return toSparse(n)
}

/**
 * `passageVector` of every passage of `terms`, and with `dense` (one zero vector of background dims
 * per passage) each passage's sum of its words' background vectors, as `denseVector` adds them
 * before normalising, in the same pass over the words. The vectors are views of two shared arrays,
 * their ids put in order by two counting passes over all of them (by feature, then back by
 * passage) instead of a sort per vector.
 */
export function passageVectors(stats: TermStats, terms: readonly ClauseTerms[], dense?: readonly Float32Array[]): SparseVector[] {
  const n = terms.length
  const features = stats.idf.length
  let size = 0
  for (const t of terms) size += t.words.size + t.bigrams.size + t.concepts.size
  // Each passage's weights end to end, ids in the order the channels add them.
  const rowStart = new Int32Array(n + 1)
  const ids = new Int32Array(size)
  const weights = new Float32Array(size)
  let at = 0
  terms.forEach((t, p) => {
    let m = 0
    for (const c of CHANNELS) m = channel(stats, t[c], c, CHANNEL_WEIGHTS[c], m, c === 'words' ? dense?.[p] : undefined)
    ids.set(scratchIds.subarray(0, m), at)
    for (let i = 0; i < m; i++) weights[at + i] = scratchWeights[i]
    rowStart[p + 1] = at += m
  })
  // By feature (passages ascending within each: a stable counting sort)...
  const columnStart = new Int32Array(features + 1)
  for (let i = 0; i < at; i++) columnStart[ids[i] + 1]++
  for (let id = 0; id < features; id++) columnStart[id + 1] += columnStart[id]
  const columnPassage = new Int32Array(at)
  const columnWeight = new Float32Array(at)
  const columnFill = columnStart.slice(0, features)
  for (let p = 0; p < n; p++) {
    for (let i = rowStart[p]; i < rowStart[p + 1]; i++) {
      const k = columnFill[ids[i]]++
      columnPassage[k] = p
      columnWeight[k] = weights[i]
    }
  }
  // ...and back by passage, features ascending within each.
  const sortedIds = new Int32Array(at)
  const sortedWeights = new Float32Array(at)
  const rowFill = rowStart.slice(0, n)
  for (let id = 0; id < features; id++) {
    for (let k = columnStart[id]; k < columnStart[id + 1]; k++) {
      const i = rowFill[columnPassage[k]]++
      sortedIds[i] = id
      sortedWeights[i] = columnWeight[k]
    }
  }
  return Array.from({ length: n }, (_, p) => ({
    ids: new Int32Array(sortedIds.buffer, rowStart[p] * 4, rowStart[p + 1] - rowStart[p]),
    weights: new Float32Array(sortedWeights.buffer, rowStart[p] * 4, rowStart[p + 1] - rowStart[p]),
  }))
}

/** Vectors of each clause of a passage, weighted as passage vectors are. */
export function clauseVectors(stats: TermStats, terms: PassageTerms): SparseVector[] {
  return terms.clauses.map((c) => passageVector(stats, c))
}

/** The unit-length heading-context vector of a passage (word channel weights). */
export function contextVector(stats: TermStats, terms: PassageTerms): SparseVector {
  // Heading words that no passage in scope uses cannot connect two passages, so they are skipped.
  return toSparse(channel(stats, terms.context, 'words', 1, 0))
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
