/**
 * Replacing a document's text while keeping its annotations: "Replace with corrected version…" (pick
 * a file, import it through the same worker path as any import) and "restore removed text" from the
 * cleaning view. Both write the new text and the re-anchored annotations in one transaction and
 * show how many annotations were placed exactly, fuzzily, or need attention, with Undo.
 */
import { useCallback } from 'react'
import type { NextText } from '../../db/annotations'
import { useI18n } from '../../i18n'
import { getPlatform } from '../../platform'
import { useToast } from '../../ui/Toast'
import { importFileInWorker } from '../../workers/document-client'
import { replaceTextAction, undoAction } from './annotation-actions'

/** Long enough to read three numbers and reach Undo. */
const RESULT_TOAST_MS = 15_000

export function useReplaceText() {
  const { t } = useI18n()
  const toast = useToast()

  /** Replaces the text and reports the re-anchoring counts; resolves false when nothing changed. */
  const replace = useCallback(
    async (documentId: string, next: NextText, message: 'annotations.replaced' | 'cleaning.restored'): Promise<boolean> => {
      const done = await replaceTextAction(documentId, next)
      if (!done) return false
      const { exact, fuzzy, orphan } = done.replacement.counts
      toast.show({
        message: `${t(message)} ${t('annotations.reanchored', { exact, fuzzy, orphan })}`,
        actionLabel: t('common.undo'),
        onAction: () => void undoAction(done.action),
        durationMs: RESULT_TOAST_MS,
      })
      return true
    },
    [t, toast],
  )

  /** Asks for a corrected file, imports it, and replaces `documentId`'s text with it. */
  const replaceFromFile = useCallback(
    async (documentId: string): Promise<void> => {
      const picked = await getPlatform().openFiles()
      const file = picked.files[0]
      if (!file) {
        const refused = picked.refused[0]
        if (refused) toast.show({ message: t('annotations.replaceFailed', { reason: refused.message }) })
        return
      }
      const result = await importFileInWorker({ name: file.name, bytes: file.bytes })
      if (!result.ok) {
        toast.show({ message: t('annotations.replaceFailed', { reason: result.error.message }) })
        return
      }
      const { text, rawText, removed } = result.value
      await replace(documentId, { text, rawText, removed }, 'annotations.replaced')
    },
    [replace, t, toast],
  )

  return { replace, replaceFromFile }
}
