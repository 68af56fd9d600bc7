/**
 * The analysis worker's handlers: theme classification of documents, one theme's alignment rows,
 * shared wording inside rows, and year-over-year comparison, all over the core. Per document the
 * passages, their classification and their alignment terms are cached under (document id, text
 * hash, codebook key), so changing the theme or adding a document re-uses every other document's
 * work; the classification is also kept in IndexedDB (analysis-store.ts), written as it goes, so a
 * reload resumes the library's analysis where it stopped. Handlers yield between documents so a cancel
 * message gets through and stops them.
 * Kept apart from analysis.worker.ts so tests can call them without a Worker.
 */
import {
  broadTerms,
  buildAlignmentRows,
  compareYears,
  passageTermsOf,
  type AlignPassage,
  type BroadTerm,
  type PassageTerms,
  type YearComparison,
} from '../../core/align'
import { dominantSubtheme, labelRow, wordFrequencies } from '../../core/compare'
import {
  classifyDocument,
  compileThemeMatcher,
  themeShares,
  type ClassifiedPassage,
  type Codebook,
  type ThemeMatcher,
} from '../../core/themes'
import { rowWording } from './analysis-wording'
import { topicMatches, type TopicMatches } from './analysis-topic-sync'
import { analysisKey, openAnalysisStore, type AnalysisStore, type StoredAnalysis } from './analysis-store'
import { remember } from './bounded-cache'
import { checkpoint } from './checkpoint'
import { structureOf } from './analysis-structure'
import { readLibraryTexts, type StoredText } from './library-texts'
import type { RpcContext, RpcProgress } from './rpc'

/**
 * A document to analyse. `textHash` identifies the text version (the stored hashText). `text` when
 * the caller holds it; without it the worker reads the text from the library only when it needs it
 * (a classification not cached, alignment), so views that show no text never load or copy texts.
 */
export interface AnalysisDocInput {
  id: string
  textHash: string
  text?: string
}

/** Documents and the codebook; `codebookKey` changes whenever the codebook does. */
export interface AnalyseParams {
  docs: AnalysisDocInput[]
  codebook: Codebook
  codebookKey: string
}

/**
 * A passage as the window gets it: offsets and assigned themes. The evidence (every term match)
 * stays in the worker: copying it to the window for 200 reports took seconds on the window's thread.
 */
export interface AnalysedPassage {
  id: string
  start: number
  end: number
  /** Assigned theme ids, the highest-scoring first. */
  themes: string[]
}

/** One document's theme shares: theme id → characters in passages of the theme / all characters (0–1). */
export interface DocumentShares {
  id: string
  shares: Record<string, number>
}

/** One analysed document: its passages with their themes, and each theme's share of the text. */
export interface AnalysedDocument extends DocumentShares {
  passages: AnalysedPassage[]
}

/** A member of a row: document id and passage (its id and offsets). */
export interface RowMember {
  docId: string
  passageId: string
  start: number
  end: number
}

/**
 * One theme's alignment rows, every passage of the theme in exactly one row, largest rows first; each
 * with its label (the distinctive words its members share, core labelRow) and the sub-theme most of
 * its members carry ("<theme>.<sub>", absent when none does).
 */
export interface ThemeRows {
  rows: { members: RowMember[]; score: number; label: string[]; subtheme?: string }[]
}

/** A passage's sub-theme ids, when the classification gives them (codebooks with sub-themes). */
function subthemesOf(p: ClassifiedPassage): readonly string[] {
  const value = (p as { subthemes?: unknown }).subthemes
  return Array.isArray(value) ? (value as string[]) : []
}

/**
 * Most cached documents; beyond it the least recently used are dropped. Views walk the whole library
 * in order, so a library larger than the cache would miss on every document of every opening: it is
 * sized for large libraries (a few thousand reports; about 40 KB each, the text included).
 */
export const MAX_CACHED_DOCUMENTS = 3000

interface CacheEntry {
  analysed: AnalysedDocument
  /** The passages with their themes and headings, for alignment (evidence without term matches). */
  classified: ClassifiedPassage[]
  textHash: string
  /** Undefined for an entry from the persistent cache until alignment needs it (aligning). */
  text?: string
  /** Alignment terms by passage index, extracted on first use: a theme's rows need only its own passages. */
  terms: (PassageTerms | undefined)[]
}

const cache = new Map<string, CacheEntry>()
/** Theme rows last computed, by codebook, theme and documents: a few sets × twelve themes. */
const rowsCache = new Map<string, ThemeRows>()
const MAX_CACHED_ROWS = 48
let compiled: { key: string; matcher: ThemeMatcher } | undefined

function matcherFor(params: AnalyseParams): ThemeMatcher {
  if (compiled?.key !== params.codebookKey) compiled = { key: params.codebookKey, matcher: compileThemeMatcher(params.codebook) }
  return compiled.matcher
}

/** Newly classified documents written to the persistent cache at a time: a reload loses at most these. */
const SAVE_EVERY = 20

let store: AnalysisStore | undefined | null = null
function storeOf(): AnalysisStore | undefined {
  if (store === null) store = openAnalysisStore()
  return store
}

/** Whether the cache's last write was refused at the browser's quota (until one is stored again). */
let cacheFull = false

async function save(persisted: AnalysisStore, entries: StoredAnalysis[]): Promise<void> {
  const outcome = await persisted.putMany(entries)
  if (outcome !== 'failed') cacheFull = outcome === 'full'
}

function entryOf(doc: AnalysisDocInput, classified: ClassifiedPassage[], shares: Record<string, number>): CacheEntry {
  const passages = classified.map(({ id, start, end, themes }) => ({ id, start, end, themes }))
  return { analysed: { id: doc.id, passages, shares }, classified, textHash: doc.textHash, text: doc.text, terms: [] }
}

type AlignEntry = CacheEntry & { text: string }

/**
 * The entries with their texts, for alignment: texts missing (entries from the persistent cache) are
 * read from the library and kept. An entry whose stored text has changed meanwhile is left out.
 */
async function aligning(entries: readonly CacheEntry[]): Promise<AlignEntry[]> {
  const missing = entries.filter((e) => e.text === undefined)
  const read = await withTexts(missing.map((e) => ({ id: e.analysed.id, textHash: e.textHash })))
  const texts = new Map(read.map((d) => [d.id, d]))
  for (const e of missing) {
    const stored = texts.get(e.analysed.id)
    if (stored?.textHash === e.textHash) e.text = stored.text
  }
  return entries.filter((e): e is AlignEntry => e.text !== undefined)
}

/**
 * `docs` with their texts: those without one read from the library in one go. A document whose
 * stored text changed meanwhile comes with the stored text and its hash (the caller asks again with
 * the new hash); one deleted meanwhile is left out.
 */
async function withTexts(docs: readonly AnalysisDocInput[]): Promise<(AnalysisDocInput & { text: string })[]> {
  const missing = docs.filter((d) => d.text === undefined).map((d) => d.id)
  const read = missing.length > 0 ? await readLibraryTexts(missing) : new Map<string, StoredText>()
  return docs.flatMap((doc) => {
    if (doc.text !== undefined) return [{ ...doc, text: doc.text }]
    const stored = read.get(doc.id)
    return stored ? [{ id: doc.id, ...stored }] : []
  })
}

/** Called with the entries finished since its last call, each time a batch is written to the cache. */
type OnBatch = (entries: CacheEntry[]) => void

async function analyseAll(params: AnalyseParams, ctx: RpcContext, onBatch?: OnBatch): Promise<CacheEntry[]> {
  const themeIds = params.codebook.themes.map((t) => t.id)
  const memoryKey = (doc: AnalysisDocInput): string => `${doc.id}|${doc.textHash}|${params.codebookKey}`
  // Documents not in memory are looked up in the persistent cache first, in one read.
  const missing = params.docs.filter((doc) => !cache.has(memoryKey(doc)))
  const persisted = storeOf()
  const found =
    persisted && missing.length > 0 ? await persisted.getMany(missing.map((doc) => analysisKey(doc.textHash, params.codebookKey))) : []
  const stored = new Map(found.flatMap((row) => (row ? [[row.key, row] as const] : [])))
  // Texts are needed only to classify what no cache holds.
  const toClassify = await withTexts(missing.filter((doc) => !stored.has(analysisKey(doc.textHash, params.codebookKey))))
  const texts = new Map(toClassify.map((doc) => [doc.id, doc]))
  const unsaved: StoredAnalysis[] = []
  const out: CacheEntry[] = []
  let told = 0
  for (const [i, asked] of params.docs.entries()) {
    const doc = texts.get(asked.id) ?? asked
    const key = memoryKey(doc)
    const storedKey = analysisKey(doc.textHash, params.codebookKey)
    let entry = cache.get(key)
    const row = stored.get(storedKey)
    if (entry) cache.delete(key)
    else if (row) entry = entryOf(doc, row.classified, row.shares)
    else if (doc.text === undefined)
      continue // deleted from the library meanwhile
    else {
      await checkpoint(ctx)
      // Alignment reads passages' themes, headings and offsets, never the term matches: classifying
      // without them makes no object per term occurrence and keeps the cache small.
      const classified = classifyDocument(doc.text, matcherFor(params), {
        matches: false,
        structure: structureOf({ textHash: doc.textHash, text: doc.text }),
      })
      entry = entryOf(doc, classified, themeShares(doc.text, classified, themeIds))
      unsaved.push({ key: storedKey, classified, shares: entry.analysed.shares, savedAt: Date.now() })
      if (unsaved.length >= SAVE_EVERY) {
        if (persisted) await save(persisted, unsaved.splice(0))
        else unsaved.length = 0
        onBatch?.(out.slice(told))
        told = out.length
      }
    }
    remember(cache, key, entry, MAX_CACHED_DOCUMENTS)
    out.push(entry)
    ctx.progress({ done: i + 1, total: params.docs.length, label: 'classify' })
  }
  if (persisted && unsaved.length > 0) await save(persisted, unsaved)
  return out
}

/**
 * Each document's shares: from memory, else from the persistent cache's shares alone (reading every
 * document's passages to get them took seconds for a large library), classifying only what neither
 * holds. Progress counts every document, those found first; when some must be classified, progress
 * also carries the shares known so far (`partial`: those found, then each batch classified), so the
 * matrix can draw them while the rest is computed.
 */
async function sharesOf(params: AnalyseParams, ctx: RpcContext): Promise<DocumentShares[]> {
  const known = new Map<string, Record<string, number>>()
  for (const doc of params.docs) {
    const entry = cache.get(`${doc.id}|${doc.textHash}|${params.codebookKey}`)
    if (entry) known.set(doc.id, entry.analysed.shares)
  }
  const rest = params.docs.filter((doc) => !known.has(doc.id))
  const persisted = storeOf()
  const stored = persisted && rest.length > 0 ? await persisted.getShares(rest.map((d) => analysisKey(d.textHash, params.codebookKey))) : []
  rest.forEach((doc, i) => stored[i] && known.set(doc.id, stored[i].shares))
  const missing = rest.filter((doc) => !known.has(doc.id))
  const found = params.docs.length - missing.length
  if (missing.length > 0) {
    const total = params.docs.length
    let done = found
    const progress = (p: RpcProgress): void => ctx.progress({ ...p, done: (done = found + p.done), total })
    if (found > 0) ctx.progress({ done, total, label: 'classify', partial: [...known].map(([id, shares]) => ({ id, shares })) })
    const onBatch: OnBatch = (entries) =>
      ctx.progress({
        done,
        total,
        label: 'classify',
        partial: entries.map(({ analysed }) => ({ id: analysed.id, shares: analysed.shares })),
      })
    for (const e of await analyseAll({ ...params, docs: missing }, { ...ctx, progress }, onBatch))
      known.set(e.analysed.id, e.analysed.shares)
  } else ctx.progress({ done: found, total: params.docs.length, label: 'classify' })
  return params.docs.flatMap((doc) => {
    const shares = known.get(doc.id)
    return shares ? [{ id: doc.id, shares }] : []
  })
}

/** The alignment terms of the entry's passages in `themeId` (all passages without one); others stay unset. */
function termsOf(entry: AlignEntry, themeId?: string): PassageTerms[] {
  let extract: ((p: AlignPassage) => PassageTerms) | undefined
  entry.classified.forEach((p, i) => {
    if (themeId === undefined || p.themes.includes(themeId)) entry.terms[i] ??= (extract ??= passageTermsOf(entry.text))(p)
  })
  // Unset slots belong to passages outside the theme, which alignment never reads.
  return entry.terms as PassageTerms[]
}

/** Parameters of `themeRows`. */
export interface ThemeRowsParams extends AnalyseParams {
  themeId: string
}

/** Parameters of `yearOverYear`: two documents, earlier first. */
export interface YearParams extends Omit<AnalyseParams, 'docs'> {
  earlier: AnalysisDocInput
  later: AnalysisDocInput
  themeId?: string
}

/** Shared wording of each row: per row, per member, common spans (offsets into the member's text). */
export type WordingMarks = { start: number; end: number }[][][]

export const analysisHandlers = {
  /** Classifies each document (cached); progress in documents. */
  analyse: async (params: AnalyseParams, ctx: RpcContext): Promise<AnalysedDocument[]> =>
    (await analyseAll(params, ctx)).map((e) => e.analysed),

  /** Each document's theme shares only (what the matrix needs), classified and cached like `analyse`. */
  shares: sharesOf,

  /** True while the persistent cache's writes are refused at the browser's quota (analyses are not kept). */
  cacheFull: (): boolean => cacheFull,

  /** One theme's alignment rows across the documents; progress in documents, then passages. */
  themeRows: async (params: ThemeRowsParams, ctx: RpcContext): Promise<ThemeRows> => {
    // Same documents (and versions), codebook and theme: the rows computed last time (going back to a theme).
    const rowsKey = `${params.codebookKey}|${params.themeId}|${params.docs.map((d) => `${d.id}@${d.textHash}`).join(',')}`
    const known = rowsCache.get(rowsKey)
    if (known) return known
    const entries = await aligning(await analyseAll(params, ctx))
    const terms: PassageTerms[][] = []
    for (const e of entries) {
      terms.push(termsOf(e, params.themeId))
      await checkpoint(ctx)
    }
    const docs = entries.map((e) => ({ text: e.text, passages: e.classified }))
    const rows = buildAlignmentRows(docs, {
      themeId: params.themeId,
      terms,
      onProgress: (done, total) => ctx.progress({ done, total, label: 'align' }),
    })
    // Label words are ranked against the theme's passages only: a word every safety passage uses labels nothing.
    const indexOf = entries.map((e) => new Map(e.classified.map((p, i) => [p.id, i])))
    const themed = entries.flatMap((e, d) => e.classified.flatMap((p, i) => (p.themes.includes(params.themeId) ? [terms[d][i].words] : [])))
    const df = wordFrequencies(themed)
    const prefix = `${params.themeId}.`
    const result: ThemeRows = {
      rows: rows.map((r) => {
        const found = r.members.map((m) => ({ doc: m.doc, i: indexOf[m.doc].get(m.passage) ?? -1 }))
        const passages = found.map(({ doc, i }) => entries[doc].classified[i])
        // The members with terms, each with its words and its text, for the label.
        const labelled = found.flatMap(({ doc, i }, k) => {
          const p = passages[k]
          return terms[doc][i] && p ? [{ words: terms[doc][i].words, text: entries[doc].text.slice(p.start, p.end) }] : []
        })
        return {
          score: r.score,
          label: labelRow(
            labelled.map((m) => m.words),
            df,
            themed.length,
            { texts: labelled.map((m) => m.text) },
          ),
          subtheme: dominantSubtheme(
            passages.map((p) => (p ? subthemesOf(p) : [])),
            prefix,
          ),
          members: found.map(({ doc }, k) => {
            const p = passages[k]
            return { docId: entries[doc].analysed.id, passageId: r.members[k].passage, start: p?.start ?? 0, end: p?.end ?? 0 }
          }),
        }
      }),
    }
    return remember(rowsCache, rowsKey, result, MAX_CACHED_ROWS)
  },

  /** For each group of passage texts, the spans of each text shared with at least one other member (see analysis-wording.ts). */
  wording: async (groups: string[][], ctx: RpcContext): Promise<WordingMarks> => {
    const out: WordingMarks = []
    for (const [g, texts] of groups.entries()) {
      out.push(rowWording(texts))
      ctx.progress({ done: g + 1, total: groups.length, label: 'wording' })
      // After every row (checkpoint yields at most every 30 ms): the lanes cancel the wording of rows
      // they stop drawing (a new theme), and the theme's alignment waits behind it until it stops.
      await checkpoint(ctx)
    }
    return out
  },

  /** The reader's documents aligned passage by passage, for "sync by topic" (see analysis-topic-sync.ts). */
  topicMatches: async (params: AnalyseParams, ctx: RpcContext): Promise<TopicMatches> => {
    const entries = await aligning(await analyseAll(params, ctx))
    await checkpoint(ctx)
    const docs = entries.map((e) => ({ id: e.analysed.id, text: e.text, passages: e.classified, terms: termsOf(e) }))
    return topicMatches(docs, (done, total) => ctx.progress({ done, total, label: 'align' }))
  },

  /** The codebook's terms that would tag most passages (core broadTerms; the background lives in this worker). */
  broadTerms: async (codebook: Codebook): Promise<BroadTerm[]> => broadTerms(codebook),

  /** Year-over-year comparison of two documents (analysed and cached like the others). */
  yearOverYear: async (
    params: YearParams,
    ctx: RpcContext,
  ): Promise<{ earlier: AnalysedDocument; later: AnalysedDocument; comparison: YearComparison }> => {
    const [a, b] = await aligning(await analyseAll({ ...params, docs: [params.earlier, params.later] }, ctx))
    await checkpoint(ctx)
    if (!a || !b) throw new Error('A document of the comparison is no longer in the library')
    const comparison = compareYears(
      { text: a.text, passages: a.classified },
      { text: b.text, passages: b.classified },
      { themeId: params.themeId, terms: [termsOf(a, params.themeId), termsOf(b, params.themeId)] },
    )
    return { earlier: a.analysed, later: b.analysed, comparison }
  },
}

export type AnalysisHandlers = typeof analysisHandlers
