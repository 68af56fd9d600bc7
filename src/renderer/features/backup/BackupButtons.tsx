/** The library toolbar's Back up… and Restore… buttons. */
import { useI18n } from '../../i18n'
import { useBackup } from './BackupProvider'

export function BackupButtons() {
  const { t } = useI18n()
  const { backup, restore } = useBackup()
  return (
    <>
      <button type="button" onClick={() => void backup()}>
        {t('backup.backup')}
      </button>
      <button type="button" onClick={() => void restore()}>
        {t('backup.restore')}
      </button>
    </>
  )
}
