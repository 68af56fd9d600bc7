/**
 * The theme analysis of a set of documents, computed in the analysis worker: each document's
 * passages (offsets and themes) and theme shares, or the shares only. Recomputed when a document's
 * text or the codebook changes; a running computation is cancelled when the inputs change.
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { getDatabase, type DocumentMeta, type StoredDocument } from '../../db/database'
import { documentMetaOf, listDocumentMeta, listDocuments } from '../../db/documents'
import { analyseInWorker, sharesInWorker } from '../../workers/analysis-client'
import type { AnalyseParams, AnalysedDocument, AnalysisDocInput, DocumentShares } from '../../workers/analysis-handlers'
import type { CallOptions, RpcProgress } from '../../workers/rpc'
import { useCodebook, type CodebookState } from '../codebook'
import { useWorkerTask } from './useWorkerTask'

/**
 * The analysis of the chosen documents. `documents` (the latest finished result while a new one
 * runs) is in the order of the ids asked for; `loaded` are the documents before analysis
 * (undefined while loading).
 */
export type CorpusAnalysis = AnalysisTask<AnalysedDocument>

/** A document as the workers take it, with its text. */
export function toAnalysisInput(doc: StoredDocument): Required<AnalysisDocInput> {
  return { id: doc.id, textHash: doc.textHash, text: doc.text }
}

/** The stored documents with these ids, in that order (missing ones left out); all documents when undefined. */
export function useDocuments(docIds: readonly string[] | undefined): StoredDocument[] | undefined {
  const idsKey = docIds?.join('|')
  return useLiveQuery(async () => {
    if (!docIds) return (await listDocuments()).reverse()
    const rows = await getDatabase().documents.bulkGet([...docIds])
    return rows.filter((d): d is StoredDocument => d !== undefined)
  }, [idsKey])
}

/** As {@link useDocuments} without the texts: for views that show no text (oldest import first when undefined). */
export function useDocumentMeta(docIds: readonly string[] | undefined): DocumentMeta[] | undefined {
  const idsKey = docIds?.join('|')
  return useLiveQuery(async () => (docIds ? documentMetaOf(docIds) : (await listDocumentMeta()).reverse()), [idsKey])
}

/** The task's result for each document, with the stored document (`D`: with or without its text) beside it. */
export interface AnalysisTask<T, D extends DocumentMeta | StoredDocument = StoredDocument> {
  status: 'idle' | 'running' | 'ready' | 'failed'
  progress?: RpcProgress
  error?: string
  documents: { doc: D; analysed: T }[]
  loaded?: D[]
  codebook: CodebookState
}

/**
 * A document as the worker's analysis takes it: id and text hash only. The worker reads the texts it
 * needs from the library itself (most often none: its caches hold the classification), so nothing is
 * copied from the window for documents it already knows.
 */
export function toAnalysisKey({ id, textHash }: { id: string; textHash: string }): AnalysisDocInput {
  return { id, textHash }
}

/** Runs one analysis call for the `loaded` documents with `codebook` in the worker (see useCorpusAnalysis). */
function useAnalysisTask<T extends { id: string }, D extends DocumentMeta | StoredDocument>(
  kind: string,
  call: (params: AnalyseParams, options: CallOptions) => Promise<T[]>,
  loaded: D[] | undefined,
  codebook: CodebookState | undefined,
): AnalysisTask<T, D> {
  const own = useCodebook()
  const book = codebook ?? own
  const inputs = useMemo(() => loaded?.map(toAnalysisKey), [loaded])
  const key = inputs && book.ready ? `${kind}:${book.key}:${inputs.map((d) => `${d.id}@${d.textHash}`).join(',')}` : null
  const task = useWorkerTask(key, (options) => call({ docs: inputs ?? [], codebook: book.codebook, codebookKey: book.key }, options))
  // While it runs, the items already sent (a first analysis of many documents) if they are more than
  // the last result shown.
  const partial = task.status === 'running' && (task.partial?.length ?? 0) > (task.value?.length ?? 0) ? (task.partial as T[]) : undefined
  const results = partial ?? task.value
  // In the order asked for (partial items come in the order they were finished).
  const documents = useMemo(() => {
    const byId = new Map((results ?? []).map((analysed) => [analysed.id, analysed]))
    return (loaded ?? []).flatMap((doc) => {
      const analysed = byId.get(doc.id)
      return analysed ? [{ doc, analysed }] : []
    })
  }, [results, loaded])
  return { status: task.status, progress: task.progress, error: task.error, documents, loaded, codebook: book }
}

/**
 * Analyses `docIds` (every document in the library, oldest import first, when undefined) with
 * `codebook` (the user's codebook when omitted). Shows progress as `progress` ({done, total} documents).
 */
export function useCorpusAnalysis(docIds?: readonly string[], codebook?: CodebookState): CorpusAnalysis {
  return useAnalysisTask('analyse', analyseInWorker, useDocuments(docIds), codebook)
}

/** Each document's theme shares only, as useCorpusAnalysis computes them, without the passages (the matrix needs no more). */
export function useCorpusShares(docIds?: readonly string[], codebook?: CodebookState): AnalysisTask<DocumentShares, DocumentMeta> {
  return useAnalysisTask('shares', sharesInWorker, useDocumentMeta(docIds), codebook)
}
