/** The filter bar of the annotation list: document, theme, colour, tag and free text. */
import { HIGHLIGHT_COLORS } from '../../../core/anchoring'
import { useI18n } from '../../i18n'
import { DocumentThemeFilters } from './DocumentThemeFilters'
import type { AnnotationFilter } from './annotation-filter'
import { useThemes } from './useThemes'
import { optionsOf } from '../../ui/Select'
import { FilterSelect, patcher, SearchFilters, type FilterBarProps } from '../../ui/SearchFilters'

interface AnnotationFiltersProps extends FilterBarProps<AnnotationFilter> {
  /** Documents to choose from (id and label). */
  documents: readonly { id: string; label: string }[]
  tags: readonly string[]
}

export function AnnotationFilters({ filter, onChange, documents, tags }: AnnotationFiltersProps) {
  const { t } = useI18n()
  const themes = useThemes()
  const set = patcher({ filter, onChange })
  return (
    <SearchFilters className="annotation-filters" searchLabel={t('annotations.search')} text={filter.text} onText={(text) => set({ text })}>
      <DocumentThemeFilters documents={documents} themes={themes} documentId={filter.documentId} themeId={filter.themeId} onChange={set} />
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
