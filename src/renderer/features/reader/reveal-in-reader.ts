/**
 * "Show this passage in the reader" for other views (theme lanes, year over year): puts the document
 * in the reader (kept beside the open columns when there is room), switches to the reader, and once
 * its column has rendered the text scrolls the span to the middle, flashes its paragraph and selects
 * it. Gives up quietly when the column never renders (the reader then shows its own state).
 */
import { useCallback } from 'react'
import { useNavigation } from '../../navigation'
import { getSetting, MAX_READER_COLUMNS, normaliseLayout, saveLayout } from '../../db/settings'
import { BLOCK_SELECTOR, selectOffsets } from '../../text-view'

/** How long to wait for the column to render its text (structure parsing runs in a worker). */
const WAIT_FOR_TEXT_MS = 8000
/** Pause between looks for the rendered text. */
const POLL_MS = 50
/** How long the paragraph stays flashed. */
const FLASH_MS = 2000

/** Adds `docId` to the reader's columns (replacing them when full); leaves an open one where it is. */
async function showColumn(docId: string): Promise<void> {
  const layout = normaliseLayout(await getSetting('readerLayout'))
  if (layout.columns.some((c) => c.docId === docId)) return
  const column = { docId, scrollTop: 0, outlineOpen: true }
  const columns = layout.columns.length < MAX_READER_COLUMNS ? [...layout.columns, column] : [column]
  await saveLayout({ ...layout, columns })
}

/** Scrolls to, flashes and selects [start, end) in the rendered column of `docId`; false when not rendered yet. */
export function revealOffsets(docId: string, start: number, end: number): boolean {
  const root = Array.from(document.querySelectorAll<HTMLElement>('.column-text[data-doc-id]')).find((el) => el.dataset.docId === docId)
  const blocks = root ? Array.from(root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)) : []
  const block = blocks.find((b) => Number(b.dataset.start) <= start && start < Number(b.dataset.end))
  if (!root || !block) return false
  block.scrollIntoView({ block: 'center' })
  block.classList.add('reveal-flash')
  setTimeout(() => block.classList.remove('reveal-flash'), FLASH_MS)
  selectOffsets(root, { start, end })
  return true
}

/** A function that opens `docId` in the reader at [start, end) (UTF-16 code units of its text). */
export function useRevealInReader(): (docId: string, start: number, end: number) => void {
  const { go } = useNavigation()
  return useCallback(
    (docId, start, end) => {
      void showColumn(docId).then(() => {
        go('reader')
        const until = Date.now() + WAIT_FOR_TEXT_MS
        const attempt = (): void => {
          if (!revealOffsets(docId, start, end) && Date.now() < until) setTimeout(attempt, POLL_MS)
        }
        setTimeout(attempt, POLL_MS)
      })
    },
    [go],
  )
}
