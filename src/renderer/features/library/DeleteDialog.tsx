/**
 * Asks before deleting documents: names the document when there is one, and says how many
 * annotations go with them (they come back with Undo, like the documents).
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { getDatabase } from '../../db/database'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'

interface DeleteDialogProps {
  /** The documents to delete; null when the dialog is closed. */
  ids: readonly string[] | null
  onConfirm(ids: readonly string[]): void
  onClose(): void
}

export function DeleteDialog({ ids, onConfirm, onClose }: DeleteDialogProps) {
  const { t } = useI18n()
  const key = ids?.join('|') ?? ''
  const facts = useLiveQuery(async () => {
    if (!ids || ids.length === 0) return { title: '', annotations: 0 }
    const db = getDatabase()
    const [first, annotations] = await Promise.all([
      db.documents.get(ids[0]),
      db.annotations
        .where('documentId')
        .anyOf([...ids])
        .count(),
    ])
    return { title: first ? first.metadata.title || first.fileName : '', annotations }
  }, [key])
  const count = ids?.length ?? 0
  return (
    <Dialog
      open={ids !== null}
      title={t('library.confirmDeleteTitle')}
      onClose={onClose}
      testId="confirm-delete"
      dismiss="cancel"
      footer={
        <button type="button" className="danger" onClick={() => ids && onConfirm(ids)}>
          {t('common.delete')}
        </button>
      }
    >
      <p>{count === 1 && facts?.title ? t('library.confirmDeleteOne', { title: facts.title }) : t('library.confirmDelete', { count })}</p>
      {facts && facts.annotations > 0 && <p>{t('library.confirmDeleteAnnotations', { count: facts.annotations })}</p>}
    </Dialog>
  )
}
