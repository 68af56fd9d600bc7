/** The filter bar of the annotation list: document, theme, colour, tag and free text. */
import { HIGHLIGHT_COLORS } from '../../../core/anchoring'
import { useI18n } from '../../i18n'
import type { AnnotationFilter } from './annotation-filter'
import { useThemes } from './useThemes'
import { optionsOf } from '../../ui/Select'
import { FilterSelect, SearchFilters } from '../../ui/SearchFilters'

interface AnnotationFiltersProps {
  filter: AnnotationFilter
  onChange(filter: AnnotationFilter): void
  /** Documents to choose from (id and title). */
  documents: readonly { id: string; title: string }[]
  tags: readonly string[]
}

export function AnnotationFilters({ filter, onChange, documents, tags }: AnnotationFiltersProps) {
  const { t, locale } = useI18n()
  const themes = useThemes()
  const set = (patch: Partial<AnnotationFilter>): void => onChange({ ...filter, ...patch })
  return (
    <SearchFilters className="annotation-filters" searchLabel={t('annotations.search')} text={filter.text} onText={(text) => set({ text })}>
      {documents.length > 1 && (
        <FilterSelect
          label={t('annotations.filterDocument')}
          allLabel={t('annotations.allDocuments')}
          value={filter.documentId}
          options={documents.map((d) => ({ value: d.id, label: d.title }))}
          onChange={(documentId) => set({ documentId })}
        />
      )}
      <FilterSelect
        label={t('annotations.filterTheme')}
        allLabel={t('annotations.allThemes')}
        value={filter.themeId}
        options={themes.map((th) => ({ value: th.id, label: locale === 'zh' ? th.labelZh : th.labelEn }))}
        onChange={(themeId) => set({ themeId })}
      />
      <FilterSelect
        label={t('annotations.filterColor')}
        allLabel={t('annotations.allColors')}
        value={filter.color}
        options={optionsOf(HIGHLIGHT_COLORS, (color) => t(`color.${color}`))}
        onChange={(color) => set({ color })}
      />
      <FilterSelect
        label={t('annotations.filterTag')}
        allLabel={t('annotations.allTags')}
        value={filter.tag}
        options={optionsOf(tags, (tag) => tag)}
        onChange={(tag) => set({ tag })}
      />
    </SearchFilters>
  )
}
