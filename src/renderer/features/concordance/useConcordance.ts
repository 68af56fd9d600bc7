/**
 * The concordance's state: the library's texts indexed in the concordance worker (re-sent only when a
 * text changes), one search at a time (a new search cancels the previous), and the hits sorted in the
 * chosen order. Sorting an existing result happens here: it is a few milliseconds for the hit cap.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  sortHits,
  type ConcordanceErrorCode,
  type ConcordanceQuery,
  type ConcordanceResult,
  type HitOrder,
} from '../../../core/concordance'
import type { StoredDocument } from '../../db/database'
import { ensureCorpus, searchInWorker } from '../../workers/concordance-client'
import { ABORT_ERROR } from '../../workers/rpc'
import { useDocuments } from '../analysis'
import { messageOf } from '../../../core/result'

/** Code units of context shown on each side of a match. */
export const CONTEXT_CHARS = 40
/** Hits returned with context (all are counted). */
export const MAX_HITS = 5000
const NO_IDS: readonly string[] = []

export interface ConcordanceState {
  status: 'idle' | 'indexing' | 'searching' | 'ready' | 'failed'
  result?: ConcordanceResult
  error?: { code: ConcordanceErrorCode | 'WORKER'; message: string }
}

export interface Concordance {
  state: ConcordanceState
  /** Documents of the set by id (for coding). */
  docs: Map<string, StoredDocument>
  docCount: number
  order: HitOrder
  setOrder(order: HitOrder): void
  search(query: ConcordanceQuery): void
}

/** The concordance over the documents `docIds` (undefined while the set is being read: nothing yet). */
export function useConcordance(docIds: readonly string[] | undefined): Concordance {
  const loaded = useDocuments(docIds ?? NO_IDS)
  const [state, setState] = useState<ConcordanceState>({ status: 'idle' })
  const [order, setOrderState] = useState<HitOrder>('doc')
  const running = useRef<AbortController | null>(null)
  const docs = useMemo(() => new Map((loaded ?? []).map((d) => [d.id, d])), [loaded])
  const corpus = useMemo(() => {
    if (!loaded) return null
    const list = loaded.map((d) => ({ id: d.id, text: d.text }))
    return { key: loaded.map((d) => `${d.id}@${d.textHash}`).join(','), docs: list }
  }, [loaded])

  useEffect(() => () => running.current?.abort(), [])

  const search = useCallback(
    (query: ConcordanceQuery) => {
      if (!corpus) return
      running.current?.abort()
      const controller = new AbortController()
      running.current = controller
      const options = { signal: controller.signal }
      setState((s) => ({ ...s, status: 'indexing', error: undefined }))
      void ensureCorpus(corpus, options)
        .then(() => {
          setState((s) => ({ ...s, status: 'searching' }))
          return searchInWorker({ query: { ...query, maxHits: MAX_HITS }, context: CONTEXT_CHARS, order }, options)
        })
        .then(
          (result) => {
            if (controller.signal.aborted) return
            setState(result.ok ? { status: 'ready', result: result.value } : { status: 'failed', error: result.error })
          },
          (error: unknown) => {
            if (error instanceof Error && error.name === ABORT_ERROR) return
            setState({ status: 'failed', error: { code: 'WORKER', message: messageOf(error) } })
          },
        )
    },
    [corpus, order],
  )

  const setOrder = useCallback((next: HitOrder) => {
    setOrderState(next)
    setState((s) => (s.result ? { ...s, result: { ...s.result, hits: sortHits(s.result.hits, next) } } : s))
  }, [])

  return { state, docs, docCount: loaded?.length ?? 0, order, setOrder, search }
}

/** The key of a hit in tick sets: document, start and end. */
export function hitKey(hit: { docId: string; start: number; end: number }): string {
  return `${hit.docId}:${hit.start}:${hit.end}`
}
