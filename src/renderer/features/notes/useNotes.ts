/** The live rows of the Notes place: memos, annotations and documents (undefined while loading). */
import { useLiveQuery } from 'dexie-react-hooks'
import { readNotesLibrary, type NotesLibrary } from '../../db/notes-library'

export function useNotesData(): NotesLibrary | undefined {
  return useLiveQuery(() => readNotesLibrary(), [])
}
