/**
 * The last catch of the window: a promise that failed with nobody awaiting it (a click that started a
 * database write, say) or an error thrown from an event handler is reported as a toast naming what
 * failed, instead of vanishing into the console while the user thinks the action worked.
 */
import { useEffect } from 'react'
import { isQuotaError } from '../db/quota'
import { useI18n } from '../i18n'
import { useToast } from '../ui/Toast'

/** The message of whatever was thrown. */
function messageOf(reason: unknown): string {
  if (reason instanceof Error) return reason.message
  return typeof reason === 'string' ? reason : String(reason)
}

export function UnexpectedErrors() {
  const { t } = useI18n()
  const { show } = useToast()
  useEffect(() => {
    const report = (reason: unknown): void =>
      show({ message: isQuotaError(reason) ? t('app.quotaFull') : t('app.unexpectedError', { message: messageOf(reason) }) })
    const onRejection = (e: PromiseRejectionEvent): void => {
      // A cancelled worker task is expected when a view closes before its analysis finishes; a write
      // aborted at the quota is an AbortError too, and must be told.
      if (e.reason instanceof Error && e.reason.name === 'AbortError' && !isQuotaError(e.reason)) return
      report(e.reason)
    }
    const onError = (e: ErrorEvent): void => {
      // Chromium's benign notice that layout changed while observers ran; nothing failed.
      if (e.message.startsWith('ResizeObserver loop')) return
      report(e.error ?? e.message)
    }
    window.addEventListener('unhandledrejection', onRejection)
    window.addEventListener('error', onError)
    return () => {
      window.removeEventListener('unhandledrejection', onRejection)
      window.removeEventListener('error', onError)
    }
  }, [show, t])
  return null
}
