/** Text, level, year and type filters above the library table. */
import type { DocumentMeta } from '../../db/database'
import { useI18n } from '../../i18n'
import { optionsOf } from '../../ui/Select'
import { FilterSelect, patcher, SearchFilters, type FilterBarProps } from '../../ui/SearchFilters'
import { DOC_TYPES, LEVELS } from './metadata-form'
import { yearsOf, type LibraryFilter } from './library-table'

interface LibraryFilterBarProps extends FilterBarProps<LibraryFilter> {
  docs: readonly DocumentMeta[]
}

export function FilterBar({ docs, filter, onChange }: LibraryFilterBarProps) {
  const { t } = useI18n()
  const set = patcher({ filter, onChange })
  return (
    <SearchFilters className="filter-bar" searchLabel={t('library.filter.text')} text={filter.text} onText={(text) => set({ text })}>
      <FilterSelect
        label={t('library.column.level')}
        allLabel={t('library.filter.anyLevel')}
        value={filter.level}
        options={optionsOf(LEVELS, (level) => t(`level.${level}`))}
        onChange={(level) => set({ level })}
      />
      <FilterSelect
        label={t('library.column.year')}
        allLabel={t('library.filter.anyYear')}
        value={filter.year}
        options={yearsOf(docs).map((year) => ({ value: String(year), label: String(year) }))}
        onChange={(year) => set({ year })}
      />
      <FilterSelect
        label={t('library.column.docType')}
        allLabel={t('library.filter.anyType')}
        value={filter.docType}
        options={optionsOf(DOC_TYPES, (type) => t(`docType.${type}`))}
        onChange={(docType) => set({ docType })}
      />
    </SearchFilters>
  )
}
