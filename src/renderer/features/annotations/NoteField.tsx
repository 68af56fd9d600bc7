/**
 * The note of an annotation: Markdown source in a textarea, and the saved note shown rendered
 * (safely, see NoteMarkdown) underneath. Nothing typed is lost: the note is saved when typing pauses,
 * on leaving the field, with the button or Ctrl/Cmd+Enter, when the window is hidden and when the
 * editor closes. The saves of one note merge into one undo step (see annotation-actions.ts).
 */
import { useEffect, useRef, useState, type RefObject } from 'react'
import { useI18n } from '../../i18n'
import { NoteMarkdown } from './NoteMarkdown'

/** Typing must pause this long (ms) before the note is saved. */
export const NOTE_AUTOSAVE_MS = 600

interface NoteFieldProps {
  note: string
  onSave(note: string): void
  textareaRef?: RefObject<HTMLTextAreaElement | null>
  /** Accessible name of the field; a passage note's by default (memos pass their own). */
  label?: string
}

export function NoteField({ note, onSave, textareaRef, label }: NoteFieldProps) {
  const { t } = useI18n()
  const [draft, setDraft] = useState(note)
  // The last note handed to onSave (or received), and saves whose echo has not come back yet.
  const sent = useRef(note)
  const echoes = useRef<string[]>([])
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const latest = useRef({ draft, onSave })
  latest.current = { draft, onSave }

  const save = (): void => {
    clearTimeout(timer.current)
    const { draft: text, onSave: write } = latest.current
    if (text === sent.current) return
    sent.current = text
    echoes.current.push(text)
    write(text)
  }
  const saveRef = useRef(save)
  saveRef.current = save

  // A note changed elsewhere (undo, redo, another pane) replaces the draft; the echo of our own save
  // does not (the user may have typed on since, and the echo would take those characters back).
  useEffect(() => {
    const k = echoes.current.indexOf(note)
    if (k >= 0) {
      echoes.current.splice(0, k + 1)
      return
    }
    echoes.current = []
    sent.current = note
    setDraft(note)
  }, [note])

  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') saveRef.current()
    }
    document.addEventListener('visibilitychange', onHide)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      // Closing the editor (Escape, another annotation) saves what was typed.
      saveRef.current()
    }
  }, [])

  return (
    <div className="note-field">
      <textarea
        ref={textareaRef}
        value={draft}
        rows={3}
        aria-label={label ?? t('annotations.note')}
        placeholder={t('annotations.notePlaceholder')}
        onChange={(e) => {
          latest.current.draft = e.target.value
          setDraft(e.target.value)
          clearTimeout(timer.current)
          timer.current = setTimeout(() => saveRef.current(), NOTE_AUTOSAVE_MS)
        }}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            save()
          }
        }}
      />
      <div className="note-actions">
        {/* Keeps focus in the field on press, so the blur save does not run as well. */}
        <button type="button" disabled={draft === note} onMouseDown={(e) => e.preventDefault()} onClick={save}>
          {t('annotations.saveNote')}
        </button>
      </div>
      <NoteMarkdown source={note} />
    </div>
  )
}
