/**
 * Draws shaded spans of a paragraph (the tracing overlay's echoes, and the marked source of an echo
 * in the reference) as `<span>` elements around the text and its highlight marks, so the text nodes
 * still hold exactly the document's characters in order (selection offsets keep counting through
 * them). An echo span carries its index in `data-echo` and acts as a link; what a click does is the
 * reader's. Overlapping shades render as adjacent spans, the later one's kind showing.
 */
import type { ReactNode } from 'react'
import { renderHighlighted, type Highlight } from './highlight-marks'
import { segmentHighlights } from './highlight-segments'

/** A shaded span: UTF-16 offsets into the document text. */
export interface Shade {
  start: number
  end: number
  kind: 'echo' | 'source'
  /** For echoes: the index the reader looks the echo up by when it is clicked. */
  index?: number
  /** Tooltip. */
  title?: string
}

/** The nodes for text[start, end) with `shades` around `highlights` (see the file header). */
export function renderShaded(
  text: string,
  start: number,
  end: number,
  shades: readonly Shade[],
  highlights: readonly Highlight[],
  keyPrefix: string,
): ReactNode[] {
  if (shades.length === 0) return renderHighlighted(text, start, end, highlights, keyPrefix)
  const spans = shades.map((s, i) => ({ id: String(i), start: s.start, end: s.end }))
  return segmentHighlights(start, end, spans).map((segment) => {
    const inner = renderHighlighted(text, segment.start, segment.end, highlights, `${keyPrefix}-${segment.start}`)
    if (segment.ids.length === 0) return inner
    const shade = shades[Number(segment.ids[segment.ids.length - 1])]!
    return (
      <span
        key={`${keyPrefix}-s${segment.start}`}
        className={`shade shade-${shade.kind}`}
        data-echo={shade.kind === 'echo' ? shade.index : undefined}
        data-testid={shade.kind === 'echo' ? 'echo-span' : 'echo-source'}
        role={shade.kind === 'echo' ? 'link' : undefined}
        title={shade.title}
      >
        {inner}
      </span>
    )
  })
}
