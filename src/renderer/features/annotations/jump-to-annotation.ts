/**
 * "Show me this annotation": makes sure its document has a reader column (added at the right, the
 * leftmost dropped when four are open), then asks that column to scroll to the passage and flash it.
 * Annotations that cannot be drawn (orphans) only open their document.
 */
import type { Annotation } from '../../../core/anchoring'
import { MAX_READER_COLUMNS, getSetting, normaliseLayout, saveLayout } from '../../db/settings'
import { requestFocus, selectAnnotation } from './annotation-store'

/** Opens the annotation's document in the reader (if needed) and requests the jump. */
export async function jumpToAnnotation(a: Annotation): Promise<void> {
  const layout = normaliseLayout(await getSetting('readerLayout'))
  if (!layout.columns.some((c) => c.docId === a.documentId)) {
    const columns = [...layout.columns, { docId: a.documentId, scrollTop: 0, outlineOpen: true }].slice(-MAX_READER_COLUMNS)
    await saveLayout({ ...layout, columns })
  }
  selectAnnotation(a.id)
  if (a.anchorStatus !== 'orphan') requestFocus({ annotationId: a.id, documentId: a.documentId, start: a.position.start, end: a.position.end })
}
