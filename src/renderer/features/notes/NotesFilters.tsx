/** The Notes place's filters: kind, document, theme and free text (the same search as annotations'). */
import type { Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { DocumentThemeFilters } from '../annotations'
import { NOTE_KINDS, type NotesFilter } from './notes-filter'
import { optionsOf } from '../../ui/Select'
import { FilterSelect, patcher, SearchFilters, type FilterBarProps } from '../../ui/SearchFilters'

interface NotesFiltersProps extends FilterBarProps<NotesFilter> {
  documents: readonly { id: string; label: string }[]
  themes: readonly Theme[]
}

export function NotesFilters({ filter, onChange, documents, themes }: NotesFiltersProps) {
  const { t } = useI18n()
  const set = patcher({ filter, onChange })
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
      <DocumentThemeFilters documents={documents} themes={themes} documentId={filter.documentId} themeId={filter.themeId} onChange={set} />
    </SearchFilters>
  )
}
