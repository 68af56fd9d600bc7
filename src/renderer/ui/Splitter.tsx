/**
 * A vertical divider that resizes the pane before it: drag with the mouse, or focus it and use the
 * arrow keys. The caller owns the width (in CSS pixels) and clamps nothing: min and max are props.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react'

interface SplitterProps {
  width: number
  onChange(width: number): void
  min: number
  max: number
  label: string
}

const KEY_STEP_PX = 16

export function Splitter({ width, onChange, min, max, label }: SplitterProps) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null)
  const clamp = (value: number): number => Math.min(max, Math.max(min, value))
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    drag.current = { startX: event.clientX, startWidth: width }
    event.currentTarget.setPointerCapture(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (drag.current) onChange(clamp(drag.current.startWidth + event.clientX - drag.current.startX))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowLeft') onChange(clamp(width - KEY_STEP_PX))
    else if (event.key === 'ArrowRight') onChange(clamp(width + KEY_STEP_PX))
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
