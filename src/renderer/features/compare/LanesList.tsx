/**
 * The lanes' rows as one virtual list (@tanstack/react-virtual): only the items near the screen are
 * in the page, each measured once drawn, so a theme with 1,000 rows scrolls like one with ten.
 * Sub-theme headings stay at the top while their rows scroll by.
 */
import { memo, useCallback, useMemo, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import type { LabelOf } from '../sets'
import type { LaneListItem } from './lane-items'
import { LaneRow, rowSlots, CELLS_SHOWN } from './LaneRow'
import { OnlyHere } from './OnlyHere'
import type { LaneDecisions } from './useLaneDecisions'
import { useLaneKeyboard } from './useLaneKeyboard'
import { useRowWording } from './useRowWording'
import type { LanePassage } from './useThemeLanes'

/** Height guessed for an item not yet measured (CSS px): a heading line and one line of clamped cells. */
const ESTIMATED_ROW_PX = 190
const ESTIMATED_HEADING_PX = 36
/** Items drawn beyond each edge of the screen: enough for smooth scrolling, few enough for a light page. */
const OVERSCAN = 2
/** "Only here" passages drawn per document at first and added by each "Show more". */
export const ONLY_HERE_STEP = 8

interface LanesListProps {
  items: readonly LaneListItem<StoredDocument>[]
  columns: readonly StoredDocument[]
  scroller: React.RefObject<HTMLDivElement | null>
  labelOf: LabelOf
  subthemeLabel(id: string | undefined): string
  decisions: LaneDecisions
  onLink(passage: LanePassage): void
  onOpen(passage: LanePassage): void
}

/** Memoised: the view's progress and toolbar updates leave the drawn rows alone. */
export const LanesList = memo(function LanesList({
  items,
  columns,
  scroller,
  labelOf,
  subthemeLabel,
  decisions,
  onLink,
  onOpen,
}: LanesListProps) {
  const { t } = useI18n()
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set())
  const expand = useCallback((index: number) => setExpanded((shown) => new Set([...shown, index])), [])
  const [loneShown, setLoneShown] = useState<ReadonlyMap<number, number>>(new Map())
  const places = useMemo(() => new Map(columns.map((d) => [d.id, d.metadata.place || d.id])), [columns])
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (items[i]?.kind === 'row' || items[i]?.kind === 'only' ? ESTIMATED_ROW_PX : ESTIMATED_HEADING_PX),
    overscan: OVERSCAN,
  })
  const isRow = useCallback((i: number) => items[i]?.kind === 'row' || items[i]?.kind === 'only', [items])
  const onKeyDown = useLaneKeyboard(scroller, virtualizer, items.length, isRow)
  const virtual = virtualizer.getVirtualItems()

  // Shared wording is computed for the cells on screen only.
  const slots = useMemo(() => {
    const cache = new Map<number, ReturnType<typeof rowSlots>>()
    return (i: number) => {
      const item = items[i]
      if (item?.kind !== 'row') return []
      let s = cache.get(i)
      if (!s) cache.set(i, (s = rowSlots(item.row, columns)))
      return s
    }
  }, [items, columns])
  const groups = virtual.map((v) => {
    const shown = expanded.has(v.index) ? slots(v.index) : slots(v.index).slice(0, CELLS_SHOWN)
    return shown.flatMap((s) => (s.member ? [s.member.passage] : []))
  })
  const marks = useRowWording(groups)

  return (
    <div className="lanes-list" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown} data-testid="lanes-list">
      {virtual.map((v) => {
        const item = items[v.index]
        if (!item) return null
        return (
          <div
            key={v.key}
            data-index={v.index}
            ref={virtualizer.measureElement}
            className="lanes-item"
            style={{ transform: `translateY(${v.start}px)` }}
          >
            {item.kind === 'heading' && (
              <h3 className="lanes-subtheme" data-testid="lanes-subtheme">
                {subthemeLabel(item.subtheme)} <span className="hint">({item.rows})</span>
              </h3>
            )}
            {item.kind === 'row' && (
              <LaneRow
                index={v.index}
                row={item.row}
                slots={slots(v.index)}
                places={places}
                marks={marks}
                labelOf={labelOf}
                decisions={decisions}
                expanded={expanded.has(v.index)}
                onExpand={expand}
                onLink={onLink}
                onOpen={onOpen}
              />
            )}
            {item.kind === 'only-heading' && (
              <h3 className="lanes-subtheme lanes-only-heading" title={t('lanes.onlyHereHint')}>
                {t('lanes.onlyHere')} ({item.count})
              </h3>
            )}
            {item.kind === 'only' && (
              <OnlyHere
                doc={item.doc}
                passages={item.passages}
                shown={loneShown.get(v.index) ?? ONLY_HERE_STEP}
                onMore={() => setLoneShown(new Map(loneShown).set(v.index, (loneShown.get(v.index) ?? ONLY_HERE_STEP) + ONLY_HERE_STEP))}
                labelOf={labelOf}
                onLink={onLink}
                onOpen={onOpen}
              />
            )}
          </div>
        )
      })}
    </div>
  )
})
