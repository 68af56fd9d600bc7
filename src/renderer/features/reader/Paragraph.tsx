/**
 * One paragraph of the reader's text: a block carrying `data-start`/`data-end` (its span in the text,
 * see selection-offsets.ts) and `data-index` (its place in the virtual list), headings inside it
 * emphasised, highlights drawn as marks (highlight-marks.tsx), the tracing overlay's shaded spans around them (shaded-spans.tsx). Plain React text nodes only. Memoised:
 * scrolling re-renders only the paragraphs that enter the view.
 */
import { memo, type ReactNode, type Ref } from 'react'
import type { Span } from '../../../core/structure/types'
import { renderShaded, type Highlight, type Shade } from '../../text-view'

/** A heading inside the text, as the paragraph emphasises it. */
export interface HeadingMark extends Span {
  id: string
  depth: number
}

function renderParagraph(
  text: string,
  span: Span,
  marks: readonly HeadingMark[],
  highlights: readonly Highlight[],
  shades: readonly Shade[],
): ReactNode[] {
  const out: ReactNode[] = []
  const plain = (from: number, to: number): void => void out.push(...renderShaded(text, from, to, shades, highlights, `t${from}`))
  let at = span.start
  for (const mark of marks) {
    const start = Math.max(mark.start, at)
    const end = Math.min(mark.end, span.end)
    if (end <= start) continue
    if (start > at) plain(at, start)
    out.push(
      <strong key={mark.id} className={`heading heading-d${Math.min(mark.depth, 3)}`} data-heading-id={mark.id}>
        {renderShaded(text, start, end, shades, highlights, `h${start}`)}
      </strong>,
    )
    at = end
  }
  if (at < span.end) plain(at, span.end)
  return out
}

interface ParagraphProps {
  text: string
  span: Span
  index: number
  /** Headings inside the paragraph, in text order. */
  marks: readonly HeadingMark[]
  /** Highlights touching the paragraph, oldest first. */
  highlights: readonly Highlight[]
  /** Shaded spans touching the paragraph (the tracing overlay). */
  shades: readonly Shade[]
  /** Distance from the top of the text (CSS px). */
  top: number
  measure: Ref<HTMLParagraphElement>
}

export const Paragraph = memo(function Paragraph({ text, span, index, marks, highlights, shades, top, measure }: ParagraphProps) {
  return (
    <p ref={measure} data-index={index} data-start={span.start} data-end={span.end} style={{ transform: `translateY(${top}px)` }}>
      {renderParagraph(text, span, marks, highlights, shades)}
    </p>
  )
})
