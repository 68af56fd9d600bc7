/**
 * Draws highlights inside a paragraph's text as `<mark>` elements: the stretch is cut at every
 * highlight boundary (highlight-segments.ts) and each piece gets one mark listing all covering
 * annotation ids, so overlaps render as adjacent marks and the text nodes still hold exactly the
 * document's characters in order (selection offsets keep counting through the marks).
 */
import type { ReactNode } from 'react'
import { segmentHighlights } from './highlight-segments'

/** A highlight as the reader draws it. */
export interface Highlight {
  id: string
  /** UTF-16 code unit offsets into the document text. */
  start: number
  end: number
  color: string
  /** Plain text shown on hover (the note's Markdown source); empty for none. */
  note: string
}

/** Longest note text put into a tooltip; the pane shows the whole note. */
const TOOLTIP_MAX_CHARS = 300

function tooltip(covering: readonly Highlight[]): string | undefined {
  const notes = covering.map((h) => h.note.trim()).filter((note) => note !== '')
  if (notes.length === 0) return undefined
  const text = notes.join('\n—\n')
  return text.length > TOOLTIP_MAX_CHARS ? `${text.slice(0, TOOLTIP_MAX_CHARS)}…` : text
}

/**
 * The nodes for text[start, end) with `highlights` drawn (highlights are given oldest first; where
 * several cover a piece, the newest one's colour shows and the mark is flagged as an overlap).
 */
export function renderHighlighted(text: string, start: number, end: number, highlights: readonly Highlight[], keyPrefix: string): ReactNode[] {
  if (highlights.length === 0) return [text.slice(start, end)]
  const byId = new Map(highlights.map((h) => [h.id, h]))
  return segmentHighlights(start, end, highlights).map((segment) => {
    const piece = text.slice(segment.start, segment.end)
    if (segment.ids.length === 0) return piece
    const covering = segment.ids.map((id) => byId.get(id) as Highlight)
    const top = covering[covering.length - 1]
    const overlap = covering.length > 1 ? ' hl-overlap' : ''
    return (
      <mark
        key={`${keyPrefix}-${segment.start}`}
        className={`hl hl-${top.color}${overlap}${covering.some((h) => h.note.trim() !== '') ? ' hl-note' : ''}`}
        data-annotation-ids={segment.ids.join(' ')}
        title={tooltip(covering)}
      >
        {piece}
      </mark>
    )
  })
}

/** The highlights that touch [start, end) (input sorted by start is not required). */
export function highlightsIn(highlights: readonly Highlight[], start: number, end: number): Highlight[] {
  return highlights.filter((h) => h.end > start && h.start < end)
}
