/**
 * What a reader column shows while an annotation waits to be re-attached there: a banner above the
 * text (what to do, the quote with the context it had, Cancel) and, under a selection, a toolbar with
 * "Attach here" in place of the highlight toolbar. Quotes are rendered as text.
 */
import type { RefObject } from 'react'
import { useI18n } from '../../i18n'
import { useAnnotationUi } from './annotation-store'
import { cancelReattach } from './reattach'
import { SelectionToolbarFrame } from './SelectionToolbar'
import type { ToolbarPlacement } from './useColumnAnnotations'

/** Context characters shown on each side of the old quote. */
const CONTEXT_SHOWN = 24

/** The banner of the column showing `documentId`, while one of its annotations is being re-attached. */
export function ReattachBanner({ documentId }: { documentId: string }) {
  const { t } = useI18n()
  const target = useAnnotationUi((s) => (s.reattach?.documentId === documentId ? s.reattach : null))
  if (!target) return null
  const { prefix, exact, suffix } = target.quote
  return (
    <div className="reattach-banner" role="status" data-testid="reattach-banner" data-offset-ignore="">
      <p>{t('annotations.reattaching')}</p>
      <p className="reattach-was">
        <span className="hint">{t('annotations.reattachWas')} </span>…{prefix.slice(-CONTEXT_SHOWN)}
        <mark className="reattach-quote">{exact}</mark>
        {suffix.slice(0, CONTEXT_SHOWN)}…
      </p>
      <button type="button" onClick={cancelReattach}>
        {t('common.cancel')}
      </button>
    </div>
  )
}

interface ReattachToolbarProps {
  placement: ToolbarPlacement
  toolbarRef: RefObject<HTMLDivElement | null>
  onAttach(): void
}

/** Under the selection: attach the waiting annotation here, or cancel. */
export function ReattachToolbar({ placement, toolbarRef, onAttach }: ReattachToolbarProps) {
  const { t } = useI18n()
  return (
    <SelectionToolbarFrame placement={placement} toolbarRef={toolbarRef} label={t('annotations.reattach')} testId="reattach-toolbar">
      <button type="button" className="toolbar-text-button primary" onClick={onAttach}>
        {t('annotations.reattachHere')}
      </button>
      <button type="button" className="toolbar-text-button" onClick={cancelReattach}>
        {t('common.cancel')}
      </button>
    </SelectionToolbarFrame>
  )
}
