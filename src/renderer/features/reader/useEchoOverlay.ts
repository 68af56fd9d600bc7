/**
 * The tracing overlay of one reader column: while on, the column's echoes of its references are
 * shaded (text stays text), and a click on one opens the reference beside it, scrolled to the source
 * wording, which stays marked. The column also draws the marked source when it is the reference.
 */
import { useCallback, useMemo, useRef, type MouseEvent } from 'react'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import type { Shade } from '../../text-view'
import { useDocumentEchoes } from '../analysis'
import { markSource, useSourceMark } from './source-mark'
import { revealWhenRendered } from './reveal-in-reader'

const NO_SHADES: Shade[] = []
/** Pointer travel (CSS px) between press and release beyond which a click is a drag that selects text. */
const DRAG_PX = 4

/**
 * Shades to draw, a press handler, and a click handler that follows an echo (returns false when the
 * click was not on one, or ended a drag).
 */
export function useEchoOverlay(
  doc: StoredDocument | undefined,
  docId: string,
  enabled: boolean,
  openColumn: (docId: string) => void,
): { shades: Shade[]; press(event: MouseEvent): void; follow(event: MouseEvent): boolean } {
  const { t } = useI18n()
  const echoes = useDocumentEchoes(doc, enabled)
  const source = useSourceMark(docId)
  const pressedAt = useRef({ x: 0, y: 0 })
  const press = useCallback((event: MouseEvent) => void (pressedAt.current = { x: event.clientX, y: event.clientY }), [])
  const shades = useMemo(() => {
    const list: Shade[] = enabled
      ? (echoes ?? []).map((e, index) => ({ start: e.start, end: e.end, kind: 'echo', index, title: t('reader.echoTitle') }))
      : []
    if (enabled && source) list.push({ start: source.start, end: source.end, kind: 'source', title: t('reader.echoSource') })
    return list.length > 0 ? list : NO_SHADES
  }, [enabled, echoes, source, t])
  const follow = useCallback(
    (event: MouseEvent): boolean => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-echo]')
      const echo = target && echoes?.[Number(target.dataset.echo)]
      // A drag that selects text over an echo is a selection, not a click on the link.
      const travel = Math.hypot(event.clientX - pressedAt.current.x, event.clientY - pressedAt.current.y)
      if (!echo || travel > DRAG_PX) return false
      markSource({ docId: echo.referenceId, start: echo.refStart, end: echo.refEnd })
      // Beside this column (the reader's own layout adds it, or leaves it where it is when open).
      openColumn(echo.referenceId)
      revealWhenRendered(echo.referenceId, echo.refStart, echo.refEnd)
      return true
    },
    [echoes, openColumn],
  )
  return { shades, press, follow }
}
