/**
 * The coding-stripes margin of a reader column: one narrow stripe per theme beside each annotated
 * range, in the theme's colour; hovering names the theme and the note, clicking selects the
 * annotation. It measures the rendered paragraphs (`[data-start]` blocks) and leaves the geometry to
 * the pure layoutStripes, so it keeps working however the text's paragraphs are rendered.
 */
import { useEffect, useMemo, useState, type RefObject } from 'react'
import { layoutStripes, type BlockBox, type Highlight } from '../../text-view'
import { setAnnotationUi } from '../annotations'
import { themeLabel, useCodebook } from '../codebook'
import { useI18n } from '../../i18n'

/** Width of one lane and the gap after it (CSS pixels). */
const LANE_PX = 5
const LANE_GAP_PX = 2

/** The boxes of the text blocks inside `root`, relative to it. */
function measureBlocks(root: HTMLElement): BlockBox[] {
  const out: BlockBox[] = []
  for (const el of root.querySelectorAll<HTMLElement>('[data-start][data-end]')) {
    out.push({ start: Number(el.dataset.start), end: Number(el.dataset.end), top: el.offsetTop, height: el.offsetHeight })
  }
  return out.sort((a, b) => a.start - b.start)
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
    // Re-measured when the text reflows (column width, fonts) or its blocks change.
    const resize = new ResizeObserver(measure)
    const text = root.querySelector('.doc-text')
    if (text) resize.observe(text)
    const mutations = new MutationObserver(measure)
    mutations.observe(root, { childList: true, subtree: true })
    return () => {
      resize.disconnect()
      mutations.disconnect()
    }
  }, [scroller])
  const sources = useMemo(() => highlights.map((h) => ({ id: h.id, start: h.start, end: h.end, themes: h.themes ?? [], note: h.note })), [highlights])
  const layout = useMemo(() => layoutStripes(sources, codebook.themes.map((th) => th.id), boxes), [sources, codebook, boxes])
  const theme = (id: string) => codebook.themes.find((th) => th.id === id)
  return (
    <div className="coding-stripes" aria-label={t('reader.stripes')} data-testid="coding-stripes" style={{ width: layout.lanes.length * (LANE_PX + LANE_GAP_PX) }}>
      {layout.stripes.map((s) => {
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
            style={{ top: s.top, height: s.height, left: s.lane * (LANE_PX + LANE_GAP_PX), width: LANE_PX, background: th?.color ?? 'gray' }}
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
