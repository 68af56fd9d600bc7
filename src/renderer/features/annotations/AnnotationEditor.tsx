/**
 * Edits one annotation: colour, themes, tags and note, each change one undoable action; delete with
 * an Undo notice. Opened from the pane, a click on a highlight, or the selection toolbar (which may
 * ask for the caret in the theme list, the tag input or the note).
 */
import { Fragment, useEffect, useRef } from 'react'
import { subthemeKey } from '../../../core/themes'
import { HIGHLIGHT_COLORS, type Annotation } from '../../../core/anchoring'
import { useI18n } from '../../i18n'
import { highlightBackground } from '../../text-view'
import { useToast } from '../../ui/Toast'
import { addTagAction, deleteAction, editAction, removeTagAction, setThemeAction, undoAction } from './annotation-actions'
import { setAnnotationUi, useAnnotationUi } from './annotation-store'
import { NoteField } from './NoteField'
import { TagInput } from './TagInput'
import { useThemeLabel, useThemes } from './useThemes'

export function AnnotationEditor({ annotation }: { annotation: Annotation }) {
  const { t } = useI18n()
  const toast = useToast()
  const themes = useThemes()
  const themeLabel = useThemeLabel()
  const focusField = useAnnotationUi((s) => s.focusField)
  const note = useRef<HTMLTextAreaElement>(null)
  const tag = useRef<HTMLInputElement>(null)
  const theme = useRef<HTMLFieldSetElement>(null)
  const { id } = annotation

  useEffect(() => {
    if (!focusField) return
    if (focusField === 'note') note.current?.focus()
    else if (focusField === 'tags') tag.current?.focus()
    else theme.current?.querySelector('input')?.focus()
    setAnnotationUi({ focusField: null })
  }, [focusField, id])

  const remove = async (): Promise<void> => {
    const action = await deleteAction([id])
    if (action)
      toast.show({
        message: t('annotations.deleted', { count: 1 }),
        actionLabel: t('common.undo'),
        onAction: () => void undoAction(action),
      })
  }

  return (
    <div className="annotation-editor" data-testid="annotation-editor">
      <div className="editor-row" role="radiogroup" aria-label={t('annotations.color')}>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={annotation.color === color}
            className="swatch"
            style={highlightBackground(color)}
            aria-label={t(`color.${color}`)}
            title={t(`color.${color}`)}
            onClick={() => {
              // The colour chosen last is the one H uses next.
              setAnnotationUi({ lastColor: color })
              void editAction(id, { color })
            }}
          />
        ))}
      </div>
      <fieldset className="theme-choices" ref={theme}>
        <legend>{t('annotations.themes')}</legend>
        {themes.map((th) => (
          <Fragment key={th.id}>
            <label className="theme-choice">
              <input
                type="checkbox"
                checked={annotation.themes.includes(th.id)}
                onChange={(e) => void setThemeAction(id, th.id, e.target.checked)}
              />
              <span className="theme-dot" style={{ background: th.color }} aria-hidden="true" />
              {themeLabel(th.id)}
            </label>
            {/* A coded theme offers its sub-themes as codes `<theme>.<sub-theme>`. */}
            {annotation.themes.includes(th.id) &&
              (th.subthemes ?? []).map((s) => {
                const key = subthemeKey(th.id, s.id)
                return (
                  <label key={key} className="theme-choice subtheme-choice">
                    <input
                      type="checkbox"
                      checked={annotation.themes.includes(key)}
                      onChange={(e) => void setThemeAction(id, key, e.target.checked)}
                    />
                    {themeLabel(key)}
                  </label>
                )
              })}
          </Fragment>
        ))}
      </fieldset>
      <TagInput
        tags={annotation.tags}
        inputRef={tag}
        onAdd={(t) => void addTagAction(id, t)}
        onRemove={(t) => void removeTagAction(id, t)}
      />
      <NoteField note={annotation.note} textareaRef={note} onSave={(text) => void editAction(id, { note: text }, 'note')} />
      <div className="editor-row">
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('annotations.delete')}
        </button>
      </div>
    </div>
  )
}
