/** The filter bar of the annotation list: document, theme, colour, tag and free text. */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../core/anchoring'
import { useI18n } from '../../i18n'
import type { AnnotationFilter } from './annotation-filter'
import { useThemes } from './useThemes'
import { FilterSelect } from '../../ui/FilterSelect'

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
    <div className="annotation-filters" role="search">
      <input
        type="search"
        value={filter.text}
        placeholder={t('annotations.search')}
        aria-label={t('annotations.search')}
        onChange={(e) => set({ text: e.target.value })}
      />
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
      <select
        aria-label={t('annotations.filterColor')}
        value={filter.color}
        onChange={(e) => set({ color: e.target.value as HighlightColor | '' })}
      >
        <option value="">{t('annotations.allColors')}</option>
        {HIGHLIGHT_COLORS.map((color) => (
          <option key={color} value={color}>
            {t(`color.${color}`)}
          </option>
        ))}
      </select>
      <select aria-label={t('annotations.filterTag')} value={filter.tag} onChange={(e) => set({ tag: e.target.value })}>
        <option value="">{t('annotations.allTags')}</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
    </div>
  )
}
