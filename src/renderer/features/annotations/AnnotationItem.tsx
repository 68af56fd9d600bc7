/**
 * One annotation in the list: colour, quote, document, status, themes, tags and rendered note; activating
 * it jumps to the passage and opens the editor under it. One needing attention can be re-attached.
 */
import type { Ref } from 'react'
import type { Annotation } from '../../../core/anchoring'
import type { DocumentLabel } from '../sets'
import { useI18n } from '../../i18n'
import { highlightBackground } from '../../text-view'
import { AnnotationEditor } from './AnnotationEditor'
import { NoteMarkdown } from './NoteMarkdown'
import { ThemeChips } from './ThemeChips'

/** Longest quote shown in the list; the whole quote is in the tooltip. */
const QUOTE_PREVIEW_CHARS = 120

interface AnnotationItemProps {
  annotation: Annotation
  /** The document's label, with its full title for hover. */
  document: DocumentLabel
  selected: boolean
  onActivate(annotation: Annotation): void
  /** Shows a "show in the reader" button that calls this (the Annotations view). */
  onShow?: (annotation: Annotation) => void
  /** Shows a "Re-attach…" button that calls this (annotations needing attention whose document exists). */
  onReattach?: (annotation: Annotation) => void
  /** Its place in a virtual list (AnnotationList): index, distance from the list's top (CSS px), measuring ref. */
  place?: { index: number; top: number; measure: Ref<HTMLLIElement> }
}

export function AnnotationItem({ annotation: a, document, selected, onActivate, onShow, onReattach, place }: AnnotationItemProps) {
  const { t } = useI18n()
  const quote = a.quote.exact.length > QUOTE_PREVIEW_CHARS ? `${a.quote.exact.slice(0, QUOTE_PREVIEW_CHARS)}…` : a.quote.exact
  return (
    <li
      className={selected ? 'annotation-item selected' : 'annotation-item'}
      data-testid="annotation-item"
      data-annotation-id={a.id}
      ref={place?.measure}
      data-index={place?.index}
      style={place && { transform: `translateY(${place.top}px)` }}
    >
      <button type="button" className="annotation-summary" aria-expanded={selected} title={a.quote.exact} onClick={() => onActivate(a)}>
        <span className="color-dot" style={highlightBackground(a.color)} aria-label={t(`color.${a.color}`)} />
        <span className="annotation-quote" data-testid="annotation-quote">
          {quote}
        </span>
        <span className="annotation-meta">
          <span className="annotation-document" title={document.title} data-testid="annotation-document">
            {document.label}
          </span>
          {a.anchorStatus !== 'exact' && (
            <span className={`status status-${a.anchorStatus}`}>{t(`annotations.status.${a.anchorStatus}`)}</span>
          )}
          <ThemeChips themes={a.themes} />
          {a.tags.map((tag) => (
            <span key={tag} className="chip small">
              {tag}
            </span>
          ))}
        </span>
      </button>
      {onReattach && (
        <button type="button" className="link-button reattach" title={t('annotations.reattachHint')} onClick={() => onReattach(a)}>
          {t('annotations.reattach')}
        </button>
      )}
      {onShow && (
        <button type="button" className="link-button show-in-reader" onClick={() => onShow(a)}>
          {t('annotations.showInReader')}
        </button>
      )}
      {!selected && a.note.trim() !== '' && <NoteMarkdown source={a.note} />}
      {selected && <AnnotationEditor annotation={a} />}
    </li>
  )
}
