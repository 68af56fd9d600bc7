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
import { DOC_TYPES, LEVELS, MAX_YEAR, MIN_YEAR, type FieldErrors } from './metadata-form'

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
    toast.show({ message: t('bulk.metadataSaved', { count: before.length }), actionLabel: t('common.undo'), onAction: () => void restoreMetadata(before) })
  }

  const errorOf = (field: keyof BulkMetadataForm) => {
    const key = errors[field]
    return key ? (
      <span className="field-error" id={`bulk-err-${field}`} role="alert">
        {t(key, { min: MIN_YEAR, max: MAX_YEAR })}
      </span>
    ) : null
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
      {TEXT_FIELDS.map(({ field, label }) => (
        <label key={field}>
          <span>{t(label)}</span>
          <input
            value={form[field]}
            placeholder={t('bulk.keep')}
            inputMode={field === 'year' ? 'numeric' : undefined}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={errors[field] ? `bulk-err-${field}` : undefined}
            onChange={(e) => set({ [field]: e.target.value })}
          />
          {errorOf(field)}
        </label>
      ))}
      <label>
        <span>{t('library.column.level')}</span>
        <select value={form.level} onChange={(e) => set({ level: e.target.value })}>
          <option value="">{t('bulk.keep')}</option>
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
          <option value="">{t('bulk.keep')}</option>
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
