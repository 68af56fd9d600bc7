/** The Notes place's filters: kind, document, theme and free text (the same search as annotations'). */
import type { Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { themeLabel } from '../codebook'
import { NOTE_KINDS, type NoteKind, type NotesFilter } from './notes-filter'
import { FilterSelect } from '../../ui/FilterSelect'

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
    <div className="annotation-filters notes-filters" role="search">
      <input
        type="search"
        value={filter.text}
        placeholder={t('notes.search')}
        aria-label={t('notes.search')}
        onChange={(e) => set({ text: e.target.value })}
      />
      <select aria-label={t('notes.filterKind')} value={filter.kind} onChange={(e) => set({ kind: e.target.value as NoteKind | '' })}>
        <option value="">{t('notes.allKinds')}</option>
        {NOTE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`notes.kind.${k}`)}
          </option>
        ))}
      </select>
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
        options={themes.map((th) => ({ value: th.id, label: themeLabel(th, locale) }))}
        onChange={(themeId) => set({ themeId })}
      />
    </div>
  )
}
