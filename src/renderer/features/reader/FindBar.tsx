/** The find bar of a reader column: the query, "n of m", previous / next, close (Enter, Shift+Enter, Escape). */
import { useEffect, useRef } from 'react'
import { MAX_OCCURRENCES } from '../../../core/text/find-occurrences'
import { useI18n, type MessageKey } from '../../i18n'
import type { FindInDocument } from './useFindInDocument'

/** The previous and next buttons: the step through the hits, the button's name and its arrow. */
const STEPS: readonly { step: -1 | 1; label: MessageKey; arrow: string }[] = [
  { step: -1, label: 'reader.findPrevious', arrow: '↑' },
  { step: 1, label: 'reader.findNext', arrow: '↓' },
]

interface FindBarProps {
  find: FindInDocument
  /** Bumped each time the user asks for the bar (Ctrl+F again focuses the field). */
  focusSerial: number
  onClose(): void
}

export function FindBar({ find, focusSerial, onClose }: FindBarProps) {
  const { t } = useI18n()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [focusSerial])
  const total = find.hits.length >= MAX_OCCURRENCES ? `${MAX_OCCURRENCES}+` : String(find.hits.length)
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        ref={input}
        type="search"
        aria-label={t('reader.find')}
        placeholder={t('reader.find')}
        value={find.query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            find.step(e.shiftKey ? -1 : 1)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            onClose()
          }
        }}
      />
      <span className="find-count" aria-live="polite" data-testid="find-count">
        {find.query.trim() === ''
          ? ''
          : find.hits.length === 0
            ? t('reader.findNone')
            : t('reader.findCount', { current: find.current + 1, total })}
      </span>
      {STEPS.map(({ step, label, arrow }) => (
        <button
          key={step}
          type="button"
          className="icon-button"
          disabled={find.hits.length === 0}
          aria-label={t(label)}
          title={t(label)}
          onClick={() => find.step(step)}
        >
          {arrow}
        </button>
      ))}
      <button type="button" className="icon-button" aria-label={t('reader.findClose')} title={t('reader.findClose')} onClick={onClose}>
        ×
      </button>
    </div>
  )
}
