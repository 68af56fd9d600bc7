/**
 * A reader column's side of re-attaching an annotation by hand: whether its document is the one
 * waiting for a passage, and attaching the annotation to the column's selection — new selectors from
 * the selected text, undoable, reported in a notice with Undo; the passage then flashes.
 */
import { useCallback } from 'react'
import type { Span } from '../../../core/structure/types'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { useToast } from '../../ui/Toast'
import { reattachAction, undoAction } from './annotation-actions'
import { requestFocus, setAnnotationUi, useAnnotationUi, type ReattachTarget } from './annotation-store'

const REASONS = {
  GONE: 'annotations.reattachGone',
  TEXT_CHANGED: 'annotations.reattachChanged',
  EMPTY_SELECTION: 'annotations.reattachEmpty',
} as const

/**
 * @param enabled false where annotations cannot be re-attached (a lanes cell shows one passage only)
 * @returns the annotation waiting for a passage in this column (null when none) and `attach(span)`
 */
export function useReattach(
  doc: StoredDocument | null | undefined,
  enabled: boolean,
): { target: ReattachTarget | null; attach(span: Span | null): Promise<void> } {
  const { t } = useI18n()
  const toast = useToast()
  const target = useAnnotationUi((s) => (enabled && doc && s.reattach?.documentId === doc.id ? s.reattach : null))
  const attach = useCallback(
    async (span: Span | null): Promise<void> => {
      if (!target || !doc) return
      if (!span || span.end <= span.start)
        return void toast.show({ message: t('annotations.reattachFailed', { reason: t(REASONS.EMPTY_SELECTION) }) })
      const done = await reattachAction(target.annotationId, span, doc.textHash)
      if (!done.ok) {
        // A gone annotation cannot be re-attached at all; other refusals let the user select again.
        if (done.error.code === 'GONE') setAnnotationUi({ reattach: null })
        return void toast.show({ message: t('annotations.reattachFailed', { reason: t(REASONS[done.error.code]) }) })
      }
      setAnnotationUi({ reattach: null, selectedId: target.annotationId })
      document.getSelection()?.removeAllRanges()
      requestFocus({ annotationId: target.annotationId, documentId: doc.id, start: span.start, end: span.end })
      toast.show({ message: t('annotations.reattached'), actionLabel: t('common.undo'), onAction: () => void undoAction(done.value) })
    },
    [doc, t, target, toast],
  )
  return { target, attach }
}
