/**
 * One report's strip in the document map: its segments are rendered once the strip comes near the
 * screen, so a library of hundreds of reports (tens of thousands of passages) does not build every
 * segment up front — drawing 200 reports' 40,000 segments at once froze the window for seconds.
 */
import { useEffect, useRef, useState } from 'react'
import type { MapSegment } from './docmap-segments'

/** How far outside the scrolled view a strip starts drawing its segments (CSS length). */
const DRAW_AHEAD = '300px'

interface DocMapStripProps {
  /** The scrolling element the strips are in (null: the viewport). */
  scroller: HTMLElement | null
  segments: readonly MapSegment[]
  colorOf(themeId: string): string
  /** Hover text and accessible name of a segment. */
  labelOf(segment: MapSegment): string
  onJump(segment: MapSegment): void
}

/** True once the element has come within DRAW_AHEAD of the scroller's view (and from then on). */
function useNearScreen(ref: React.RefObject<HTMLElement | null>, scroller: HTMLElement | null): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element || near) return
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true)
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true)
          observer.disconnect()
        }
      },
      { root: scroller, rootMargin: DRAW_AHEAD },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, near, scroller])
  return near
}

export function DocMapStrip({ scroller, segments, colorOf, labelOf, onJump }: DocMapStripProps) {
  const ref = useRef<HTMLDivElement>(null)
  const near = useNearScreen(ref, scroller)
  return (
    <div className="docmap-strip" ref={ref}>
      {near &&
        segments.map((s) => {
          const label = labelOf(s)
          return (
            <button
              key={s.passageId}
              type="button"
              className="docmap-segment"
              data-testid="docmap-segment"
              data-theme={s.themeId}
              style={{ left: `${s.left}%`, width: `${s.width}%`, background: colorOf(s.themeId) }}
              title={label}
              aria-label={label}
              onClick={() => onJump(s)}
            />
          )
        })}
    </div>
  )
}
