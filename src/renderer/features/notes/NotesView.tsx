/**
 * The Notes place: the project journal, document and theme memos, and passage notes in one list,
 * filterable by kind, document, theme and text; memos are written here (same editor as notes) and
 * passage notes open in the reader.
 */
import { useMemo, useState } from 'react'
import type { Annotation } from '../../../core/anchoring'
import type { Memo, MemoKind } from '../../../core/memos'
import { useNavigation } from '../../navigation'
import { useI18n } from '../../i18n'
import { jumpToAnnotation, useThemeLabel } from '../annotations'
import { useCodebook } from '../codebook'
import { ExportButton } from '../export'
import { byLabel, useDocumentLabels } from '../sets'
import { MemoEditor } from './MemoEditor'
import { MemoTargetPicker } from './MemoTargetPicker'
import { NoteEntryItem } from './NoteEntryItem'
import { NotesFilters } from './NotesFilters'
import { EMPTY_NOTES_FILTER, filterNotes, toNoteEntries } from './notes-filter'
import { useNotesData } from './useNotes'
import { useSections } from './useSections'

export function NotesView() {
  const { t } = useI18n()
  const { go } = useNavigation()
  const data = useNotesData()
  const { codebook } = useCodebook()
  const themeLabel = useThemeLabel()
  const labelOf = useDocumentLabels()
  const [filter, setFilter] = useState(EMPTY_NOTES_FILTER)
  const [editing, setEditing] = useState<{ kind: MemoKind; target: string } | null>(null)
  const documents = useMemo(() => new Map((data?.documents ?? []).map((d) => [d.id, d])), [data])
  const choices = useMemo(() => {
    const order = byLabel(labelOf)
    return (data?.documents ?? []).map((d) => ({ id: d.id, label: labelOf(d.id).label })).sort((a, b) => order(a.id, b.id))
  }, [data, labelOf])
  const entries = useMemo(() => filterNotes(toNoteEntries(data?.memos ?? [], data?.annotations ?? []), filter), [data, filter])
  const noted = useMemo(() => entries.flatMap((e) => (e.kind === 'passage' ? [e.annotation] : [])), [entries])
  const sectionOf = useSections(data?.documents, noted)

  const titleOf = (kind: MemoKind, target: string): string =>
    kind === 'project' ? t('notes.kind.project') : kind === 'document' ? labelOf(target).label : themeLabel(target)
  const show = (a: Annotation): void => void jumpToAnnotation(a).then(() => go('reader'))
  const edit = (m: Memo): void => setEditing({ kind: m.kind, target: m.target })

  return (
    <section className="notes-view" aria-label={t('nav.notes')}>
      <div className="toolbar">
        <MemoTargetPicker documents={choices} themes={codebook.themes} onPick={(kind, target) => setEditing({ kind, target })} />
        <span className="toolbar-spacer" />
        <ExportButton context={{}} />
      </div>
      {editing && (
        <MemoEditor
          kind={editing.kind}
          target={editing.target}
          title={titleOf(editing.kind, editing.target)}
          onClose={() => setEditing(null)}
        />
      )}
      <NotesFilters filter={filter} onChange={setFilter} documents={choices} themes={codebook.themes} />
      {data === undefined ? null : entries.length === 0 ? (
        <p className="empty">{t('notes.empty')}</p>
      ) : (
        <>
          <p className="annotation-count">{t('notes.count', { count: entries.length })}</p>
          <ul className="notes-list" data-testid="notes-list">
            {entries.map((e) => (
              <NoteEntryItem
                key={e.kind === 'passage' ? e.annotation.id : e.memo.id}
                entry={e}
                documents={documents}
                labelOf={labelOf}
                themeLabel={themeLabel}
                sectionOf={sectionOf}
                onEdit={edit}
                onShow={show}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
