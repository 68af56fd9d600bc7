/**
 * The figures of every analysed document, extracted in the concordance worker from the passages the
 * analysis found (so each figure knows its passage and theme). Re-run when the analysis changes.
 */
import { useMemo } from 'react'
import { ensureCorpus, figuresInWorker } from '../../workers/concordance-client'
import { useWorkerTask, type CorpusAnalysis, type TaskState } from '../analysis'
import { figureRows, type FigureRow } from './figure-rows'

export function useFigures(analysis: CorpusAnalysis): TaskState<FigureRow[]> {
  const { documents, loaded } = analysis
  const key = useMemo(
    () =>
      analysis.status === 'ready' && documents.length > 0
        ? documents.map(({ doc, analysed }) => `${doc.id}@${doc.textHash}:${analysed.passages.length}`).join(',')
        : null,
    [analysis.status, documents],
  )
  return useWorkerTask(key, async (options) => {
    // The worker keeps one corpus: the whole library, as the concordance indexes it.
    const corpus = (loaded ?? []).map((d) => ({ id: d.id, text: d.text }))
    await ensureCorpus({ key: (loaded ?? []).map((d) => `${d.id}@${d.textHash}`).join(','), docs: corpus }, options)
    const found = await figuresInWorker(
      { docs: documents.map(({ doc, analysed }) => ({ id: doc.id, spans: analysed.passages.map(({ start, end }) => ({ start, end })) })) },
      options,
    )
    const passagesOf = new Map(documents.map(({ doc, analysed }) => [doc.id, analysed.passages]))
    return found.flatMap(({ docId, figures }) => figureRows(docId, passagesOf.get(docId) ?? [], figures))
  })
}
