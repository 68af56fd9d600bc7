/**
 * The concordance worker: holds the search index of the library's texts (built once per set of
 * texts) and answers searches and figure extraction off the window's thread ("which span does this hit
 * code" is the analysis worker's, which owns sentences and passages). Each call is short (milliseconds per document) and runs to the end; a newer
 * call from the same view simply supersedes its result.
 * Served through rpc.ts; see concordance-client.ts for the caller.
 */
import {
  buildConcordanceIndex,
  searchConcordance,
  sortHits,
  type ConcordanceErrorCode,
  type ConcordanceIndex,
  type ConcordanceQuery,
  type ConcordanceResult,
  type HitOrder,
} from '../../core/concordance'
import { extractFigures, type Figure } from '../../core/figures'
import type { Result } from '../../core/result'
import { serveRpc, type RpcContext, type RpcEndpoint } from './rpc'

/** The corpus to index: each document's id and text, and a key that changes when any text does. */
export interface CorpusParams {
  key: string
  docs: { id: string; text: string }[]
}

export interface SearchParams {
  query: ConcordanceQuery
  /** Code units of context each side. */
  context: number
  order: HitOrder
}

/** Documents of the indexed corpus and the spans (passages) to look for figures in. */
export interface FiguresParams {
  docs: { id: string; spans: { start: number; end: number }[] }[]
}

let corpusKey = ''
let index: ConcordanceIndex | null = null
let texts = new Map<string, string>()

export const concordanceHandlers = {
  /** Indexes the corpus unless the same key is indexed already; returns the number of documents. */
  setCorpus: (params: CorpusParams, ctx: RpcContext): number => {
    if (params.key === corpusKey && index) return params.docs.length
    ctx.progress({ done: 0, total: params.docs.length, label: 'index' })
    index = buildConcordanceIndex(params.docs)
    texts = new Map(params.docs.map((d) => [d.id, d.text]))
    corpusKey = params.key
    ctx.progress({ done: params.docs.length, total: params.docs.length, label: 'index' })
    return params.docs.length
  },
  /** Searches the indexed corpus; hits come back sorted in `order`. */
  search: (params: SearchParams): Result<ConcordanceResult, ConcordanceErrorCode> => {
    if (!index) return { ok: false, error: { code: 'BAD_QUERY', message: 'no corpus indexed' } }
    const result = searchConcordance(index, params.query, params.context)
    if (!result.ok) return result
    return { ok: true, value: { ...result.value, hits: sortHits(result.value.hits, params.order) } }
  },
  /** Figures inside each document's spans (each with its span index), documents in the order given. */
  figures: (params: FiguresParams, ctx: RpcContext): { docId: string; figures: Figure[] }[] =>
    params.docs.map((doc, i) => {
      ctx.progress({ done: i, total: params.docs.length })
      return { docId: doc.id, figures: extractFigures(texts.get(doc.id) ?? '', doc.spans) }
    }),
}

export type ConcordanceHandlers = typeof concordanceHandlers

serveRpc(self as unknown as RpcEndpoint, concordanceHandlers)
