/** The export dialog's options: grouping, what to include, order and format (all remembered). */
import { FORMAT_OPTIONS } from '../../../core/export'
import { useI18n } from '../../i18n'
import { optionsOf, Select, type SelectOption } from '../../ui/Select'
import { FORMATS, GROUPINGS, INCLUDE_KEYS, ORDERS, type ExportPreferences } from './export-preferences'

interface OptionsFieldsProps {
  preferences: ExportPreferences
  onChange(changes: Partial<ExportPreferences>): void
}

export function OptionsFields({ preferences, onChange }: OptionsFieldsProps) {
  const { t } = useI18n()
  // Options the chosen format's writer ignores are disabled (kept as chosen for the other formats).
  const honoured = FORMAT_OPTIONS[preferences.format]
  return (
    <>
      <fieldset className="export-fieldset">
        <legend>{t('export.format')}</legend>
        {FORMATS.map((format) => (
          <label key={format} className="export-choice">
            <input type="radio" name="export-format" checked={preferences.format === format} onChange={() => onChange({ format })} />
            {t(`export.format.${format}`)}
          </label>
        ))}
      </fieldset>
      <Picker
        label={t('export.grouping')}
        value={preferences.grouping}
        disabled={!honoured.grouping}
        options={optionsOf(GROUPINGS, (grouping) => t(`export.grouping.${grouping}`))}
        onChange={(grouping) => onChange({ grouping })}
      />
      <Picker
        label={t('export.order')}
        value={preferences.order}
        disabled={!honoured.order}
        options={optionsOf(ORDERS, (order) => t(`export.order.${order}`))}
        onChange={(order) => onChange({ order })}
      />
      <fieldset className="export-fieldset" disabled={honoured.include.length === 0}>
        <legend>{t('export.include')}</legend>
        {INCLUDE_KEYS.map((key) => (
          <label key={key} className="export-choice">
            <input
              type="checkbox"
              disabled={!honoured.include.includes(key)}
              checked={preferences.include[key]}
              onChange={(e) => onChange({ include: { ...preferences.include, [key]: e.target.checked } })}
            />
            {t(`export.include.${key}`)}
          </label>
        ))}
      </fieldset>
    </>
  )
}

interface PickerProps<T extends string> {
  label: string
  value: T
  disabled: boolean
  options: SelectOption<T>[]
  onChange(value: T): void
}

/** A labelled choice, disabled when the chosen format ignores it. */
function Picker<T extends string>({ label, ...select }: PickerProps<T>) {
  return (
    <label className="export-picker">
      <span>{label}</span>
      <Select {...select} />
    </label>
  )
}
