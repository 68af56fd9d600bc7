/**
 * Classifies the library in the analysis worker shortly after launch and after the library or the
 * codebook changes, so the compare views open from the worker's cache instead of classifying first
 * (a cold engine needs about twice as long as a warm one: 200 reports ≈ 1 s). While it runs, a status
 * line at the foot of the window counts the documents; the worker keeps what it classified in
 * IndexedDB, so after a reload it goes on from there. It waits until the library has been still for
 * PREWARM_DELAY_MS, so an import in progress keeps the processor to itself; a view opened meanwhile
 * shares the work through the worker's cache. When the browser's quota refuses the cache's writes, a
 * line says so after each run (analyses then last until a restart); it goes once a write succeeds.
 */
import { useEffect, useMemo, useState } from 'react'
import { useI18n } from '../../i18n'
import { analysisCacheFullInWorker, sharesInWorker } from '../../workers/analysis-client'
import { useCodebook } from '../codebook'
import { toAnalysisKey, useDocumentMeta } from './useCorpusAnalysis'
import { useWorkerTask } from './useWorkerTask'

/** Quiet time before classifying (after launch, an import or a codebook edit). */
export const PREWARM_DELAY_MS = 1500

/** `value`, once it has stayed the same for `ms`; null before that. */
function useSettled(value: string | null, ms: number): string | null {
  const [settled, setSettled] = useState<string | null>(null)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled === value ? settled : null
}

export function AnalysisPrewarm() {
  const { t } = useI18n()
  const docs = useDocumentMeta(undefined)
  const book = useCodebook()
  const inputs = useMemo(() => docs?.map(toAnalysisKey), [docs])
  const key = inputs && inputs.length > 0 && book.ready ? `${book.key}:${inputs.map((d) => `${d.id}@${d.textHash}`).join(',')}` : null
  const settled = useSettled(key, PREWARM_DELAY_MS)
  const task = useWorkerTask(settled, (options) =>
    sharesInWorker({ docs: inputs ?? [], codebook: book.codebook, codebookKey: book.key }, options),
  )
  const [cacheFull, setCacheFull] = useState(false)
  useEffect(() => {
    if (task.status !== 'ready') return
    let live = true
    analysisCacheFullInWorker().then(
      (full) => live && setCacheFull(full),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [task.status, task.valueKey])
  const progress = task.progress
  // Cached documents count up at once; only a run with work left is worth a line.
  const counting = task.status === 'running' && progress && progress.done < progress.total
  if (!counting && !cacheFull) return null
  return (
    <div className="background-analysis" role="status" data-testid="background-analysis">
      {counting && <span>{t('analysis.background', { done: progress.done, total: progress.total })}</span>}
      {cacheFull && (
        <span className="analysis-cache-full" data-testid="analysis-cache-full">
          {t('analysis.cacheFull')}
        </span>
      )}
    </div>
  )
}
