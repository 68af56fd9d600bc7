/**
 * A document's outline as a navigation list; the current section is marked as the reader scrolls.
 * Only the entries in view are rendered (a five-year plan has about a thousand headings).
 */
import { memo, useEffect, type RefObject } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { FlatNode } from './outline-navigation'
import { useI18n } from '../../i18n'

/** First guess of an entry's height (CSS px); entries are measured once rendered. */
const ESTIMATED_ENTRY_PX = 27
const OVERSCAN = 10
/**
 * The outline follows the reading position once scrolling pauses this long: following it on every
 * section passed read the pane's scroll height in each scroll frame, a layout of the whole column
 * (the text just re-rendered) each time, 25–30 ms a frame through a long report.
 */
const FOLLOW_DELAY_MS = 120

interface OutlinePaneProps {
  flat: readonly FlatNode[]
  current: number
  onPick(index: number): void
  /** The pane's scrolling element. */
  scroller: RefObject<HTMLElement | null>
}

export const OutlinePane = memo(function OutlinePane({ flat, current, onPick, scroller }: OutlinePaneProps) {
  const { t } = useI18n()
  const virtualizer = useVirtualizer({
    count: flat.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ENTRY_PX,
    overscan: OVERSCAN,
  })
  useEffect(() => {
    if (current < 0 || current >= flat.length) return
    const timer = setTimeout(() => virtualizer.scrollToIndex(current, { align: 'auto' }), FOLLOW_DELAY_MS)
    return () => clearTimeout(timer)
  }, [current, flat, virtualizer])
  if (flat.length === 0) return <p className="outline-empty">{t('reader.noOutline')}</p>
  return (
    <ol className="outline" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const { node } = flat[item.index]
        return (
          <li
            key={node.id}
            ref={virtualizer.measureElement}
            data-index={item.index}
            style={{ paddingInlineStart: `${node.depth * 0.9}em`, transform: `translateY(${item.start}px)` }}
          >
            <button
              type="button"
              className="outline-item"
              aria-current={item.index === current ? 'location' : undefined}
              onClick={() => onPick(item.index)}
              title={`${node.label}${node.title}`}
            >
              {node.label && <span className="outline-label">{node.label}</span>}
              {node.title}
            </button>
          </li>
        )
      })}
    </ol>
  )
})
