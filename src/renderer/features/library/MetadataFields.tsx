/**
 * The metadata fields of the single and the bulk metadata dialog: text fields, then level and document
 * type, each with its error under it. In the bulk dialog every field may stay empty ("keep").
 */
import { useI18n, type MessageKey } from '../../i18n'
import { optionsOf, Select } from '../../ui/Select'
import { DOC_TYPES, LEVELS, MAX_YEAR, MIN_YEAR, type FieldErrors, type MetadataForm } from './metadata-form'

type TextField = Exclude<keyof MetadataForm, 'level' | 'docType'>

interface MetadataFieldsProps<F extends Partial<MetadataForm> & { level: string; docType: string }> {
  form: F
  textFields: readonly { field: TextField & keyof F; label: MessageKey }[]
  errors: FieldErrors
  /** Prefix of the error messages' ids, unique per dialog (aria-describedby points at them). */
  errorIdPrefix: string
  /** Offer "keep" (an empty value) in the selects and as the fields' placeholder. */
  keep?: boolean
  set(patch: Partial<F>): void
}

export function MetadataFields<F extends Partial<MetadataForm> & { level: string; docType: string }>({
  form,
  textFields,
  errors,
  errorIdPrefix,
  keep,
  set,
}: MetadataFieldsProps<F>) {
  const { t } = useI18n()
  const errorOf = (field: keyof MetadataForm) => {
    const key = errors[field]
    return key ? (
      <span className="field-error" id={`${errorIdPrefix}${field}`} role="alert">
        {t(key, { min: MIN_YEAR, max: MAX_YEAR })}
      </span>
    ) : null
  }
  const choiceField = <C extends string>(
    field: 'level' | 'docType',
    label: MessageKey,
    choices: readonly C[],
    labelOf: (choice: C) => string,
  ) => (
    <label>
      <span>{t(label)}</span>
      <Select
        value={form[field]}
        emptyLabel={keep ? t('bulk.keep') : undefined}
        options={optionsOf(choices, labelOf)}
        onChange={(value) => set({ [field]: value } as Partial<F>)}
      />
      {errorOf(field)}
    </label>
  )
  return (
    <>
      {textFields.map(({ field, label }) => (
        <label key={field}>
          <span>{t(label)}</span>
          <input
            value={form[field] ?? ''}
            placeholder={keep ? t('bulk.keep') : undefined}
            inputMode={field === 'year' ? 'numeric' : undefined}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={errors[field] ? `${errorIdPrefix}${field}` : undefined}
            onChange={(e) => set({ [field]: e.target.value } as Partial<F>)}
          />
          {errorOf(field)}
        </label>
      ))}
      {choiceField('level', 'library.column.level', LEVELS, (level) => t(`level.${level}`))}
      {choiceField('docType', 'library.column.docType', DOC_TYPES, (type) => t(`docType.${type}`))}
    </>
  )
}
