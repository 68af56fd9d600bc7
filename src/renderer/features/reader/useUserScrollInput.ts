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
    // One signal removes every listener when the column goes.
    const listening = new AbortController()
    const { signal } = listening
    el.addEventListener('wheel', touched, { passive: true, signal })
    el.addEventListener('touchmove', touched, { passive: true, signal })
    el.addEventListener('keydown', keyed, { signal })
    el.addEventListener('pointerdown', pressed, { signal })
    window.addEventListener('pointerup', released, { signal })
    window.addEventListener('pointercancel', released, { signal })
    return () => listening.abort()
  }, [scroller])
  return useCallback(() => held.current || performance.now() - lastInput.current < INPUT_GLIDE_MS, [])
}
