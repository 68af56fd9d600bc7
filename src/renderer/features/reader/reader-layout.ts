/**
 * The reader's column layout: loaded once from settings, kept in memory while the reader is shown,
 * saved at once when the user changes it (a column added, closed or moved, sync toggled) and, for
 * scroll positions and outline widths being dragged, after a quiet moment and when the page is
 * hidden. Scroll positions are recorded without re-rendering the columns.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  EMPTY_LAYOUT,
  MAX_READER_COLUMNS,
  getSetting,
  normaliseLayout,
  saveLayout,
  type ReaderColumnState,
  type ReaderLayout,
  type SyncMode,
} from '../../db/settings'

/** Default outline width by number of columns (CSS px): narrower as columns multiply, so the text keeps room. */
const DEFAULT_OUTLINE_WIDTH: Readonly<Record<number, number>> = { 1: 240, 2: 220, 3: 150, 4: 120 }

/** The outline width a column shows (CSS px): the one the user dragged to, else the default for `count` columns. */
export function outlineWidthOf(column: Pick<ReaderColumnState, 'outlineWidth'>, count: number): number {
  return column.outlineWidth ?? DEFAULT_OUTLINE_WIDTH[count] ?? DEFAULT_OUTLINE_WIDTH[MAX_READER_COLUMNS]
}

/** Quiet time before a scrolled layout is written (scrolling changes it many times a second). */
const SAVE_DELAY_MS = 400

/**
 * Opens documents in the reader: replaces the columns with `ids` (at most four, first ones kept),
 * keeping the sync option. Returns once the layout is saved.
 */
export async function openInReader(ids: readonly string[]): Promise<void> {
  const current = normaliseLayout(await getSetting('readerLayout'))
  const columns = [...new Set(ids)].slice(0, MAX_READER_COLUMNS).map((docId) => ({ docId, scrollTop: 0, outlineOpen: true }))
  await saveLayout({ ...current, columns })
}

/**
 * The columns with `docId` open beside `fromDocId`: unchanged when it is open, added at the end while
 * there is room, else in place of the rightmost other column (following a link must show its target).
 */
export function columnsWithBeside(columns: readonly ReaderColumnState[], fromDocId: string, docId: string): ReaderColumnState[] {
  if (columns.some((c) => c.docId === docId)) return [...columns]
  const opened = { docId, scrollTop: 0, outlineOpen: true }
  if (columns.length < MAX_READER_COLUMNS) return [...columns, opened]
  let replace = columns.length - 1
  while (replace > 0 && columns[replace]?.docId === fromDocId) replace--
  return columns.map((c, i) => (i === replace ? opened : c))
}

export interface LayoutActions {
  add(docId: string): void
  /** Opens `docId` beside `fromDocId`, replacing the rightmost other column when all are taken. */
  openBeside(fromDocId: string, docId: string): void
  remove(index: number): void
  move(index: number, delta: -1 | 1): void
  toggleOutline(index: number): void
  /** Remembers the width the user dragged a column's outline to. */
  setOutlineWidth(index: number, width: number): void
  setSync(mode: SyncMode): void
  /** Records a column's scroll offset (no re-render). */
  recordScroll(docId: string, scrollTop: number): void
}

/** The layout (undefined while loading) and the actions that change it. */
export function useReaderLayout(): [ReaderLayout | undefined, LayoutActions] {
  const [layout, setLayout] = useState<ReaderLayout | undefined>(undefined)
  const latest = useRef<ReaderLayout>(EMPTY_LAYOUT)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    void saveLayout(latest.current)
  }, [])
  const schedule = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = setTimeout(flush, SAVE_DELAY_MS)
  }, [flush])

  useEffect(() => {
    let live = true
    void getSetting('readerLayout').then((stored) => {
      if (!live) return
      latest.current = normaliseLayout(stored)
      setLayout(latest.current)
    })
    const onHide = (): void => {
      if (timer.current !== undefined) flush()
    }
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      live = false
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onHide)
      if (timer.current !== undefined) flush()
    }
  }, [flush])

  const update = useCallback(
    (change: (layout: ReaderLayout) => ReaderLayout, continuous = false) => {
      latest.current = change(latest.current)
      setLayout(latest.current)
      // A deliberate change is written now: a reload soon after must not lose a column just added.
      // A drag changes the layout at every pointer move, so it is written once it pauses.
      if (continuous) schedule()
      else flush()
    },
    [flush, schedule],
  )
  const withColumns = (fn: (columns: ReaderColumnState[]) => ReaderColumnState[], continuous = false) =>
    update((l) => ({ ...l, columns: fn([...l.columns]) }), continuous)

  const actions: LayoutActions = {
    add: (docId) =>
      withColumns((cols) =>
        cols.length >= MAX_READER_COLUMNS || cols.some((c) => c.docId === docId)
          ? cols
          : [...cols, { docId, scrollTop: 0, outlineOpen: true }],
      ),
    openBeside: (fromDocId, docId) => withColumns((cols) => columnsWithBeside(cols, fromDocId, docId)),
    remove: (index) => withColumns((cols) => cols.filter((_, i) => i !== index)),
    move: (index, delta) =>
      withColumns((cols) => {
        const to = index + delta
        if (to < 0 || to >= cols.length) return cols
        ;[cols[index], cols[to]] = [cols[to], cols[index]]
        return cols
      }),
    toggleOutline: (index) => withColumns((cols) => cols.map((c, i) => (i === index ? { ...c, outlineOpen: !c.outlineOpen } : c))),
    setOutlineWidth: (index, width) => withColumns((cols) => cols.map((c, i) => (i === index ? { ...c, outlineWidth: width } : c)), true),
    setSync: (mode) => update((l) => ({ ...l, sync: mode })),
    recordScroll: (docId, scrollTop) => {
      latest.current = {
        ...latest.current,
        columns: latest.current.columns.map((c) => (c.docId === docId ? { ...c, scrollTop } : c)),
      }
      schedule()
    },
  }
  return [layout, actions]
}
