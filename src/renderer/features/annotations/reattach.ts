/**
 * Re-attaching an annotation by hand (one in "needs attention": not found after its document's text
 * changed): start shows its document in the reader, scrolled to where it stood, and the column of that
 * document waits for the user to select the passage it now belongs to (useReattach.ts); cancel ends
 * the wait. The write itself is reattachAction, undoable like any edit.
 */
import type { Annotation } from '../../../core/anchoring'
import { navigateTo } from '../../navigation'
import { getAnnotationUi, requestFocus, setAnnotationUi } from './annotation-store'
import { ensureReaderColumn } from './jump-to-annotation'

/** Starts re-attaching `a`: its document in the reader, its old place in view, the editor open on it. */
export async function startReattach(a: Annotation): Promise<void> {
  await ensureReaderColumn(a.documentId)
  setAnnotationUi({ reattach: { annotationId: a.id, documentId: a.documentId, quote: a.quote }, selectedId: a.id, focusField: null })
  // The old offsets are roughly where to look (the text around them changed): no highlight flashes there.
  requestFocus({ annotationId: a.id, documentId: a.documentId, start: a.position.start, end: a.position.end })
  navigateTo('reader')
}

/** Stops waiting for a passage (nothing is written). */
export function cancelReattach(): void {
  if (getAnnotationUi().reattach) setAnnotationUi({ reattach: null })
}
