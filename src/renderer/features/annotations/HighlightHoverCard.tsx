/**
 * Hovering a highlight in a reader column shows what the researcher wrote about it: the note rendered
 * from its Markdown (safely, see NoteMarkdown), the themes and the tags of every annotation covering
 * that spot. Highlights without any of these show nothing. The card never takes the pointer (it does
 * not get in the way of selecting or clicking); clicking the highlight opens it in the pane to edit.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { Annotation } from '../../../core/anchoring'
import { highlightBackground } from '../../text-view'
import { NoteMarkdown } from './NoteMarkdown'
import { useAnnotationsOf } from './useAnnotations'
import { ThemeChips } from './ThemeChips'

/** How long (ms) the pointer rests on a highlight before its card shows. */
export const HOVER_DELAY_MS = 250
/** Gap between the highlight and the card, in CSS pixels. */
const CARD_GAP_PX = 4
/** The card's widest (CSS pixels; as in annotations.css), to keep it inside the column. */
const CARD_MAX_WIDTH_PX = 320
const MARK_SELECTOR = 'mark[data-annotation-ids]'

interface Hover {
  ids: string[]
  top: number
  left: number
}

export function HighlightHoverCard({ scroller, documentId }: { scroller: RefObject<HTMLElement | null>; documentId: string }) {
  const rows = useAnnotationsOf(useMemo(() => [documentId], [documentId]))
  const [hover, setHover] = useState<Hover | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const hide = (): void => {
      clearTimeout(timer.current)
      setHover(null)
    }
    const onOver = (event: MouseEvent): void => {
      const mark = event.target instanceof Element ? event.target.closest(MARK_SELECTOR) : null
      clearTimeout(timer.current)
      // No card while a selection is being dragged.
      if (!mark || event.buttons !== 0) return setHover(null)
      timer.current = setTimeout(() => {
        const rect = mark.getBoundingClientRect()
        const box = el.getBoundingClientRect()
        setHover({
          ids: (mark.getAttribute('data-annotation-ids') ?? '').split(' ').filter(Boolean),
          top: rect.bottom - box.top + el.scrollTop + CARD_GAP_PX,
          left: Math.max(0, Math.min(rect.left - box.left, el.clientWidth - CARD_MAX_WIDTH_PX) + el.scrollLeft),
        })
      }, HOVER_DELAY_MS)
    }
    const onOut = (event: MouseEvent): void => {
      const to = event.relatedTarget instanceof Element ? event.relatedTarget.closest(MARK_SELECTOR) : null
      if (!to) hide()
    }
    el.addEventListener('mouseover', onOver)
    el.addEventListener('mouseout', onOut)
    el.addEventListener('mousedown', hide)
    el.addEventListener('scroll', hide)
    return () => {
      clearTimeout(timer.current)
      el.removeEventListener('mouseover', onOver)
      el.removeEventListener('mouseout', onOut)
      el.removeEventListener('mousedown', hide)
      el.removeEventListener('scroll', hide)
    }
  }, [scroller])

  if (!hover || !rows) return null
  const byId = new Map(rows.map((a) => [a.id, a]))
  // Newest (drawn on top) first; only those with something to show.
  const shown = hover.ids
    .map((id) => byId.get(id))
    .filter((a): a is Annotation => a !== undefined && (a.note.trim() !== '' || a.tags.length > 0 || a.themes.length > 0))
    .reverse()
  if (shown.length === 0) return null
  return (
    <div
      className="highlight-card"
      role="tooltip"
      data-offset-ignore=""
      data-testid="highlight-card"
      style={{ top: hover.top, left: hover.left }}
    >
      {shown.map((a) => (
        <div key={a.id} className="highlight-card-item">
          {(a.themes.length > 0 || a.tags.length > 0) && (
            <div className="annotation-meta">
              <span className="color-dot" style={highlightBackground(a.color)} aria-hidden="true" />
              <ThemeChips themes={a.themes} />
              {a.tags.map((tag) => (
                <span key={`g-${tag}`} className="chip small">
                  #{tag}
                </span>
              ))}
            </div>
          )}
          <NoteMarkdown source={a.note} />
        </div>
      ))}
    </div>
  )
}
