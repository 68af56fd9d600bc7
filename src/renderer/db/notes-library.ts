/** What notes and exports are made of, read together: documents, annotations and memos (for `useLiveQuery`). */
import type { Annotation } from '../../core/anchoring'
import type { Memo } from '../../core/memos'
import { listAnnotations } from './annotations'
import { getDatabase, type BiduDatabase, type StoredDocument } from './database'
import { listDocuments } from './documents'
import { listMemos } from './memos'

export interface NotesLibrary {
  documents: StoredDocument[]
  annotations: Annotation[]
  memos: Memo[]
}

export async function readNotesLibrary(db: BiduDatabase = getDatabase()): Promise<NotesLibrary> {
  const [documents, annotations, memos] = await Promise.all([listDocuments(db), listAnnotations(db), listMemos(db)])
  return { documents, annotations, memos }
}
