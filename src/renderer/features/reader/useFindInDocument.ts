/**
 * Find in one reader column's document. The text is virtualised, so the browser's own find cannot see
 * paragraphs that are not rendered: matches are found in the document's text (findOccurrences), the
 * current one is scrolled to through the paragraph layout, and the matches in the rendered paragraphs
 * are painted (again whenever the rendered paragraphs change).
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react'
import type { Span } from '../../../core/structure/types'
import { findOccurrences } from '../../../core/text/find-occurrences'
import { paintFindHits, scrollToOffset } from '../../text-view'

export interface FindInDocument {
  query: string
  setQuery(query: string): void
  hits: readonly Span[]
  /** Index of the current match in `hits`; -1 when there is none. */
  current: number
  /** Moves to the next (+1) or previous (-1) match, wrapping round. */
  step(direction: 1 | -1): void
}

export function useFindInDocument(scroller: RefObject<HTMLElement | null>, text: string, open: boolean): FindInDocument {
  const [query, setQuery] = useState('')
  const [current, setCurrent] = useState(-1)
  const hits = useMemo(() => (open ? findOccurrences(text, query) : []), [open, text, query])

  const show = useCallback(
    (index: number) => {
      setCurrent(index)
      const el = scroller.current
      if (el && hits[index]) void scrollToOffset(el, hits[index].start, { align: 'center' })
    },
    [scroller, hits],
  )

  // A new query goes to its first match.
  useEffect(() => show(hits.length > 0 ? 0 : -1), [hits, show])

  useEffect(() => {
    const el = scroller.current
    const owner = {}
    const paint = (): void => paintFindHits(owner, el, hits, current)
    paint()
    const text = el?.querySelector('.doc-text')
    const observer = new MutationObserver(paint)
    if (text) observer.observe(text, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      paintFindHits(owner, null, [], -1)
    }
  }, [scroller, hits, current])

  const step = useCallback(
    (direction: 1 | -1) => hits.length > 0 && show((current + direction + hits.length) % hits.length),
    [hits, current, show],
  )
  return { query, setQuery, hits, current, step }
}

/**
 * Ctrl/Cmd+F opens the find bar of the column holding the focus, or of the first column when the focus
 * is in no column (the browser's own find would miss the paragraphs that are not rendered).
 */
export function useFindShortcut(column: RefObject<HTMLElement | null>, first: boolean, onFind: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'f') return
      const active = document.activeElement
      const inColumn = column.current?.contains(active) ?? false
      const inAnother = !inColumn && active?.closest('.reader-column') != null
      if (!inColumn && (!first || inAnother)) return
      event.preventDefault()
      onFind()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [column, first, onFind])
}
