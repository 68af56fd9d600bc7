/**
 * The traces of a set of documents: each document's echoes of its references, found in the tracing
 * worker, combined over its references (combine-echoes.ts) and summed over its passages and themes
 * (traceDocument) with the passages the analysis worker cut and classified, so tracing and the other
 * compare views agree on passages and themes. Pairs that could not be traced carry their error code.
 */
import { useMemo } from 'react'
import { hashText } from '../../../core/anchoring'
import { combineEchoes, traceDocument, type DocumentTrace, type ReferenceErrorCode, type SourcedEcho } from '../../../core/trace'
import type { StoredDocument } from '../../db/database'
import { traceInWorker } from '../../workers/trace-client'
import type { PairTrace, TraceText } from '../../workers/trace.worker'
import type { RpcProgress } from '../../workers/rpc'
import { useCorpusAnalysis, useWorkerTask, type AnalysedPassage } from '../analysis'
import type { TracePairs } from '../analysis'

/** One document's trace. */
export interface TracedDocument {
  doc: StoredDocument
  referenceIds: string[]
  /** Echoes of all its references, each naming its reference; undefined until traced. */
  echoes?: SourcedEcho[]
  /** Sums over passages and themes; undefined until both tracing and the analysis are done. */
  trace?: DocumentTrace & { spans: SourcedEcho[] }
  /** The document's passages with their themes (from the analysis worker); undefined until analysed. */
  passages?: AnalysedPassage[]
  /** References that could not be used, with the reason. */
  refused: { referenceId: string; code: ReferenceErrorCode }[]
}

export interface TracesState {
  status: 'idle' | 'running' | 'ready' | 'failed'
  progress?: RpcProgress
  error?: string
  documents: TracedDocument[]
}

const toInput = (doc: StoredDocument): TraceText => ({ id: doc.id, textHash: doc.textHash ?? hashText(doc.text), text: doc.text })

/** Traces `docIds` (in that order) against their references in `pairs`. */
export function useTraces(docIds: readonly string[] | undefined, pairs: TracePairs): TracesState {
  const analysis = useCorpusAnalysis(docIds)
  const docs = analysis.loaded
  const request = useMemo(() => {
    if (!docs || !pairs.ready) return null
    const items = docs.map((doc) => ({ doc: toInput(doc), referenceIds: pairs.referencesOf(doc.id) }))
    const refIds = [...new Set(items.flatMap((i) => i.referenceIds))]
    const references = refIds.flatMap((id) => {
      const ref = pairs.library.get(id)
      return ref ? [toInput(ref)] : []
    })
    const key =
      items.map((i) => `${i.doc.id}@${i.doc.textHash}>${i.referenceIds.join('+')}`).join(',') +
      '|' +
      references.map((r) => `${r.id}@${r.textHash}`).join(',')
    return { key, params: { references, docs: items } }
  }, [docs, pairs])
  const task = useWorkerTask(request?.key ?? null, (options) => traceInWorker(request!.params, options))
  const documents = useMemo((): TracedDocument[] => {
    const analysed = new Map(analysis.documents.map((d) => [d.doc.id, d.analysed]))
    const byDoc = new Map<string, PairTrace[]>()
    for (const pair of task.value ?? []) {
      const list = byDoc.get(pair.docId) ?? []
      list.push(pair)
      byDoc.set(pair.docId, list)
    }
    return (docs ?? []).map((doc) => {
      const referenceIds = pairs.referencesOf(doc.id)
      const results = byDoc.get(doc.id)
      const refused = (results ?? []).flatMap((r) => (r.error ? [{ referenceId: r.referenceId, code: r.error }] : []))
      const passages = analysed.get(doc.id)?.passages
      if (!results) return { doc, referenceIds, passages, refused }
      const order = (id: string): number => referenceIds.indexOf(id)
      const echoes = combineEchoes(results.filter((r) => !r.error).sort((a, b) => order(a.referenceId) - order(b.referenceId)))
      const trace = passages ? { ...traceDocument(doc.text.length, echoes, passages), spans: echoes } : undefined
      return { doc, referenceIds, echoes, trace, passages, refused }
    })
  }, [docs, task.value, analysis.documents, pairs])
  const running = task.status === 'running' || analysis.status === 'running'
  return {
    status: running ? 'running' : task.status,
    progress: task.progress ?? analysis.progress,
    error: task.error ?? analysis.error,
    documents,
  }
}
