/**
 * A dialog whose content is one form, with the footer every such dialog has: Cancel, and a primary
 * submit button (Save unless told otherwise). Enter in a field submits; the caller's `onSubmit` does
 * the saving (and closing) and never sees the browser's own submit.
 */
import { useId, type ReactNode } from 'react'
import { useI18n } from '../i18n'
import { Dialog } from './Dialog'

interface FormDialogProps {
  title: string
  onClose(): void
  onSubmit(): void
  children: ReactNode
  /** The submit button's label (default: Save). */
  submitLabel?: string
  /** Shown above and below the form. */
  intro?: ReactNode
  after?: ReactNode
  /** Let the browser check `required` and the like before submitting (off: the caller validates). */
  nativeValidation?: boolean
  testId?: string
}

export function FormDialog({
  title,
  onClose,
  onSubmit,
  children,
  submitLabel,
  intro,
  after,
  nativeValidation = false,
  testId,
}: FormDialogProps) {
  const { t } = useI18n()
  const formId = useId()
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      testId={testId}
      dismiss="cancel"
      footer={
        <button type="submit" form={formId} className="primary">
          {submitLabel ?? t('common.save')}
        </button>
      }
    >
      {intro}
      <form
        id={formId}
        className="form-grid"
        noValidate={!nativeValidation}
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit()
        }}
      >
        {children}
      </form>
      {after}
    </Dialog>
  )
}
