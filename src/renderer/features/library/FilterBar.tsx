/** Text, level, year and type filters above the library table. */
import type { DocumentMeta } from '../../db/database'
import { useI18n } from '../../i18n'
import { DOC_TYPES, LEVELS } from './metadata-form'
import { yearsOf, type LibraryFilter } from './library-table'

interface FilterBarProps {
  docs: readonly DocumentMeta[]
  filter: LibraryFilter
  onChange(filter: LibraryFilter): void
}

export function FilterBar({ docs, filter, onChange }: FilterBarProps) {
  const { t } = useI18n()
  const set = (patch: Partial<LibraryFilter>): void => onChange({ ...filter, ...patch })
  return (
    <div className="filter-bar" role="search">
      <input
        type="search"
        value={filter.text}
        placeholder={t('library.filter.text')}
        aria-label={t('library.filter.text')}
        onChange={(e) => set({ text: e.target.value })}
      />
      <select aria-label={t('library.column.level')} value={filter.level} onChange={(e) => set({ level: e.target.value })}>
        <option value="">{t('library.filter.anyLevel')}</option>
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`level.${level}`)}
          </option>
        ))}
      </select>
      <select aria-label={t('library.column.year')} value={filter.year} onChange={(e) => set({ year: e.target.value })}>
        <option value="">{t('library.filter.anyYear')}</option>
        {yearsOf(docs).map((year) => (
          <option key={year} value={String(year)}>
            {year}
          </option>
        ))}
      </select>
      <select aria-label={t('library.column.docType')} value={filter.docType} onChange={(e) => set({ docType: e.target.value })}>
        <option value="">{t('library.filter.anyType')}</option>
        {DOC_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`docType.${type}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
