/** Asks how to restore a valid backup: replace the library (undoable) or merge into it. */
import type { Backup } from '../../../core/backup'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'
import type { RestoreMode } from './library-snapshot'

interface RestoreDialogProps {
  backup: Backup
  onChoose(mode: RestoreMode): void
  onCancel(): void
}

export function RestoreDialog({ backup, onChoose, onCancel }: RestoreDialogProps) {
  const { t, locale } = useI18n()
  const date = new Date(backup.exportedAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en')
  return (
    <Dialog
      open
      title={t('backup.title')}
      onClose={onCancel}
      testId="restore-dialog"
      dismiss="cancel"
      footer={
        <>
          <button type="button" onClick={() => onChoose('replace')}>
            {t('backup.replace')}
          </button>
          <button type="button" className="primary" onClick={() => onChoose('merge')}>
            {t('backup.merge')}
          </button>
        </>
      }
    >
      <p>{t('backup.summary', { date, documents: backup.documents.length, annotations: backup.annotations.length })}</p>
      <p className="hint">{t('backup.mergeHint')}</p>
      <p className="hint">{t('backup.replaceHint')}</p>
    </Dialog>
  )
}
