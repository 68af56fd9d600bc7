/**
 * Free-text tags of an annotation: removable chips and an input that suggests tags already in use
 * (a native datalist, so suggestions work by keyboard). Enter or comma adds the typed tag.
 */
import { useId, useState, type RefObject } from 'react'
import { useI18n } from '../../i18n'
import { useTags } from './useAnnotations'

interface TagInputProps {
  tags: readonly string[]
  /** Adds one tag (the caller builds on the stored tags: several may be added before `tags` updates). */
  onAdd(tag: string): void
  onRemove(tag: string): void
  inputRef?: RefObject<HTMLInputElement | null>
}

/** Normalises a typed tag: trimmed, inner whitespace collapsed; '' when nothing is left. */
export function cleanTag(raw: string): string {
  return raw.replace(/[,，]/g, ' ').replace(/\s+/g, ' ').trim()
}

export function TagInput({ tags, onAdd, onRemove, inputRef }: TagInputProps) {
  const { t } = useI18n()
  const known = useTags()
  const listId = useId()
  const [draft, setDraft] = useState('')
  const add = (): void => {
    const tag = cleanTag(draft)
    setDraft('')
    if (tag !== '' && !tags.includes(tag)) onAdd(tag)
  }
  return (
    <div className="tag-input">
      {tags.map((tag) => (
        <span key={tag} className="chip" data-testid="tag-chip">
          {tag}
          <button type="button" className="chip-remove" aria-label={t('annotations.removeTag', { tag })} onClick={() => onRemove(tag)}>
            ×
          </button>
        </span>
      ))}
      <input
        ref={inputRef}
        list={listId}
        value={draft}
        placeholder={t('annotations.tagPlaceholder')}
        aria-label={t('annotations.tags')}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',' || e.key === '，') {
            e.preventDefault()
            add()
          }
        }}
        onBlur={add}
      />
      <datalist id={listId}>
        {known
          .filter((tag) => !tags.includes(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  )
}
