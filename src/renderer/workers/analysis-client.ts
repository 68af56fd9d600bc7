/**
 * The window's handle on the analysis worker: one shared worker started on first use, with typed
 * calls (progress and cancellation through rpc.ts). The worker keeps its own per-document cache, so
 * repeated calls with the same documents and codebook are cheap.
 */
import { RpcClient, type CallOptions } from './rpc'
import type { Codebook } from '../../core/themes'
import type { AnalysisHandlers, AnalyseParams, ThemeRowsParams, YearParams } from './analysis-handlers'

let client: RpcClient<AnalysisHandlers> | null = null

function getClient(): RpcClient<AnalysisHandlers> {
  if (!client) {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'bidu-analysis' })
    const rpc = new RpcClient<AnalysisHandlers>(worker)
    // A worker that fails to load or crashes would leave calls pending forever: fail them, start afresh next time.
    const fail = (): void => {
      rpc.dispose()
      worker.terminate()
      if (client === rpc) client = null
    }
    worker.addEventListener('error', fail)
    worker.addEventListener('messageerror', fail)
    client = rpc
  }
  return client
}

/** Classifies documents: passages with their themes (the evidence stays in the worker) and theme shares. */
export function analyseInWorker(params: AnalyseParams, options: CallOptions = {}) {
  return getClient().call('analyse', params, options)
}

/** Each document's theme shares only (classified and cached like analyseInWorker). */
export function sharesInWorker(params: AnalyseParams, options: CallOptions = {}) {
  return getClient().call('shares', params, options)
}

/** One theme's alignment rows. */
export function themeRowsInWorker(params: ThemeRowsParams, options: CallOptions = {}) {
  return getClient().call('themeRows', params, options)
}

/** Shared wording of each group of passage texts. */
export function wordingInWorker(groups: string[][], options: CallOptions = {}) {
  return getClient().call('wording', groups, options)
}

/** Year-over-year comparison of two documents. */
export function yearOverYearInWorker(params: YearParams, options: CallOptions = {}) {
  return getClient().call('yearOverYear', params, options)
}

/** The codebook's terms that would tag most passages, for a warning. */
export function broadTermsInWorker(codebook: Codebook, options: CallOptions = {}) {
  return getClient().call('broadTerms', codebook, options)
}
