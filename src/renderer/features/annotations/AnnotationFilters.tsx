/** The filter bar of the annotation list: document, theme, colour, tag and free text. */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../core/anchoring'
import { useI18n } from '../../i18n'
import type { AnnotationFilter } from './annotation-filter'
import { useThemes } from './useThemes'

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
      <input type="search" value={filter.text} placeholder={t('annotations.search')} aria-label={t('annotations.search')} onChange={(e) => set({ text: e.target.value })} />
      {documents.length > 1 && (
        <select aria-label={t('annotations.filterDocument')} value={filter.documentId} onChange={(e) => set({ documentId: e.target.value })}>
          <option value="">{t('annotations.allDocuments')}</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      )}
      <select aria-label={t('annotations.filterTheme')} value={filter.themeId} onChange={(e) => set({ themeId: e.target.value })}>
        <option value="">{t('annotations.allThemes')}</option>
        {themes.map((th) => (
          <option key={th.id} value={th.id}>
            {locale === 'zh' ? th.labelZh : th.labelEn}
          </option>
        ))}
      </select>
      <select aria-label={t('annotations.filterColor')} value={filter.color} onChange={(e) => set({ color: e.target.value as HighlightColor | '' })}>
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
