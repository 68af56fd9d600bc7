/**
 * A document's text as paragraphs: one block per paragraph carrying `data-start`/`data-end` (its span
 * in the text, see selection-offsets.ts), headings inside it emphasised, highlights drawn as marks
 * (highlight-marks.tsx). Plain React text nodes only. Memoised: scrolling and outline changes never
 * re-render the text; a changed highlight list does.
 */
import { memo, useMemo, type ReactNode } from 'react'
import type { DocumentStructure, Span } from '../../../core/structure/types'
import { flattenOutline } from './outline-navigation'
import { highlightsIn, renderHighlighted, type Highlight } from '../../text-view'

interface HeadingMark extends Span {
  id: string
  depth: number
}

function paragraphsOf(text: string, structure: DocumentStructure): Span[] {
  if (structure.paragraphs.length > 0) return structure.paragraphs
  return text.length > 0 ? [{ start: 0, end: text.length }] : []
}

function renderParagraph(text: string, span: Span, marks: HeadingMark[], highlights: readonly Highlight[]): ReactNode[] {
  const out: ReactNode[] = []
  const plain = (from: number, to: number): void => void out.push(...renderHighlighted(text, from, to, highlights, `t${from}`))
  let at = span.start
  for (const mark of marks) {
    const start = Math.max(mark.start, at)
    const end = Math.min(mark.end, span.end)
    if (end <= start) continue
    if (start > at) plain(at, start)
    out.push(
      <strong key={mark.id} className={`heading heading-d${Math.min(mark.depth, 3)}`} data-heading-id={mark.id}>
        {renderHighlighted(text, start, end, highlights, `h${start}`)}
      </strong>,
    )
    at = end
  }
  if (at < span.end) plain(at, span.end)
  return out
}

const NO_HIGHLIGHTS: readonly Highlight[] = []

interface DocumentTextProps {
  text: string
  structure: DocumentStructure
  /** Highlights to draw, oldest first (offsets into `text`). */
  highlights?: readonly Highlight[]
}

export const DocumentText = memo(function DocumentText({ text, structure, highlights = NO_HIGHLIGHTS }: DocumentTextProps) {
  const blocks = useMemo(() => {
    const marks: HeadingMark[] = flattenOutline(structure.outline)
      .map(({ node }) => ({ id: node.id, depth: node.depth, start: node.heading.start, end: node.heading.end }))
      .sort((a, b) => a.start - b.start)
    let m = 0
    return paragraphsOf(text, structure).map((span) => {
      while (m < marks.length && marks[m].end <= span.start) m++
      const inside: HeadingMark[] = []
      for (let k = m; k < marks.length && marks[k].start < span.end; k++) inside.push(marks[k])
      return { span, children: renderParagraph(text, span, inside, highlightsIn(highlights, span.start, span.end)) }
    })
  }, [text, structure, highlights])
  return (
    <div className="doc-text" lang="zh-CN">
      {blocks.map(({ span, children }) => (
        <p key={span.start} data-start={span.start} data-end={span.end}>
          {children}
        </p>
      ))}
    </div>
  )
})
