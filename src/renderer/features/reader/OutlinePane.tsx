/**
 * A document's outline as a navigation list; the current section is marked as the reader scrolls.
 * Only the entries in view are rendered (a five-year plan has about a thousand headings).
 */
import { memo, useEffect, type RefObject } from 'react'
import { useIdVirtualizer } from '../../ui/useIdVirtualizer'
import type { FlatNode } from './outline-navigation'
import { useI18n } from '../../i18n'

/** First guess of an entry's height (CSS px); entries are measured once rendered. */
const ESTIMATED_ENTRY_PX = 27
const OVERSCAN = 10
/**
 * The outline follows the reading position once the text has not scrolled for this long: following
 * it while the text moves scrolled the pane, whose virtual list then re-rendered synchronously and
 * measured its entries in the text's scroll frames, a layout of the whole column each time.
 */
const FOLLOW_DELAY_MS = 120

interface OutlinePaneProps {
  flat: readonly FlatNode[]
  current: number
  onPick(index: number): void
  /** The pane's scrolling element. */
  scroller: RefObject<HTMLElement | null>
  /** The text's scrolling element: the outline follows once it stops. */
  text: RefObject<HTMLElement | null>
}

export const OutlinePane = memo(function OutlinePane({ flat, current, onPick, scroller, text }: OutlinePaneProps) {
  const { t } = useI18n()
  const virtualizer = useIdVirtualizer<FlatNode, HTMLLIElement>({
    items: flat,
    idOf: (entry) => entry.node.id,
    scroller,
    estimate: ESTIMATED_ENTRY_PX,
    overscan: OVERSCAN,
    // Entries scrolled in render in React's next task, not inside the scroll event.
    useFlushSync: false,
  })
  useEffect(() => {
    if (current < 0 || current >= flat.length) return
    const follow = (): void => virtualizer.scrollToIndex(current, { align: 'auto' })
    let timer = setTimeout(follow, FOLLOW_DELAY_MS)
    const wait = (): void => {
      clearTimeout(timer)
      timer = setTimeout(follow, FOLLOW_DELAY_MS)
    }
    const scrolling = text.current
    scrolling?.addEventListener('scroll', wait, { passive: true })
    return () => {
      clearTimeout(timer)
      scrolling?.removeEventListener('scroll', wait)
    }
  }, [current, flat, virtualizer, text])
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
