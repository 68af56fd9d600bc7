/**
 * Draws highlights inside a paragraph's text as `<mark>` elements: the stretch is cut at every
 * highlight boundary (highlight-segments.ts) and each piece gets one mark listing all covering
 * annotation ids, so overlaps render as adjacent marks and the text nodes still hold exactly the
 * document's characters in order (selection offsets keep counting through the marks). What a mark
 * shows on hover is the annotation feature's (its hover card reads the ids).
 */
import type { CSSProperties, ReactNode } from 'react'
import { segmentHighlights } from './highlight-segments'

/** A highlight as the reader draws it. */
export interface Highlight {
  id: string
  /** UTF-16 code unit offsets into the document text. */
  start: number
  end: number
  color: string
  /** The note's Markdown source ('' for none): marks of annotated passages are underlined. */
  note: string
  /** Theme codes of the annotation (coding stripes draw one per theme); absent = none. */
  themes?: readonly string[]
}

/** The background of a highlight colour, from the palette of annotations.css (`--hl-yellow` …). */
export function highlightBackground(color: string): CSSProperties {
  return { background: `var(--hl-${color})` }
}

/**
 * The nodes for text[start, end) with `highlights` drawn (highlights are given oldest first; where
 * several cover a piece, the newest one's colour shows and the mark is flagged as an overlap).
 */
export function renderHighlighted(
  text: string,
  start: number,
  end: number,
  highlights: readonly Highlight[],
  keyPrefix: string,
): ReactNode[] {
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
        style={highlightBackground(top.color)}
        data-annotation-ids={segment.ids.join(' ')}
      >
        {piece}
      </mark>
    )
  })
}
