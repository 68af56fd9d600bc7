/**
 * The library: every document in a sortable, filterable table, with import, open (one or up to four
 * side by side), edit metadata, view cleaning, delete with undo, and restoring the sample reports;
 * on a selection of any size: set metadata, add to a comparison set, delete (each undoable or kept).
 */
import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { listDocumentMeta } from '../../db/documents'
import { moveToTrash, restoreFromTrash } from '../../db/trash'
import { MAX_READER_COLUMNS } from '../../db/settings'
import type { DocumentMeta } from '../../db/database'
import { useI18n } from '../../i18n'
import { useToast } from '../../ui/Toast'
import { useNavigation } from '../../navigation'
import { useImport } from '../import'
import { openInReader } from '../reader'
import { ExportButton, ImportAnnotationsButton } from '../export'
import { useReplaceText } from '../annotations'
import { BackupButtons } from '../backup'
import { DocumentTable } from './DocumentTable'
import { FilterBar } from './FilterBar'
import { MetadataDialog } from './MetadataDialog'
import { CleaningDialog } from './CleaningDialog'
import { DeleteDialog } from './DeleteDialog'
import { TrashDialog } from './TrashDialog'
import { BulkMetadataDialog } from './BulkMetadataDialog'
import { AddToSetDialog } from './AddToSetDialog'
import { StorageUsage } from './StorageUsage'
import { EMPTY_FILTER, filterAndSort, type LibraryFilter, type SortOrder } from './library-table'
import { restoreMissingSamples, useSampleProgress } from './seed-samples'
import { ProgressBar } from '../../ui/ProgressBar'

export function LibraryView() {
  const { t } = useI18n()
  const toast = useToast()
  const { go } = useNavigation()
  const { pickAndImport } = useImport()
  const docs = useLiveQuery(() => listDocumentMeta(), [])
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER)
  const [order, setOrder] = useState<SortOrder>({ column: 'importedAt', descending: true })
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [editing, setEditing] = useState<DocumentMeta | null>(null)
  const [cleaning, setCleaning] = useState<DocumentMeta | null>(null)
  const [confirmDelete, setConfirmDelete] = useState<string[] | null>(null)
  const [trashOpen, setTrashOpen] = useState(false)
  const [bulk, setBulk] = useState<'metadata' | 'set' | null>(null)
  const sampleProgress = useSampleProgress()
  const { replaceFromFile } = useReplaceText()

  const rows = useMemo(() => filterAndSort(docs ?? [], filter, order), [docs, filter, order])
  const selectedIds = (docs ?? []).filter((doc) => selected.has(doc.id)).map((doc) => doc.id)

  const open = async (ids: string[]): Promise<void> => {
    await openInReader(ids)
    go('reader')
  }
  const onDelete = async (ids: string[]): Promise<void> => {
    setConfirmDelete(null)
    // A document's annotations go with it into the trash (and come back with it on undo, or later).
    const trashed = await moveToTrash(ids)
    setSelected(new Set())
    if (!trashed) return
    toast.show({
      message: t('library.deleted', { count: trashed.removed.documents.length }),
      actionLabel: t('common.undo'),
      onAction: () => void restoreFromTrash(trashed.id),
    })
  }
  const onRestoreSamples = async (): Promise<void> => {
    const added = await restoreMissingSamples()
    toast.show({ message: added > 0 ? t('library.samplesRestored', { count: added }) : t('library.samplesPresent') })
  }

  return (
    <section className="library" aria-label={t('nav.library')}>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void pickAndImport()}>
          {t('library.import')}
        </button>
        <button
          type="button"
          disabled={selectedIds.length === 0 || selectedIds.length > MAX_READER_COLUMNS}
          onClick={() => void open(selectedIds)}
          title={t('library.openSelectedHint', { max: MAX_READER_COLUMNS })}
        >
          {t('library.openSelected', { count: selectedIds.length })}
        </button>
        <button type="button" disabled={selectedIds.length === 0} onClick={() => setBulk('metadata')}>
          {t('library.bulkMetadata')}
        </button>
        <button type="button" disabled={selectedIds.length === 0} onClick={() => setBulk('set')}>
          {t('library.addToSet')}
        </button>
        <button type="button" disabled={selectedIds.length === 0} onClick={() => setConfirmDelete(selectedIds)}>
          {t('library.deleteSelected')}
        </button>
        {selectedIds.length > 0 && (
          <span className="hint" data-testid="selected-count">
            {t('library.selectedCount', { count: selectedIds.length })}
          </span>
        )}
        <ExportButton context={selectedIds.length === 1 ? { documentId: selectedIds[0], selectedIds } : { selectedIds }} />
        <ImportAnnotationsButton />
        <span className="toolbar-spacer" />
        <BackupButtons />
        <button type="button" onClick={() => setTrashOpen(true)}>
          {t('library.trashButton')}
        </button>
        <button type="button" disabled={sampleProgress !== null} onClick={() => void onRestoreSamples()}>
          {t('library.restoreSamples')}
        </button>
      </div>
      <FilterBar docs={docs ?? []} filter={filter} onChange={setFilter} />
      {sampleProgress && (
        <div className="library-progress">
          <ProgressBar label={t('library.addingSamples', sampleProgress)} done={sampleProgress.done} total={sampleProgress.total} />
        </div>
      )}
      {docs === undefined ? null : docs.length === 0 && !sampleProgress ? (
        <p className="empty">{t('library.empty')}</p>
      ) : (
        <DocumentTable
          rows={rows}
          order={order}
          onSort={setOrder}
          selected={selected}
          onSelect={setSelected}
          onOpen={(id) => void open([id])}
          onEdit={setEditing}
          onCleaning={setCleaning}
          onReplace={(doc) => void replaceFromFile(doc.id)}
          onDelete={(id) => setConfirmDelete([id])}
        />
      )}
      <div className="library-footer">
        <p className="library-count">{t('library.count', { shown: rows.length, total: docs?.length ?? 0 })}</p>
        <StorageUsage version={docs} />
      </div>
      {editing && <MetadataDialog doc={editing} onClose={() => setEditing(null)} />}
      {cleaning && <CleaningDialog docId={cleaning.id} onClose={() => setCleaning(null)} />}
      {trashOpen && <TrashDialog onClose={() => setTrashOpen(false)} />}
      {bulk === 'metadata' && <BulkMetadataDialog ids={selectedIds} onClose={() => setBulk(null)} />}
      {bulk === 'set' && <AddToSetDialog ids={selectedIds} onClose={() => setBulk(null)} />}
      <DeleteDialog ids={confirmDelete} onConfirm={(ids) => void onDelete([...ids])} onClose={() => setConfirmDelete(null)} />
    </section>
  )
}
