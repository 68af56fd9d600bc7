/** The Notes place's filters: kind, document, theme and free text (the same search as annotations'). */
import type { Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { themeOptions } from '../codebook'
import { NOTE_KINDS, type NotesFilter } from './notes-filter'
import { optionsOf } from '../../ui/Select'
import { FilterSelect, SearchFilters } from '../../ui/SearchFilters'

interface NotesFiltersProps {
  filter: NotesFilter
  onChange(filter: NotesFilter): void
  documents: readonly { id: string; label: string }[]
  themes: readonly Theme[]
}

export function NotesFilters({ filter, onChange, documents, themes }: NotesFiltersProps) {
  const { t, locale } = useI18n()
  const set = (patch: Partial<NotesFilter>): void => onChange({ ...filter, ...patch })
  return (
    <SearchFilters
      className="annotation-filters notes-filters"
      searchLabel={t('notes.search')}
      text={filter.text}
      onText={(text) => set({ text })}
    >
      <FilterSelect
        label={t('notes.filterKind')}
        allLabel={t('notes.allKinds')}
        value={filter.kind}
        options={optionsOf(NOTE_KINDS, (kind) => t(`notes.kind.${kind}`))}
        onChange={(kind) => set({ kind })}
      />
      <FilterSelect
        label={t('annotations.filterDocument')}
        allLabel={t('annotations.allDocuments')}
        value={filter.documentId}
        options={documents.map((d) => ({ value: d.id, label: d.label }))}
        onChange={(documentId) => set({ documentId })}
      />
      <FilterSelect
        label={t('annotations.filterTheme')}
        allLabel={t('annotations.allThemes')}
        value={filter.themeId}
        options={themeOptions(themes, locale)}
        onChange={(themeId) => set({ themeId })}
      />
    </SearchFilters>
  )
}
