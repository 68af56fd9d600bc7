/**
 * Sets metadata on every selected document at once (place, province, city, level, year, type); an
 * empty field keeps each document's own value. One transaction, undone by the toast's Undo.
 */
import { useState } from 'react'
import { restoreMetadata, updateMetadataMany } from '../../db/documents'
import { useI18n, type MessageKey } from '../../i18n'
import { FormDialog } from '../../ui/FormDialog'
import { useToast } from '../../ui/Toast'
import { applyMetadataPatch, EMPTY_BULK_FORM, isEmptyPatch, parseBulkMetadataForm, type BulkMetadataForm } from './bulk-metadata'
import { type FieldErrors } from './metadata-form'
import { MetadataFields } from './MetadataFields'

const TEXT_FIELDS: { field: 'place' | 'province' | 'city' | 'year'; label: MessageKey }[] = [
  { field: 'place', label: 'library.column.place' },
  { field: 'province', label: 'metadata.province' },
  { field: 'city', label: 'metadata.city' },
  { field: 'year', label: 'library.column.year' },
]

export function BulkMetadataDialog({ ids, onClose }: { ids: readonly string[]; onClose(): void }) {
  const { t } = useI18n()
  const toast = useToast()
  const [form, setForm] = useState<BulkMetadataForm>(EMPTY_BULK_FORM)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [nothing, setNothing] = useState(false)
  const set = (patch: Partial<BulkMetadataForm>): void => setForm((f) => ({ ...f, ...patch }))

  const save = async (): Promise<void> => {
    const parsed = parseBulkMetadataForm(form)
    setErrors(parsed.ok ? {} : parsed.errors)
    setNothing(parsed.ok && isEmptyPatch(parsed.value))
    if (!parsed.ok || isEmptyPatch(parsed.value)) return
    const before = await updateMetadataMany(ids, (metadata) => applyMetadataPatch(metadata, parsed.value))
    onClose()
    toast.show({
      message: t('bulk.metadataSaved', { count: before.length }),
      actionLabel: t('common.undo'),
      onAction: () => void restoreMetadata(before),
    })
  }

  return (
    <FormDialog
      title={t('bulk.metadataTitle', { count: ids.length })}
      onClose={onClose}
      onSubmit={() => void save()}
      intro={<p className="hint">{t('bulk.keepHint')}</p>}
      after={
        nothing && (
          <p className="field-error" role="alert">
            {t('bulk.nothing')}
          </p>
        )
      }
      testId="bulk-metadata-dialog"
    >
      <MetadataFields form={form} textFields={TEXT_FIELDS} errors={errors} errorIdPrefix="bulk-err-" keep set={set} />
    </FormDialog>
  )
}
