/** The structure of a stored document, parsed in the analysis worker and memoised per text version. */
import { useEffect, useEffectEvent, useState } from 'react'
import type { DocumentStructure } from '../../../core/structure/types'
import type { StoredDocument } from '../../db/database'
import { structureInWorker } from '../../workers/analysis-client'
import { messageOf } from '../../../core/result'

export type StructureState =
  { status: 'loading' } | { status: 'ready'; structure: DocumentStructure } | { status: 'failed'; message: string }

export function useDocumentStructure(doc: StoredDocument | undefined): StructureState {
  const [state, setState] = useState<StructureState>({ status: 'loading' })
  const key = doc ? `${doc.id}:${doc.textHash}` : ''
  const parse = useEffectEvent(() => (doc ? structureInWorker(doc) : undefined))
  useEffect(() => {
    const parsing = parse()
    if (!parsing) return
    let live = true
    setState({ status: 'loading' })
    parsing.then(
      (structure) => live && setState({ status: 'ready', structure }),
      (error: unknown) => live && setState({ status: 'failed', message: messageOf(error) }),
    )
    return () => {
      live = false
    }
  }, [key])
  return state
}
