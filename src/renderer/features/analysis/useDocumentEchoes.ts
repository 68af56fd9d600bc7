/**
 * One document's echoes of its references (the pairing of useTracePairs), found in the tracing
 * worker and combined over its references, for the reader's overlay. Shares the worker's cache with
 * the tracing view, so a document traced there comes back at once. Nothing runs while disabled.
 */
import { useMemo } from 'react'
import { hashText } from '../../../core/anchoring'
import { combineEchoes, type SourcedEcho } from '../../../core/trace'
import type { StoredDocument } from '../../db/database'
import { traceInWorker } from '../../workers/trace-client'
import type { TraceParams } from '../../workers/trace.worker'
import { useTracePairs } from './useTracePairs'
import { useWorkerTask } from './useWorkerTask'

const NO_ECHOES: SourcedEcho[] = []

/** The echoes of `doc` (sorted, not overlapping), [] without references; undefined while disabled or not yet traced. */
export function useDocumentEchoes(doc: StoredDocument | undefined, enabled: boolean): SourcedEcho[] | undefined {
  const pairs = useTracePairs()
  const request = useMemo((): { key: string; params: TraceParams } | null => {
    if (!enabled || !doc || !pairs.ready) return null
    const input = (d: StoredDocument) => ({ id: d.id, textHash: d.textHash ?? hashText(d.text), text: d.text })
    const referenceIds = pairs.referencesOf(doc.id)
    const references = referenceIds.flatMap((id) => {
      const ref = pairs.library.get(id)
      return ref ? [input(ref)] : []
    })
    const key = [input(doc), ...references].map((d) => `${d.id}@${d.textHash}`).join('>')
    return { key, params: { references, docs: [{ doc: input(doc), referenceIds }] } }
  }, [enabled, doc, pairs])
  const task = useWorkerTask(request?.key ?? null, (options) => traceInWorker(request!.params, options))
  return useMemo(() => {
    if (!request || task.valueKey !== request.key || !task.value) return undefined
    const order = request.params.docs[0]!.referenceIds
    const usable = task.value.filter((p) => !p.error).sort((a, b) => order.indexOf(a.referenceId) - order.indexOf(b.referenceId))
    return usable.length > 0 ? combineEchoes(usable) : NO_ECHOES
  }, [request, task.value, task.valueKey])
}
