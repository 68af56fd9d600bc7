/**
 * Saves a text export (CSV, SVG) through the platform (save dialog in Electron, a download in the
 * browser) and reports the outcome in a notice. Shared by the matrix and figures views.
 */
import { useCallback } from 'react'
import { useI18n } from '../../i18n'
import { getPlatform, type SaveKind } from '../../platform'
import { useToast } from '../../ui/Toast'
import { messageOf } from '../../../core/result'

export function useSaveText(): (name: string, data: string, kind: SaveKind) => void {
  const { t } = useI18n()
  const toast = useToast()
  return useCallback(
    (name, data, kind) => {
      getPlatform()
        .saveFile(name, data, kind)
        .then(
          (saved) => {
            if (saved) toast.show({ message: t('views.exported', { name }) })
          },
          (error: unknown) => toast.show({ message: t('views.exportFailed', { reason: messageOf(error) }) }),
        )
    },
    [t, toast],
  )
}
