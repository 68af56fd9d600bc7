/**
 * A document's text as paragraphs: one block per paragraph carrying `data-start`/`data-end` (its span
 * in the text, see selection-offsets.ts), headings inside it emphasised. Plain React text nodes only.
 * Memoised: scrolling and outline changes never re-render the text.
 */
import { memo, useMemo, type ReactNode } from 'react'
import type { DocumentStructure, Span } from '../../../core/structure/types'
import { flattenOutline } from './outline-navigation'

interface HeadingMark extends Span {
  id: string
  depth: number
}

function paragraphsOf(text: string, structure: DocumentStructure): Span[] {
  if (structure.paragraphs.length > 0) return structure.paragraphs
  return text.length > 0 ? [{ start: 0, end: text.length }] : []
}

function renderParagraph(text: string, span: Span, marks: HeadingMark[]): ReactNode[] {
  const out: ReactNode[] = []
  let at = span.start
  for (const mark of marks) {
    const start = Math.max(mark.start, at)
    const end = Math.min(mark.end, span.end)
    if (end <= start) continue
    if (start > at) out.push(text.slice(at, start))
    out.push(
      <strong key={mark.id} className={`heading heading-d${Math.min(mark.depth, 3)}`} data-heading-id={mark.id}>
        {text.slice(start, end)}
      </strong>,
    )
    at = end
  }
  if (at < span.end) out.push(text.slice(at, span.end))
  return out
}

export const DocumentText = memo(function DocumentText({ text, structure }: { text: string; structure: DocumentStructure }) {
  const blocks = useMemo(() => {
    const marks: HeadingMark[] = flattenOutline(structure.outline)
      .map(({ node }) => ({ id: node.id, depth: node.depth, start: node.heading.start, end: node.heading.end }))
      .sort((a, b) => a.start - b.start)
    let m = 0
    return paragraphsOf(text, structure).map((span) => {
      while (m < marks.length && marks[m].end <= span.start) m++
      const inside: HeadingMark[] = []
      for (let k = m; k < marks.length && marks[k].start < span.end; k++) inside.push(marks[k])
      return { span, children: renderParagraph(text, span, inside) }
    })
  }, [text, structure])
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
