/**
 * "Show me this annotation": makes sure its document has a reader column (added at the right, the
 * leftmost dropped when four are open), then asks that column to scroll to the passage and flash it.
 * Annotations that cannot be drawn (orphans) only open their document.
 */
import type { Annotation } from '../../../core/anchoring'
import { MAX_READER_COLUMNS, getSetting, normaliseLayout, saveLayout } from '../../db/settings'
import { requestFocus, selectAnnotation } from './annotation-store'

/** Adds a reader column for the document unless it has one (written to the stored layout). */
export async function ensureReaderColumn(documentId: string): Promise<void> {
  const layout = normaliseLayout(await getSetting('readerLayout'))
  if (layout.columns.some((c) => c.docId === documentId)) return
  const columns = [...layout.columns, { docId: documentId, scrollTop: 0, outlineOpen: true }].slice(-MAX_READER_COLUMNS)
  await saveLayout({ ...layout, columns })
}

/** Opens the annotation's document in the reader (if needed) and requests the jump. */
export async function jumpToAnnotation(a: Annotation): Promise<void> {
  await ensureReaderColumn(a.documentId)
  selectAnnotation(a.id)
  if (a.anchorStatus !== 'orphan')
    requestFocus({ annotationId: a.id, documentId: a.documentId, start: a.position.start, end: a.position.end })
}
