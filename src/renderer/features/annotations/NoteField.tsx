/**
 * The note of an annotation: Markdown source in a textarea, saved with the button, Ctrl/Cmd+Enter,
 * on leaving the field, and when the editor closes (a note is never lost by closing; undo reverts
 * it), and the saved note shown rendered (safely, see NoteMarkdown) underneath.
 */
import { useEffect, useRef, useState, type RefObject } from 'react'
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
  // A note changed elsewhere (undo, another pane) replaces the draft.
  useEffect(() => setDraft(note), [note])
  const dirty = draft !== note
  // Closing the editor (Escape, another annotation) saves what was typed.
  const pending = useRef({ dirty, draft, onSave })
  pending.current = { dirty, draft, onSave }
  useEffect(
    () => () => {
      if (pending.current.dirty) pending.current.onSave(pending.current.draft)
    },
    [],
  )
  return (
    <div className="note-field">
      <textarea
        ref={textareaRef}
        value={draft}
        rows={3}
        aria-label={t('annotations.note')}
        placeholder={t('annotations.notePlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => dirty && onSave(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            if (dirty) onSave(draft)
          }
        }}
      />
      <div className="note-actions">
        {/* Keeps focus in the field on press, so the blur save does not run as well. */}
        <button type="button" disabled={!dirty} onMouseDown={(e) => e.preventDefault()} onClick={() => onSave(draft)}>
          {t('annotations.saveNote')}
        </button>
      </div>
      <NoteMarkdown source={note} />
    </div>
  )
}
