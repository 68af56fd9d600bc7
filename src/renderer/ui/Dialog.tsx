/**
 * A modal dialog on the native `<dialog>` element: focus is kept inside, Escape closes it, the page
 * behind is inert. Content and footer buttons come from the caller; the button that only dismisses
 * the dialog is the dialog's own (`dismiss`), so every dialog words and places it alike.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useI18n } from '../i18n'

interface DialogProps {
  open: boolean
  title: string
  onClose(): void
  children: ReactNode
  /** Buttons, right-aligned under the content. */
  footer?: ReactNode
  /**
   * A button that calls onClose: 'cancel' before the footer's buttons (the dialog proposes an action),
   * 'close' after them as the primary button (the dialog shows something).
   */
  dismiss?: 'cancel' | 'close'
  /** Wider layout for text views. */
  wide?: boolean
  testId?: string
}

export function Dialog({ open, title, onClose, children, footer, dismiss, wide, testId }: DialogProps) {
  const { t } = useI18n()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          <div className="dialog-body">{children}</div>
          {(footer || dismiss) && (
            <div className="dialog-footer">
              {dismiss === 'cancel' && (
                <button type="button" onClick={onClose}>
                  {t('common.cancel')}
                </button>
              )}
              {footer}
              {dismiss === 'close' && (
                <button type="button" className="primary" onClick={onClose}>
                  {t('common.close')}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </dialog>
  )
}
