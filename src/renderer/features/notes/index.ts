/**
 * Notes and outputs: the Notes place (memos on documents, themes and the project with passage notes)
 * and retrieved segments (every coded segment of chosen themes, grouped by document).
 */
import './notes.css'

export { NotesView } from './NotesView'
export { SegmentsView } from './SegmentsView'
