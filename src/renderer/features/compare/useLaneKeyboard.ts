/**
 * Keyboard moves in the lanes: ↑/↓ from row to row (headings skipped; the virtual list scrolls the
 * row in and focus follows once it is drawn), ←/→ between the cells of a row, Enter on a cell opens
 * or clamps its passage, Escape goes back from a cell to its row.
 */
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react'
import type { Virtualizer } from '@tanstack/react-virtual'

const ROW_SELECTOR = '[data-index]'
const CELL_SELECTOR = '[role="cell"]'

/** Attach the result to the list's onKeyDown. `isRow(i)`: item i can take focus (not a heading). */
export function useLaneKeyboard(
  root: React.RefObject<HTMLElement | null>,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  count: number,
  isRow: (i: number) => boolean,
) {
  const pending = useRef<number | null>(null)

  const focusRow = useCallback(
    (index: number) => {
      const el = root.current?.querySelector<HTMLElement>(`[data-index="${index}"] [role="row"]`)
      if (el) {
        el.focus({ preventScroll: true })
        pending.current = null
      } else pending.current = index
    },
    [root],
  )

  // A row scrolled to is drawn on the next render; focus it then.
  useEffect(() => {
    if (pending.current !== null) focusRow(pending.current)
  })

  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return
      const item = target.closest<HTMLElement>(ROW_SELECTOR)
      const index = item ? Number(item.dataset.index) : -1
      const cell = target.closest<HTMLElement>(CELL_SELECTOR)
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1
        let next = index + step
        while (next >= 0 && next < count && !isRow(next)) next += step
        if (next < 0 || next >= count) return
        event.preventDefault()
        virtualizer.scrollToIndex(next, { align: 'auto' })
        focusRow(next)
      } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && item) {
        const cells = [...item.querySelectorAll<HTMLElement>(CELL_SELECTOR)]
        if (cells.length === 0) return
        const at = cell ? cells.indexOf(cell) : -1
        const next = event.key === 'ArrowRight' ? Math.min(cells.length - 1, at + 1) : Math.max(0, at - 1)
        event.preventDefault()
        cells[next].focus()
      } else if (event.key === 'Enter' && cell === target) {
        event.preventDefault()
        cell.querySelector<HTMLButtonElement>('.lane-expand')?.click()
      } else if (event.key === 'Escape' && cell) {
        item?.querySelector<HTMLElement>('[role="row"]')?.focus()
      }
    },
    [virtualizer, count, isRow, focusRow],
  )
}
