/**
 * The annotation pane beside a view's columns (the reader, the lanes): the annotations of the open
 * documents, resizable from its left edge; activating one scrolls its column there. Whether it shows
 * and how wide comes from useAnnotationPane, which remembers both.
 */
import type { Annotation } from '../../../core/anchoring'
import { useI18n } from '../../i18n'
import { Splitter } from '../../ui/Splitter'
import { requestFocus } from './annotation-store'
import { AnnotationPane } from './AnnotationPane'
import { PANE_WIDTH } from './pane-preference'
import type { AnnotationPaneState } from './useAnnotationPane'

export function ReaderAnnotationPane({ documentIds, pane }: { documentIds: readonly string[]; pane: AnnotationPaneState }) {
  const { t } = useI18n()
  if (!pane.open) return null
  const jump = (a: Annotation): void => {
    if (a.anchorStatus !== 'orphan')
      requestFocus({ annotationId: a.id, documentId: a.documentId, start: a.position.start, end: a.position.end })
  }
  return (
    <>
      <Splitter
        width={pane.width}
        onChange={pane.setWidth}
        min={PANE_WIDTH.min}
        max={PANE_WIDTH.max}
        label={t('annotations.resizePane')}
        resizes="after"
      />
      <aside className="reader-annotations" aria-label={t('annotations.pane')} style={{ width: pane.width }}>
        <h2 className="pane-title">{t('annotations.pane')}</h2>
        <AnnotationPane documentIds={documentIds} onJump={jump} />
      </aside>
    </>
  )
}

/** The toolbar switch that shows or hides the pane. */
export function AnnotationPaneToggle({ pane }: { pane: AnnotationPaneState }) {
  const { t } = useI18n()
  return (
    <button type="button" aria-pressed={pane.open} title={t('annotations.togglePane')} onClick={pane.toggle}>
      {t('annotations.pane')}
    </button>
  )
}
