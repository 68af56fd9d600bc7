/**
 * "Show this passage in the reader" for other views (theme lanes, year over year): puts the document
 * in the reader (kept beside the open columns when there is room), switches to the reader, and once
 * its column has rendered the text scrolls the span to the middle, flashes its paragraph and selects
 * it. Gives up quietly when the column never renders (the reader then shows its own state).
 */
import { useCallback } from 'react'
import { useNavigation } from '../../navigation'
import { getSetting, MAX_READER_COLUMNS, normaliseLayout, saveLayout } from '../../db/settings'
import { revealSpan, selectOffsets } from '../../text-view'

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

/**
 * Scrolls to, flashes and selects [start, end) in the column of `docId`; resolves false when its text
 * is not rendered yet (or the span cannot be shown).
 */
export async function revealOffsets(docId: string, start: number, end: number): Promise<boolean> {
  const root = Array.from(document.querySelectorAll<HTMLElement>('.column-text[data-doc-id]')).find((el) => el.dataset.docId === docId)
  if (!root?.querySelector('.doc-text')) return false
  const block = await revealSpan(root, { start, end })
  if (!block) return false
  block.classList.add('reveal-flash')
  setTimeout(() => block.classList.remove('reveal-flash'), FLASH_MS)
  selectOffsets(root, { start, end })
  return true
}

/** Reveals [start, end) in the column of `docId` as soon as it has rendered its text (gives up after a while). */
export function revealWhenRendered(docId: string, start: number, end: number): void {
  const until = Date.now() + WAIT_FOR_TEXT_MS
  const attempt = async (): Promise<void> => {
    if (!(await revealOffsets(docId, start, end)) && Date.now() < until) setTimeout(() => void attempt(), POLL_MS)
  }
  setTimeout(() => void attempt(), POLL_MS)
}

/** A function that opens `docId` in the reader at [start, end) (UTF-16 code units of its text). */
export function useRevealInReader(): (docId: string, start: number, end: number) => void {
  const { go } = useNavigation()
  return useCallback(
    (docId, start, end) => {
      void showColumn(docId).then(() => {
        go('reader')
        revealWhenRendered(docId, start, end)
      })
    },
    [go],
  )
}
