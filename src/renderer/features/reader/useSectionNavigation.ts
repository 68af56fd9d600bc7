/**
 * Section navigation for one reader column: which outline section is at the top while the user
 * scrolls, scrolling to a section or a text offset, restoring the saved scroll offset once the text
 * is rendered, "same heading number" sync (announcing the user's moves on the bus, following the
 * other columns'), and reporting the offset at the top for "sync by topic".
 */
import { partitionPoint } from '../../../core/sorted-search'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { ancestry, matchSection, sectionAt, type FlatNode } from './outline-navigation'
import { BLOCK_SELECTOR, scrollToOffset } from '../../text-view'
import type { SectionBus } from './section-sync'
import { useUserScrollInput } from './useUserScrollInput'

/** Space left above a heading scrolled to (CSS px), so it does not touch the column's edge. */
const HEADING_MARGIN_PX = 12
/** Scroll events this soon after a programmatic scroll are not the user's (no sync echo). */
const PROGRAMMATIC_SCROLL_MS = 250

/** Text offset at the top edge of `scroller` (start of the first block still visible). */
export function offsetAtTop(scroller: HTMLElement): number {
  const blocks = scroller.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)
  const top = scroller.getBoundingClientRect().top + HEADING_MARGIN_PX
  const firstVisible = partitionPoint(blocks.length, (i) => blocks[i].getBoundingClientRect().bottom <= top)
  const block = blocks[Math.min(firstVisible, blocks.length - 1)]
  return block ? Number(block.dataset.start) : 0
}

interface SectionNavigationOptions {
  scroller: RefObject<HTMLElement | null>
  flat: readonly FlatNode[]
  /** The text is rendered (the saved offset can be restored). */
  ready: boolean
  /** Scroll offset to restore once ready (CSS px). */
  initialScrollTop: number
  docId: string
  bus: SectionBus
  /** Follow and announce sections by heading number. */
  sync: boolean
  /** Called on every scroll with the new offset (to persist it). */
  onScrollTop(scrollTop: number): void
  /**
   * Called once per frame of scrolling with the text offset at the top and whether the user moved it
   * by hand (wheel, touch, keys, scrollbar), not a scroll of ours nor the virtual text's own drift.
   */
  onTopOffset?(offset: number, byUser: boolean): void
}

export interface SectionNavigation {
  /** Index in `flat` of the section at the top; -1 before the first heading. */
  current: number
  /** The user picked a section (outline click): scroll there and let synced columns follow. */
  pick(index: number): void
  /** Attach to the scroller's onScroll. */
  onScroll(): void
  /** Scrolls text offset `offset` to the top (not announced as the user's move); resolves once there. */
  scrollToText(offset: number): Promise<void>
}

export function useSectionNavigation(options: SectionNavigationOptions): SectionNavigation {
  const { scroller, flat, ready, initialScrollTop, docId, bus, sync, onScrollTop, onTopOffset } = options
  const [current, setCurrent] = useState(-1)
  const currentRef = useRef(-1)
  const programmaticUntil = useRef(0)
  // Where our own last scroll ended, and the re-check of a scroll that came during it.
  const programmaticTop = useRef(0)
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const restored = useRef(false)
  const frame = useRef(0)
  const byHand = useUserScrollInput(scroller)

  const mark = useCallback((index: number) => {
    currentRef.current = index
    setCurrent(index)
  }, [])

  const scrollTo = useCallback(
    (index: number) => {
      const el = scroller.current
      const node = flat[index]?.node
      if (!el || !node) return
      programmaticUntil.current = performance.now() + PROGRAMMATIC_SCROLL_MS
      mark(index)
      // The heading may not be rendered yet (virtual text): the scroll ends a few frames later.
      void scrollToOffset(el, node.heading.start, { margin: HEADING_MARGIN_PX }).then(() => {
        programmaticUntil.current = performance.now() + PROGRAMMATIC_SCROLL_MS
        programmaticTop.current = el.scrollTop
        mark(index)
      })
    },
    [scroller, flat, mark],
  )

  const scrollToText = useCallback(
    async (offset: number) => {
      const el = scroller.current
      if (!el) return
      programmaticUntil.current = performance.now() + PROGRAMMATIC_SCROLL_MS
      await scrollToOffset(el, offset, { margin: HEADING_MARGIN_PX })
      programmaticUntil.current = performance.now() + PROGRAMMATIC_SCROLL_MS
      programmaticTop.current = el.scrollTop
    },
    [scroller],
  )

  const pick = useCallback(
    (index: number) => {
      scrollTo(index)
      if (sync) bus.publish({ from: docId, chain: ancestry(flat, index) })
    },
    [scrollTo, sync, bus, docId, flat],
  )

  useLayoutEffect(() => {
    const el = scroller.current
    if (restored.current || !ready || !el) return
    restored.current = true
    programmaticUntil.current = performance.now() + PROGRAMMATIC_SCROLL_MS
    el.scrollTop = initialScrollTop
    mark(sectionAt(flat, offsetAtTop(el)))
  }, [scroller, ready, flat, initialScrollTop, mark])

  useEffect(() => {
    if (!sync) return
    return bus.subscribe((signal) => {
      if (signal.from === docId) return
      const target = matchSection(flat, signal.chain)
      if (target >= 0) scrollTo(target)
    })
  }, [bus, sync, docId, flat, scrollTo])

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current)
      clearTimeout(settle.current)
    },
    [],
  )

  const onScroll = (): void => {
    const el = scroller.current
    if (!el) return
    onScrollTop(el.scrollTop)
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => {
      const top = offsetAtTop(el)
      const byUser = performance.now() > programmaticUntil.current
      onTopOffset?.(top, byUser && byHand())
      // Our own scroll (a pick, a synced section) set the section itself: near the end of a text the
      // heading cannot reach the top, and the text's top would name the section before it. A scroll
      // the user made meanwhile is looked at once ours is over (the view has moved from where ours ended).
      clearTimeout(settle.current)
      if (!byUser) {
        settle.current = setTimeout(
          () => {
            if (Math.abs(el.scrollTop - programmaticTop.current) > 1) onScroll()
          },
          programmaticUntil.current - performance.now() + 1,
        )
        return
      }
      const next = sectionAt(flat, top)
      if (next === currentRef.current) return
      mark(next)
      if (next >= 0 && sync) bus.publish({ from: docId, chain: ancestry(flat, next) })
    })
  }

  return { current, pick, onScroll, scrollToText }
}
