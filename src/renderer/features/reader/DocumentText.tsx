/**
 * A document's text as a virtual list of paragraphs: only those in view (and a few around them) are
 * in the DOM, so a report of 300,000 characters opens as fast as a short one. Each rendered paragraph
 * is a block with its span (Paragraph.tsx), so selections, highlights and the coding stripes work on
 * what is rendered; anything that must reach an offset elsewhere in the text goes through the layout
 * registered here for the scroller (text-view/scroll-to-offset.ts). The paragraph holding the start
 * of a selection stays rendered while the selection is dragged far away from it.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import type { DocumentStructure, Span } from '../../../core/structure/types'
import { flattenOutline } from './outline-navigation'
import { Paragraph, type HeadingMark } from './Paragraph'
import {
  estimateParagraphHeight,
  groupByParagraph,
  paragraphAt,
  registerLayout,
  type Highlight,
  type Shade,
  type TextMetrics,
} from '../../text-view'

/** Paragraphs rendered beyond each edge of the view (a drag-selection or a small jump stays in the DOM). */
const OVERSCAN = 12
/** Guess of the text's layout before it is measured (the .doc-text CSS at 16 px). */
const DEFAULT_METRICS: TextMetrics = { widthPx: 672, charPx: 16, lineHeightPx: 30.4, gapPx: 12.8 }

function paragraphsOf(text: string, structure: DocumentStructure): Span[] {
  if (structure.paragraphs.length > 0) return structure.paragraphs
  return text.length > 0 ? [{ start: 0, end: text.length }] : []
}

function headingMarksOf(structure: DocumentStructure): HeadingMark[] {
  return flattenOutline(structure.outline)
    .map(({ node }) => ({ id: node.id, depth: node.depth, start: node.heading.start, end: node.heading.end }))
    .sort((a, b) => a.start - b.start)
}

/** The text's layout as CSS gives it (font size, line height, paragraph gap, width). */
function metricsOf(list: HTMLElement): TextMetrics {
  const style = getComputedStyle(list)
  const charPx = parseFloat(style.fontSize) || DEFAULT_METRICS.charPx
  const lineHeightPx = parseFloat(style.lineHeight) || charPx * 1.9
  return { widthPx: list.clientWidth || DEFAULT_METRICS.widthPx, charPx, lineHeightPx, gapPx: charPx * 0.8 }
}

/** Index of the paragraph holding the selection's anchor inside `list`, or -1. */
function anchorParagraph(list: HTMLElement): number {
  const node = document.getSelection()?.anchorNode
  if (!node || !list.contains(node)) return -1
  const block = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-index]')
  return block ? Number(block.dataset.index) : -1
}

const NO_HIGHLIGHTS: readonly Highlight[] = []
const NO_SHADES: readonly Shade[] = []

interface DocumentTextProps {
  text: string
  structure: DocumentStructure
  /** The scrolling element holding the text (the virtual list measures and scrolls it). */
  scroller: RefObject<HTMLDivElement | null>
  /** Highlights to draw, oldest first (offsets into `text`). */
  highlights?: readonly Highlight[]
  /** Shaded spans (the tracing overlay), drawn around the highlights. */
  shades?: readonly Shade[]
}

export const DocumentText = memo(function DocumentText({
  text,
  structure,
  scroller,
  highlights = NO_HIGHLIGHTS,
  shades = NO_SHADES,
}: DocumentTextProps) {
  const list = useRef<HTMLDivElement>(null)
  const metrics = useRef(DEFAULT_METRICS)
  const pinned = useRef(-1)
  // Where the text starts below the column's top (its padding), read once laid out, never while rendering.
  const [margin, setMargin] = useState(0)
  const spans = useMemo(() => paragraphsOf(text, structure), [text, structure])
  const marks = useMemo(() => groupByParagraph(spans, headingMarksOf(structure)), [spans, structure])
  const highlighted = useMemo(() => groupByParagraph(spans, highlights), [spans, highlights])
  const shaded = useMemo(() => groupByParagraph(spans, shades), [spans, shades])
  const virtualizer = useVirtualizer({
    count: spans.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimateParagraphHeight(spans[i].end - spans[i].start, metrics.current),
    overscan: OVERSCAN,
    // Paragraphs entering the view render in React's next task, not synchronously inside each scroll
    // event (which then forced a layout of the column per event); the overscan covers the frame between.
    useFlushSync: false,
    // The text starts below the column's padding; item positions count from the scroller's top.
    scrollMargin: margin,
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      const keep = pinned.current
      if (keep < 0 || keep >= range.count || indexes.includes(keep)) return indexes
      return [...indexes, keep].sort((a, b) => a - b)
    },
  })

  // Estimates follow the real font and width once the text is on screen.
  useLayoutEffect(() => {
    if (!list.current) return
    metrics.current = metricsOf(list.current)
    setMargin(list.current.offsetTop)
    virtualizer.measure()
  }, [virtualizer])

  useLayoutEffect(() => {
    const root = scroller.current
    if (!root) return
    return registerLayout(root, {
      paragraphAt: (offset) => paragraphAt(spans, offset),
      showParagraph: (index, align) => virtualizer.scrollToIndex(index, { align }),
      isRendered: (index) => list.current?.querySelector(`:scope > [data-index="${index}"]`) != null,
    })
  }, [scroller, spans, virtualizer])

  useEffect(() => {
    const onChange = (): void => {
      if (list.current) pinned.current = anchorParagraph(list.current)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [])

  return (
    <div className="doc-text virtual-text" lang="zh-CN" ref={list} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => (
        <Paragraph
          key={item.index}
          index={item.index}
          text={text}
          span={spans[item.index]}
          marks={marks[item.index]}
          highlights={highlighted[item.index]}
          shades={shaded[item.index]}
          top={item.start - margin}
          measure={virtualizer.measureElement}
        />
      ))}
    </div>
  )
})
