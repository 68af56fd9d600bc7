/** Edits one document's metadata, validated before saving; the previous values can be restored with Undo. */
import { useState } from 'react'
import type { DocumentMeta } from '../../db/database'
import { updateMetadata } from '../../db/documents'
import { useI18n, type MessageKey } from '../../i18n'
import { FormDialog } from '../../ui/FormDialog'
import { EarlierVersions } from './EarlierVersions'
import { useToast } from '../../ui/Toast'
import { parseMetadataForm, toMetadataForm, type FieldErrors, type MetadataForm } from './metadata-form'
import { MetadataFields } from './MetadataFields'

const TEXT_FIELDS: { field: Exclude<keyof MetadataForm, 'level' | 'docType'>; label: MessageKey }[] = [
  { field: 'title', label: 'library.column.title' },
  { field: 'place', label: 'library.column.place' },
  { field: 'province', label: 'metadata.province' },
  { field: 'city', label: 'metadata.city' },
  { field: 'district', label: 'metadata.district' },
  { field: 'town', label: 'metadata.town' },
  { field: 'year', label: 'library.column.year' },
]

export function MetadataDialog({ doc, onClose }: { doc: DocumentMeta; onClose(): void }) {
  const { t } = useI18n()
  const toast = useToast()
  const [form, setForm] = useState<MetadataForm>(() => toMetadataForm(doc.metadata))
  const [errors, setErrors] = useState<FieldErrors>({})
  const set = (patch: Partial<MetadataForm>): void => setForm((f) => ({ ...f, ...patch }))

  const save = async (): Promise<void> => {
    const parsed = parseMetadataForm(form)
    if (!parsed.ok) {
      setErrors(parsed.errors)
      return
    }
    const previous = await updateMetadata(doc.id, parsed.value)
    onClose()
    if (previous) {
      toast.show({
        message: t('metadata.saved'),
        actionLabel: t('common.undo'),
        onAction: () => void updateMetadata(doc.id, previous),
      })
    }
  }

  return (
    <FormDialog
      title={t('metadata.title')}
      onClose={onClose}
      onSubmit={() => void save()}
      after={<EarlierVersions documentId={doc.id} />}
      testId="metadata-dialog"
    >
      <MetadataFields form={form} textFields={TEXT_FIELDS} errors={errors} errorIdPrefix="err-" set={set} />
    </FormDialog>
  )
}
