/**
 * The document and theme drop-downs of a filter bar, shared by the annotation list and Notes.
 * With a single document there is nothing to choose, so its drop-down is left out.
 */
import type { Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { FilterSelect } from '../../ui/SearchFilters'
import { themeOptions } from '../codebook'

interface DocumentThemeFiltersProps {
  documents: readonly { id: string; label: string }[]
  themes: readonly Theme[]
  documentId: string
  themeId: string
  onChange(patch: { documentId?: string; themeId?: string }): void
}

export function DocumentThemeFilters({ documents, themes, documentId, themeId, onChange }: DocumentThemeFiltersProps) {
  const { t, locale } = useI18n()
  return (
    <>
      {documents.length > 1 && (
        <FilterSelect
          label={t('annotations.filterDocument')}
          allLabel={t('annotations.allDocuments')}
          value={documentId}
          options={documents.map((d) => ({ value: d.id, label: d.label }))}
          onChange={(id) => onChange({ documentId: id })}
        />
      )}
      <FilterSelect
        label={t('annotations.filterTheme')}
        allLabel={t('annotations.allThemes')}
        value={themeId}
        options={themeOptions(themes, locale)}
        onChange={(id) => onChange({ themeId: id })}
      />
    </>
  )
}
