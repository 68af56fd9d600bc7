/** The live rows of the Notes place: memos, annotations and documents (undefined while loading). */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Annotation } from '../../../core/anchoring'
import type { Memo } from '../../../core/memos'
import { listAnnotations } from '../../db/annotations'
import type { StoredDocument } from '../../db/database'
import { listDocuments } from '../../db/documents'
import { listMemos } from '../../db/memos'

export interface NotesData {
  memos: Memo[]
  annotations: Annotation[]
  documents: StoredDocument[]
}

export function useNotesData(): NotesData | undefined {
  return useLiveQuery(async () => {
    const [memos, annotations, documents] = await Promise.all([listMemos(), listAnnotations(), listDocuments()])
    return { memos, annotations, documents }
  }, [])
}
