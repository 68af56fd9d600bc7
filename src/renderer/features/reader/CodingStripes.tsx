/**
 * The coding-stripes margin of a reader column: one narrow stripe per theme beside each annotated
 * range, in the theme's colour; hovering names the theme and the note, clicking selects the
 * annotation. It measures the rendered paragraphs (`[data-start]` blocks) and leaves the geometry to
 * the pure layoutStripes; with the reader's virtual text it draws only the stripes of the paragraphs
 * rendered (re-measured as they change), so a long document's margin stays as small as its view.
 */
import { useEffect, useMemo, useState, type RefObject } from 'react'
import { layoutStripes, type BlockBox, type Highlight, type StripeSource } from '../../text-view'
import { setAnnotationUi } from '../annotations'
import { themeLabel, useCodebook } from '../codebook'
import { useI18n } from '../../i18n'

/** Width of one lane and the gap after it (CSS pixels). */
const LANE_PX = 5
const LANE_GAP_PX = 2

/** The boxes of the rendered text blocks inside `root`, from the top of its content (however they are positioned). */
function measureBlocks(root: HTMLElement): BlockBox[] {
  const out: BlockBox[] = []
  const origin = root.getBoundingClientRect().top - root.scrollTop
  for (const el of root.querySelectorAll<HTMLElement>('[data-start][data-end]')) {
    const rect = el.getBoundingClientRect()
    out.push({ start: Number(el.dataset.start), end: Number(el.dataset.end), top: rect.top - origin, height: rect.height })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Sources clipped to the rendered stretch of text (a virtual text renders only the paragraphs in view). */
function clipToRendered(sources: readonly StripeSource[], boxes: readonly BlockBox[]): StripeSource[] {
  if (boxes.length === 0) return []
  const from = boxes[0].start
  const to = boxes[boxes.length - 1].end
  return sources
    .filter((s) => s.end > from && s.start < to)
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
}

interface CodingStripesProps {
  /** The column's scrolling text element (position: relative; the blocks' offsetParent). */
  scroller: RefObject<HTMLDivElement | null>
  highlights: readonly Highlight[]
}

export function CodingStripes({ scroller, highlights }: CodingStripesProps) {
  const { t, locale } = useI18n()
  const { codebook } = useCodebook()
  const [boxes, setBoxes] = useState<BlockBox[]>([])
  useEffect(() => {
    const root = scroller.current
    if (!root) return
    const measure = (): void => setBoxes(measureBlocks(root))
    measure()
    // Re-measured when the text reflows (column width, fonts), its blocks change or move (the virtual
    // list renders and places paragraphs as the column scrolls). Only the text is watched: the
    // stripes' own changes must not trigger a measure.
    const resize = new ResizeObserver(measure)
    const text = root.querySelector('.doc-text') ?? root
    resize.observe(text)
    const mutations = new MutationObserver(measure)
    mutations.observe(text, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] })
    return () => {
      resize.disconnect()
      mutations.disconnect()
    }
  }, [scroller])
  const sources = useMemo(
    () => highlights.map((h) => ({ id: h.id, start: h.start, end: h.end, themes: h.themes ?? [], note: h.note })),
    [highlights],
  )
  const order = useMemo(() => codebook.themes.map((th) => th.id), [codebook])
  // Lanes from every annotation, so a theme keeps its lane while other parts of the text scroll in.
  const lanes = useMemo(() => layoutStripes(sources, order, []).lanes, [sources, order])
  const stripes = useMemo(() => layoutStripes(clipToRendered(sources, boxes), order, boxes).stripes, [sources, order, boxes])
  const theme = (id: string) => codebook.themes.find((th) => th.id === id)
  return (
    <div
      className="coding-stripes"
      aria-label={t('reader.stripes')}
      data-testid="coding-stripes"
      style={{ width: lanes.length * (LANE_PX + LANE_GAP_PX) }}
    >
      {stripes.map((s) => {
        const th = theme(s.themeId)
        const name = th ? themeLabel(th, locale) : s.themeId
        return (
          <button
            key={`${s.annotationId}:${s.themeId}`}
            type="button"
            className="coding-stripe"
            data-theme={s.themeId}
            title={s.note.trim() === '' ? name : `${name}\n${s.note}`}
            aria-label={name}
            style={{
              top: s.top,
              height: s.height,
              left: lanes.indexOf(s.themeId) * (LANE_PX + LANE_GAP_PX),
              width: LANE_PX,
              background: th?.color ?? 'gray',
            }}
            onClick={(e) => {
              // Not a click on the text: the column would take it as "clear the selection".
              e.stopPropagation()
              setAnnotationUi({ selectedId: s.annotationId })
            }}
          />
        )
      })}
    </div>
  )
}
