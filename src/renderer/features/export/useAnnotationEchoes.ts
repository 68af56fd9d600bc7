/**
 * The reference wording each exported annotation repeats, for the Markdown export's "reference
 * wording repeated" section: the annotated documents are traced against their references (the
 * pairing of the tracing view) in the tracing worker, and each annotation gets the source wording of
 * every echo that overlaps its span. Computed only when the export includes it; `complete` says
 * whether the echoes for the current inputs are there, so Save can wait for them.
 */
import { useCallback, useMemo } from 'react'
import type { Annotation } from '../../../core/anchoring'
import type { ExportEcho } from '../../../core/export'
import { combineEchoes, type SourcedEcho } from '../../../core/trace'
import type { StoredDocument } from '../../db/database'
import { traceInWorker } from '../../workers/trace-client'
import { toAnalysisInput, useTracePairs, useWorkerTask } from '../analysis'

export interface EchoesState {
  echoesOf: (annotation: Annotation) => ExportEcho[]
  complete: boolean
}

const NONE = (): ExportEcho[] => []

/** Echoes of the annotated documents when `enabled`; `labelOf` names a reference in the export. */
export function useAnnotationEchoes(enabled: boolean, annotations: readonly Annotation[], labelOf: (docId: string) => string): EchoesState {
  const pairs = useTracePairs()
  const request = useMemo(() => {
    if (!enabled || !pairs.ready || annotations.length === 0) return null
    const docIds = [...new Set(annotations.map((a) => a.documentId))].filter((id) => pairs.library.has(id))
    const docs = docIds.map((id) => ({ doc: toAnalysisInput(pairs.library.get(id)!), referenceIds: pairs.referencesOf(id) }))
    const refIds = [...new Set(docs.flatMap((d) => d.referenceIds))]
    const references = refIds.map((id) => toAnalysisInput(pairs.library.get(id)!))
    if (refIds.length === 0) return null
    const key =
      docs.map((d) => `${d.doc.id}@${d.doc.textHash}>${d.referenceIds.join('+')}`).join(',') +
      '|' +
      references.map((r) => `${r.id}@${r.textHash}`).join(',')
    return { key, params: { references, docs } }
  }, [enabled, pairs, annotations])
  const task = useWorkerTask(request?.key ?? null, (options) => traceInWorker(request!.params, options))
  const byDoc = useMemo(() => {
    const map = new Map<string, SourcedEcho[]>()
    if (!request || task.valueKey !== request.key) return map
    for (const { doc, referenceIds } of request.params.docs) {
      const usable = (task.value ?? [])
        .filter((p) => p.docId === doc.id && !p.error)
        .sort((a, b) => referenceIds.indexOf(a.referenceId) - referenceIds.indexOf(b.referenceId))
      map.set(doc.id, combineEchoes(usable))
    }
    return map
  }, [request, task.value, task.valueKey])
  const echoesOf = useCallback(
    (a: Annotation): ExportEcho[] =>
      (byDoc.get(a.documentId) ?? [])
        .filter((e) => e.end > a.position.start && e.start < a.position.end)
        .flatMap((e) => {
          const reference: StoredDocument | undefined = pairs.library.get(e.referenceId)
          return reference ? [{ reference: labelOf(e.referenceId), text: reference.text.slice(e.refStart, e.refEnd) }] : []
        }),
    [byDoc, pairs, labelOf],
  )
  const complete = request === null || task.valueKey === request.key
  return { echoesOf: request ? echoesOf : NONE, complete }
}
