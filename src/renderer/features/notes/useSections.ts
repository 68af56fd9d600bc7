/**
 * Outline section labels of annotated passages, for citations (place · year · section): each needed
 * document's structure is parsed in the analysis worker (memoised per text version), so a list
 * over sixty documents never parses on the window's thread. Until a structure arrives its rows show no section.
 */
import { useEffect, useState } from 'react'
import type { Annotation } from '../../../core/anchoring'
import { sectionLabel } from '../../../core/export'
import type { OutlineNode } from '../../../core/structure/types'
import type { StoredDocument } from '../../db/database'
import { structureInWorker } from '../../workers/analysis-client'

/** A function giving an annotation's section label ('' when unknown or orphaned). */
export type SectionOf = (a: Annotation) => string

export function useSections(documents: readonly StoredDocument[] | undefined, annotations: readonly Annotation[]): SectionOf {
  const [outlines, setOutlines] = useState<ReadonlyMap<string, OutlineNode[]>>(new Map())
  const needed = [...new Set(annotations.map((a) => a.documentId))].sort().join('|')
  useEffect(() => {
    if (!documents) return
    let live = true
    const wanted = new Set(needed.split('|'))
    const docs = documents.filter((d) => wanted.has(d.id))
    void Promise.all(docs.map(async (d) => [d.id, (await structureInWorker(d)).outline] as const)).then(
      (pairs) => live && setOutlines(new Map(pairs)),
    )
    return () => {
      live = false
    }
  }, [documents, needed])
  return (a) => (a.anchorStatus === 'orphan' ? '' : sectionLabel(outlines.get(a.documentId), a.position.start))
}
