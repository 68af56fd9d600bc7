/** The reader's side pane: the annotations of the open documents; activating one scrolls its column there. */
import type { Annotation } from '../../../core/anchoring'
import { useI18n } from '../../i18n'
import { requestFocus } from './annotation-store'
import { AnnotationPane } from './AnnotationPane'

export function ReaderAnnotationPane({ documentIds }: { documentIds: readonly string[] }) {
  const { t } = useI18n()
  const jump = (a: Annotation): void => {
    if (a.anchorStatus !== 'orphan') requestFocus({ annotationId: a.id, documentId: a.documentId, start: a.position.start, end: a.position.end })
  }
  return (
    <aside className="reader-annotations" aria-label={t('annotations.pane')}>
      <h2 className="pane-title">{t('annotations.pane')}</h2>
      <AnnotationPane documentIds={documentIds} onJump={jump} />
    </aside>
  )
}
