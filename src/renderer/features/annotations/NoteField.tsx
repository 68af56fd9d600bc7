/**
 * The note of an annotation: Markdown source in a textarea, saved with the button or Ctrl/Cmd+Enter,
 * and the saved note shown rendered (safely, see NoteMarkdown) underneath.
 */
import { useEffect, useState, type RefObject } from 'react'
import { useI18n } from '../../i18n'
import { NoteMarkdown } from './NoteMarkdown'

interface NoteFieldProps {
  note: string
  onSave(note: string): void
  textareaRef?: RefObject<HTMLTextAreaElement | null>
}

export function NoteField({ note, onSave, textareaRef }: NoteFieldProps) {
  const { t } = useI18n()
  const [draft, setDraft] = useState(note)
  // A note changed elsewhere (undo, another pane) replaces an unchanged draft.
  useEffect(() => setDraft(note), [note])
  const dirty = draft !== note
  return (
    <div className="note-field">
      <textarea
        ref={textareaRef}
        value={draft}
        rows={3}
        aria-label={t('annotations.note')}
        placeholder={t('annotations.notePlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            if (dirty) onSave(draft)
          }
        }}
      />
      <div className="note-actions">
        <button type="button" disabled={!dirty} onClick={() => onSave(draft)}>
          {t('annotations.saveNote')}
        </button>
        {dirty && (
          <button type="button" onClick={() => setDraft(note)}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <NoteMarkdown source={note} />
    </div>
  )
}
