/**
 * The window's handle on the analysis worker: one shared worker started on first use, with typed
 * calls (progress and cancellation through rpc.ts). The worker keeps its own per-document cache, so
 * repeated calls with the same documents and codebook are cheap. Document structure comes from this
 * worker too (it alone parses); the window keeps the last few structures it was sent.
 */
import type { CallOptions } from './rpc'
import { WorkerClient } from './worker-client'
import { remember } from './bounded-cache'
import type { Codebook } from '../../core/themes'
import type { DocumentStructure } from '../../core/structure/types'
import type { AnalysisHandlers, AnalyseParams, ThemeRowsParams, YearParams } from './analysis-handlers'
import type { StructureInput } from './analysis-structure'
import type { CodeSpansParams, StructureHandlers } from './structure-handlers'

const worker = new WorkerClient<AnalysisHandlers & StructureHandlers>(
  () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'bidu-analysis' }),
)

/** Classifies documents: passages with their themes (the evidence stays in the worker) and theme shares. */
export function analyseInWorker(params: AnalyseParams, options: CallOptions = {}) {
  return worker.call('analyse', params, options)
}

/** Each document's theme shares only (classified and cached like analyseInWorker). */
export function sharesInWorker(params: AnalyseParams, options: CallOptions = {}) {
  return worker.call('shares', params, options)
}

/** True while the worker's persistent cache cannot be written for the browser's quota. */
export function analysisCacheFullInWorker(options: CallOptions = {}) {
  return worker.call('cacheFull', undefined, options)
}

/** One theme's alignment rows. */
export function themeRowsInWorker(params: ThemeRowsParams, options: CallOptions = {}) {
  return worker.call('themeRows', params, options)
}

/** Shared wording of each group of passage texts. */
export function wordingInWorker(groups: string[][], options: CallOptions = {}) {
  return worker.call('wording', groups, options)
}

/** Year-over-year comparison of two documents. */
export function yearOverYearInWorker(params: YearParams, options: CallOptions = {}) {
  return worker.call('yearOverYear', params, options)
}

/** The reader's documents aligned passage by passage ("sync by topic"). */
export function topicMatchesInWorker(params: AnalyseParams, options: CallOptions = {}) {
  return worker.call('topicMatches', params, options)
}

/** The codebook's terms that would tag most passages, for a warning. */
export function broadTermsInWorker(codebook: Codebook, options: CallOptions = {}) {
  return worker.call('broadTerms', codebook, options)
}

// By text hash; a handful of open documents, so the window's copy stays small.
const MAX_CACHED_STRUCTURES = 16
const structures = new Map<string, Promise<DocumentStructure>>()

/** The structure of a document's text (parsed by the worker once per text hash, then memoised here). */
export function structureInWorker(doc: StructureInput): Promise<DocumentStructure> {
  const cached = structures.get(doc.textHash)
  if (cached) return cached
  const pending = worker.call('structure', { textHash: doc.textHash, text: doc.text })
  pending.catch(() => structures.delete(doc.textHash))
  return remember(structures, doc.textHash, pending, MAX_CACHED_STRUCTURES)
}

/** The outline of each document, in order. */
export function outlinesInWorker(docs: StructureInput[], options: CallOptions = {}) {
  return worker.call('outlines', docs, options)
}

/** The distinct spans that coding the given hits annotates (hit, sentence or passage). */
export function codeSpansInWorker(params: CodeSpansParams, options: CallOptions = {}) {
  return worker.call('codeSpans', params, options)
}
