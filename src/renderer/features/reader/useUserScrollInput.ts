/**
 * Whether the user's hand is behind a column's scrolling: a wheel, a touch, a key or the scrollbar
 * held in the last moment. A virtual text also scrolls by itself (it corrects its position as the
 * paragraphs it renders are measured, sometimes well after a programmatic scroll), and "sync by
 * topic" must not take such a drift in a column it moved for the user's choosing a new passage there.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react'

/** How long after the last input a scroll is still the user's: wheel and touch scrolling glide on. */
const INPUT_GLIDE_MS = 1_000
const KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '])

export function useUserScrollInput(scroller: RefObject<HTMLElement | null>): () => boolean {
  const lastInput = useRef(Number.NEGATIVE_INFINITY)
  const held = useRef(false)
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const touched = (): void => {
      lastInput.current = performance.now()
    }
    const keyed = (e: KeyboardEvent): void => {
      if (KEYS.has(e.key)) touched()
    }
    // The scrollbar is part of the element: a press on it, held while dragging.
    const pressed = (): void => {
      held.current = true
      touched()
    }
    const released = (): void => {
      if (held.current) touched()
      held.current = false
    }
    const passive = { passive: true }
    el.addEventListener('wheel', touched, passive)
    el.addEventListener('touchmove', touched, passive)
    el.addEventListener('keydown', keyed)
    el.addEventListener('pointerdown', pressed)
    window.addEventListener('pointerup', released)
    window.addEventListener('pointercancel', released)
    return () => {
      el.removeEventListener('wheel', touched)
      el.removeEventListener('touchmove', touched)
      el.removeEventListener('keydown', keyed)
      el.removeEventListener('pointerdown', pressed)
      window.removeEventListener('pointerup', released)
      window.removeEventListener('pointercancel', released)
    }
  }, [scroller])
  return useCallback(() => held.current || performance.now() - lastInput.current < INPUT_GLIDE_MS, [])
}
