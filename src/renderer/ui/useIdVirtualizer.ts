/**
 * A virtual list of items that have ids: sizes measured for an item stay with it when the list is
 * sorted or filtered (keys are ids, not positions). One setup for the library table, the matrix's
 * columns, the annotation list and the outline, which otherwise each repeated it.
 */
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import type { RefObject } from 'react'

interface IdVirtualizerOptions<T> {
  items: readonly T[]
  idOf(item: T): string
  scroller: RefObject<HTMLElement | null>
  /** An item's size (CSS px) before it is measured. */
  estimate: number
  overscan: number
  horizontal?: boolean
  /** Where the list starts inside the scroller (content above it scrolls too). */
  scrollMargin?: number
  /** False renders items scrolled in during React's next task instead of inside the scroll event. */
  useFlushSync?: boolean
}

export function useIdVirtualizer<T, E extends HTMLElement>(options: IdVirtualizerOptions<T>): Virtualizer<HTMLElement, E> {
  const { items, idOf, scroller, estimate } = options
  return useVirtualizer<HTMLElement, E>({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan: options.overscan,
    horizontal: options.horizontal ?? false,
    scrollMargin: options.scrollMargin ?? 0,
    useFlushSync: options.useFlushSync ?? true,
    getItemKey: (index) => {
      const item = items[index]
      return item === undefined ? index : idOf(item)
    },
  })
}

/** The space before the first and after the last rendered item, for spacer cells in tables. */
export function spacersOf<E extends Element>(
  virtualizer: Virtualizer<HTMLElement, E>,
  scrollMargin = 0,
): { before: number; after: number } {
  const items = virtualizer.getVirtualItems()
  const last = items[items.length - 1]
  return {
    before: (items[0]?.start ?? scrollMargin) - scrollMargin,
    after: last ? virtualizer.getTotalSize() - last.end + scrollMargin : 0,
  }
}
