/**
 * Writes the memo on a document, a theme or the project with the same editor as passage notes
 * (NoteField: Markdown, saved as typing pauses and on leaving; shown rendered, never as HTML).
 */
import { useLiveQuery } from 'dexie-react-hooks'
import type { MemoKind } from '../../../core/memos'
import { getMemo, saveMemo } from '../../db/memos'
import { useI18n } from '../../i18n'
import { NoteField } from '../annotations'

interface MemoEditorProps {
  kind: MemoKind
  target: string
  /** The memo's heading (document title, theme label, or the journal's name). */
  title: string
  onClose(): void
}

export function MemoEditor({ kind, target, title, onClose }: MemoEditorProps) {
  const { t } = useI18n()
  // null while loading, so the field starts from the stored text, not from an empty draft.
  const memo = useLiveQuery(async () => (await getMemo(kind, target)) ?? null, [kind, target])
  return (
    <section className="memo-editor" data-testid="memo-editor" aria-label={t('notes.editing', { title })}>
      <header>
        <h3>{t('notes.editing', { title })}</h3>
        <button type="button" onClick={onClose}>
          {t('notes.done')}
        </button>
      </header>
      {memo !== undefined && (
        <NoteField
          key={`${kind}:${target}`}
          note={memo?.text ?? ''}
          onSave={(text) => void saveMemo(kind, target, text)}
          label={t('notes.memoText')}
        />
      )}
    </section>
  )
}
