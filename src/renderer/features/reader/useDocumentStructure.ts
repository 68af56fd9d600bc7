/** The structure of a stored document, parsed in the document worker and memoised per text version. */
import { useEffect, useState } from 'react'
import type { DocumentStructure } from '../../../core/structure/types'
import type { StoredDocument } from '../../db/database'
import { structureOf } from '../../workers/document-client'
import { messageOf } from '../../../core/result'

export type StructureState = { status: 'loading' } | { status: 'ready'; structure: DocumentStructure } | { status: 'failed'; message: string }

export function useDocumentStructure(doc: StoredDocument | undefined): StructureState {
  const [state, setState] = useState<StructureState>({ status: 'loading' })
  const key = doc ? `${doc.id}:${doc.textHash ?? doc.updatedAt}` : ''
  useEffect(() => {
    if (!doc) return
    let live = true
    setState({ status: 'loading' })
    structureOf(key, doc.text).then(
      (structure) => live && setState({ status: 'ready', structure }),
      (error: unknown) => live && setState({ status: 'failed', message: messageOf(error) }),
    )
    return () => {
      live = false
    }
    // The key captures the document and its text version.
  }, [key])
  return state
}
