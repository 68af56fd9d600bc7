/**
 * "Show this passage in the reader": opens the document in the reader, switches to the reader view,
 * and once the column has rendered its paragraphs scrolls the span to the middle and selects it
 * (through the reader's offset helpers). Shared by the document map, the figures table and the
 * concordance. It gives up quietly after a few seconds when the column never appears (document
 * deleted meanwhile): the reader then shows its own "missing document" state.
 */
import { useCallback } from 'react'
import { useNavigation } from '../../navigation'
import { revealSpan, selectOffsets } from '../../text-view'
import { openInReader } from '../reader'

/** How long to wait for the reader column to render the text (parsing runs in a worker). */
const WAIT_FOR_COLUMN_MS = 8000
/** Pause between looks for the rendered text. */
const POLL_MS = 50

function escapeAttr(value: string): string {
  return value.replace(/["\\]/g, '\\$&')
}

/** Scrolls to and selects [start, end) in the column of `docId`; resolves false when the text is not rendered yet. */
async function revealInColumn(docId: string, start: number, end: number): Promise<boolean> {
  const root = document.querySelector<HTMLElement>(`.column-text[data-doc-id="${escapeAttr(docId)}"]`)
  if (!root?.querySelector('.doc-text')) return false
  const block = await revealSpan(root, { start, end })
  if (!block) return false
  block.classList.add('jump-target')
  setTimeout(() => block.classList.remove('jump-target'), 2000)
  selectOffsets(root, { start, end })
  return true
}

/** A function that opens `docId` in the reader at [start, end) (UTF-16 code units of its text). */
export function useJumpToReader(): (docId: string, start: number, end: number) => void {
  const { go } = useNavigation()
  return useCallback(
    (docId, start, end) => {
      void openInReader([docId]).then(() => {
        go('reader')
        const until = Date.now() + WAIT_FOR_COLUMN_MS
        const attempt = async (): Promise<void> => {
          if ((await revealInColumn(docId, start, end)) || Date.now() > until) return
          setTimeout(() => void attempt(), POLL_MS)
        }
        setTimeout(() => void attempt(), POLL_MS)
      })
    },
    [go],
  )
}
