/**
 * A vertical divider that resizes the pane before it (or, with `resizes="after"`, the pane after it,
 * e.g. a side pane on the right): drag with the mouse, or focus it and use the arrow keys. The caller
 * owns the width (in CSS pixels); min and max are props.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react'

interface SplitterProps {
  width: number
  onChange(width: number): void
  min: number
  max: number
  label: string
  /** Which neighbour the width belongs to; default 'before' (dragging right widens it). */
  resizes?: 'before' | 'after'
}

const KEY_STEP_PX = 16

export function Splitter({ width, onChange, min, max, label, resizes = 'before' }: SplitterProps) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null)
  // A pane after the divider grows as the divider moves left.
  const sign = resizes === 'before' ? 1 : -1
  const clamp = (value: number): number => Math.min(max, Math.max(min, value))
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    drag.current = { startX: event.clientX, startWidth: width }
    event.currentTarget.setPointerCapture(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (drag.current) onChange(clamp(drag.current.startWidth + sign * (event.clientX - drag.current.startX)))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowLeft') onChange(clamp(width - sign * KEY_STEP_PX))
    else if (event.key === 'ArrowRight') onChange(clamp(width + sign * KEY_STEP_PX))
    else return
    event.preventDefault()
  }
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(width)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onKeyDown={onKeyDown}
    />
  )
}
