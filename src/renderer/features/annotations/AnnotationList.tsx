/**
 * A list of annotations of any length: only the items in view of the pane's scroller (and a few
 * around them) are rendered, each measured as it appears (an open editor or a long note makes an
 * item taller), so 20,000 annotations open as fast as twenty.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactElement, type Ref, type RefObject } from 'react'
import { useIdVirtualizer } from '../../ui/useIdVirtualizer'
import type { Annotation } from '../../../core/anchoring'

/** An item's height before it is measured (CSS px): quote, document and a chip line. */
const ESTIMATED_ITEM_PX = 90
const OVERSCAN = 8

/** What the list hands each item to place itself. */
export interface ItemPlace {
  index: number
  top: number
  measure: Ref<HTMLLIElement>
}

interface AnnotationListProps {
  items: readonly Annotation[]
  /** The scrolling element around the list. */
  scroller: RefObject<HTMLElement | null>
  renderItem(annotation: Annotation, place: ItemPlace): ReactElement
  /** The selected annotation: scrolled into view when it changes (a highlight clicked in the reader). */
  selectedId?: string | null
}

export function AnnotationList({ items, scroller, renderItem, selectedId }: AnnotationListProps) {
  const list = useRef<HTMLUListElement>(null)
  // Filters and the "needs attention" group sit above the list inside the same scroller.
  const [margin, setMargin] = useState(0)
  useLayoutEffect(() => {
    const el = list.current
    const root = scroller.current
    if (el && root) setMargin(el.getBoundingClientRect().top - root.getBoundingClientRect().top + root.scrollTop)
    // What is above changes with the annotations (the list's items change with them).
  }, [scroller, items])
  const virtualizer = useIdVirtualizer<Annotation, HTMLLIElement>({
    items,
    idOf: (annotation) => annotation.id,
    scroller,
    estimate: ESTIMATED_ITEM_PX,
    overscan: OVERSCAN,
    scrollMargin: margin,
  })
  // Only a new selection scrolls; the list changing under it (an edit) does not.
  const scrolledTo = useRef<string | null>(null)
  useEffect(() => {
    if (!selectedId || scrolledTo.current === selectedId) {
      if (!selectedId) scrolledTo.current = null
      return
    }
    scrolledTo.current = selectedId
    const index = items.findIndex((a) => a.id === selectedId)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' })
  }, [selectedId, items, virtualizer])
  return (
    <ul className="annotation-list virtual-list" ref={list} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer
        .getVirtualItems()
        .map((item) =>
          renderItem(items[item.index]!, { index: item.index, top: item.start - margin, measure: virtualizer.measureElement }),
        )}
    </ul>
  )
}
