/**
 * The trash: documents deleted in the last 30 days (with their annotations and memos), each deletion
 * with "Put back". Deletion undo thereby survives a restart; the notice's Undo does the same at once.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { TRASH_DAYS } from '../../db/database'
import { listTrash, restoreFromTrash } from '../../db/trash'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'

export function TrashDialog({ onClose }: { onClose(): void }) {
  const { t, locale } = useI18n()
  const rows = useLiveQuery(() => listTrash(), [])
  return (
    <Dialog open title={t('library.trash')} onClose={onClose} testId="trash-dialog" dismiss="close">
      <p className="hint">{t('library.trashHint', { days: TRASH_DAYS })}</p>
      {rows && rows.length === 0 && <p>{t('library.trashEmpty')}</p>}
      <ul className="trash-list">
        {rows?.map((row) => (
          <li key={row.id} data-testid="trash-row">
            {t('library.trashLine', {
              titles: row.titles.join('、'),
              date: new Date(row.deletedAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en'),
              annotations: row.removed.annotations.length,
            })}{' '}
            <button type="button" onClick={() => void restoreFromTrash(row.id)}>
              {t('library.putBack')}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
