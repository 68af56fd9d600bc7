/** The Annotations view: every annotation in the library, filterable; activating one opens it in the reader. */
import type { Annotation } from '../../../core/anchoring'
import { useNavigation } from '../../navigation'
import { useI18n } from '../../i18n'
import { ImportAnnotationsButton } from '../export'
import { AnnotationPane } from './AnnotationPane'
import { jumpToAnnotation } from './jump-to-annotation'
import { useUndoShortcuts } from './useUndoShortcuts'

export function AnnotationsView() {
  const { t } = useI18n()
  const { go } = useNavigation()
  useUndoShortcuts()
  const open = (a: Annotation): void => {
    void jumpToAnnotation(a).then(() => go('reader'))
  }
  return (
    <section className="annotations-view" aria-label={t('nav.annotations')}>
      <div className="toolbar">
        <span className="toolbar-spacer" />
        <ImportAnnotationsButton />
      </div>
      <AnnotationPane onShow={open} />
    </section>
  )
}
