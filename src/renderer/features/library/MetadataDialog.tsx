/** Edits one document's metadata, validated before saving; the previous values can be restored with Undo. */
import { useState } from 'react'
import type { StoredDocument } from '../../db/database'
import { updateMetadata } from '../../db/documents'
import { useI18n, type MessageKey } from '../../i18n'
import { FormDialog } from '../../ui/FormDialog'
import { EarlierVersions } from './EarlierVersions'
import { useToast } from '../../ui/Toast'
import { DOC_TYPES, LEVELS, parseMetadataForm, toMetadataForm, type FieldErrors, type MetadataForm } from './metadata-form'

const TEXT_FIELDS: { field: keyof MetadataForm; label: MessageKey }[] = [
  { field: 'title', label: 'library.column.title' },
  { field: 'place', label: 'library.column.place' },
  { field: 'province', label: 'metadata.province' },
  { field: 'city', label: 'metadata.city' },
  { field: 'district', label: 'metadata.district' },
  { field: 'town', label: 'metadata.town' },
  { field: 'year', label: 'library.column.year' },
]

export function MetadataDialog({ doc, onClose }: { doc: StoredDocument; onClose(): void }) {
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

  const errorOf = (field: keyof MetadataForm) => {
    const key = errors[field]
    return key ? (
      <span className="field-error" id={`err-${field}`} role="alert">
        {t(key, { min: 1949, max: 2100 })}
      </span>
    ) : null
  }

  return (
    <FormDialog title={t('metadata.title')} onClose={onClose} onSubmit={() => void save()} after={<EarlierVersions documentId={doc.id} />} testId="metadata-dialog">
      {TEXT_FIELDS.map(({ field, label }) => (
        <label key={field}>
          <span>{t(label)}</span>
          <input
            value={form[field]}
            inputMode={field === 'year' ? 'numeric' : undefined}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={errors[field] ? `err-${field}` : undefined}
            onChange={(e) => set({ [field]: e.target.value })}
          />
          {errorOf(field)}
        </label>
      ))}
      <label>
        <span>{t('library.column.level')}</span>
        <select value={form.level} onChange={(e) => set({ level: e.target.value })}>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`level.${level}`)}
            </option>
          ))}
        </select>
        {errorOf('level')}
      </label>
      <label>
        <span>{t('library.column.docType')}</span>
        <select value={form.docType} onChange={(e) => set({ docType: e.target.value })}>
          {DOC_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`docType.${type}`)}
            </option>
          ))}
        </select>
        {errorOf('docType')}
      </label>
    </FormDialog>
  )
}
