/**
 * How a codebook edit ends, for the theme dialog and the sub-theme editor: a refused edit shows its
 * reason in the form; a saved one closes the form and offers Undo (the previous codebook put back).
 */
import type { Result } from '../../../core/result'
import type { Codebook } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { useToast } from '../../ui/Toast'
import { restoreCodebook } from './codebook-actions'

export function useFinishEdit(setError: (message: string) => void, onClose: () => void) {
  const { t } = useI18n()
  const toast = useToast()
  return (result: Result<Codebook>, savedMessage: string): void => {
    if (!result.ok) {
      setError(t('codebook.invalid', { reason: result.error.message }))
      return
    }
    onClose()
    const previous = result.value
    toast.show({ message: savedMessage, actionLabel: t('common.undo'), onAction: () => void restoreCodebook(previous) })
  }
}
