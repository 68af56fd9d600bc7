/**
 * Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes the last annotation action while a view
 * using this hook is shown. Inside text fields the keys keep their native meaning (undo typing).
 * A short notice says what was undone or redone.
 */
import { useEffect } from 'react'
import { useI18n } from '../../i18n'
import { useToast } from '../../ui/Toast'
import { redoLast, undoLast } from './annotation-actions'

/** Whether keyboard focus is in something that edits text (its own undo applies). */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio')
  )
}

export function useUndoShortcuts(): void {
  const { t } = useI18n()
  const toast = useToast()
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditingText(event.target)) return
      const key = event.key.toLowerCase()
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)
      const undo = key === 'z' && !event.shiftKey
      if (!undo && !redo) return
      event.preventDefault()
      void (redo ? redoLast() : undoLast()).then((label) =>
        toast.show({
          message: label
            ? t(redo ? 'annotations.redone' : 'annotations.undone', { action: t(label) })
            : t(redo ? 'annotations.nothingToRedo' : 'annotations.nothingToUndo'),
        }),
      )
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [t, toast])
}
