/**
 * Annotating inside one reader column: where the selection toolbar goes, creating a highlight from the
 * selection (toolbar, `H`, `N`, Ctrl/Cmd+Shift+H/N), Escape, clicking a highlight to open it, and
 * answering "jump to this annotation" requests by scrolling to the passage and flashing it; in a
 * reader column, also taking the passage of an annotation being re-attached (useReattach.ts).
 */
import { useCallback, useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react'
import type { HighlightColor } from '../../../core/anchoring'
import type { Span } from '../../../core/structure/types'
import type { StoredDocument } from '../../db/database'
import { rangeFromOffsets, revealSpan } from '../../text-view'
import { createAction } from './annotation-actions'
import { getAnnotationUi, requestPane, selectAnnotation, setAnnotationUi, useAnnotationUi, type FocusField } from './annotation-store'
import { buildAnnotation } from './build-annotation'
import { cancelReattach } from './reattach'
import { useReattach } from './useReattach'
import { isEditingText } from './useUndoShortcuts'

/** How long a passage stays flashed after a jump. */
const FLASH_MS = 1600
/** Gap between the selection and the toolbar, in CSS pixels. */
const TOOLBAR_GAP_PX = 6

export interface ToolbarPlacement {
  span: Span
  top: number
  left: number
}

interface Options {
  scroller: RefObject<HTMLDivElement | null>
  doc: StoredDocument | null | undefined
  selection: Span | null
  /** The text is rendered (structure parsed), so offsets can be mapped to the DOM. */
  ready: boolean
  /** This column can take the passage of an annotation being re-attached (a reader column). */
  reattach?: boolean
}

function placementOf(scroller: HTMLElement, span: Span): ToolbarPlacement | null {
  const range = rangeFromOffsets(scroller, span)
  if (!range) return null
  const rect = range.getBoundingClientRect()
  const box = scroller.getBoundingClientRect()
  return {
    span,
    top: rect.bottom - box.top + scroller.scrollTop + TOOLBAR_GAP_PX,
    left: Math.max(0, rect.left - box.left + scroller.scrollLeft),
  }
}

export function useColumnAnnotations({ scroller, doc, selection, ready, reattach = false }: Options) {
  const toolbarRef = useRef<HTMLDivElement>(null)
  const [placement, setPlacement] = useState<ToolbarPlacement | null>(null)
  const focus = useAnnotationUi((s) => s.focus)
  const handled = useRef(0)
  const reattaching = useReattach(doc, reattach)
  const { target: reattachTarget, attach: attachTo } = reattaching

  // The toolbar follows the selection; it stays while focus is inside it (typing collapses nothing).
  useEffect(() => {
    const el = scroller.current
    if (selection && el) setPlacement(placementOf(el, selection))
    else if (!toolbarRef.current?.contains(document.activeElement)) setPlacement(null)
  }, [selection, scroller])

  const create = useCallback(
    async (color: HighlightColor, field: FocusField = null): Promise<void> => {
      const span = placement?.span ?? selection
      if (!doc || !span) return
      const row = buildAnnotation({ documentId: doc.id, text: doc.text, span, color, id: crypto.randomUUID(), now: new Date() })
      if (!row) return
      await createAction(row)
      setAnnotationUi({ lastColor: color })
      requestPane()
      selectAnnotation(row.id, field)
      document.getSelection()?.removeAllRanges()
      setPlacement(null)
    },
    [doc, placement, selection],
  )

  // Keyboard: H / N (or Ctrl/Cmd+Shift+H / N) act on this column's selection; Escape closes. While an
  // annotation waits for its passage here, Enter attaches it to the selection and Escape (with nothing
  // selected) cancels.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        if (placement) {
          document.getSelection()?.removeAllRanges()
          setPlacement(null)
        } else if (reattachTarget) cancelReattach()
        return
      }
      const span = placement?.span ?? selection
      if (reattachTarget) {
        const plain = !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey
        // (Enter on the toolbar's own buttons presses them instead.)
        if (event.key === 'Enter' && plain && span && !isEditingText(event.target) && !toolbarRef.current?.contains(event.target as Node)) {
          event.preventDefault()
          void attachTo(span)
        }
        return
      }
      if (!span || event.altKey || (isEditingText(event.target) && !toolbarRef.current?.contains(event.target as Node))) return
      const chord = (event.ctrlKey || event.metaKey) && event.shiftKey
      const bare = !event.ctrlKey && !event.metaKey && !event.shiftKey
      if (!chord && !bare) return
      const key = event.key.toLowerCase()
      if (key !== 'h' && key !== 'n') return
      if (bare && isEditingText(event.target)) return
      event.preventDefault()
      void create(getAnnotationUi().lastColor, key === 'n' ? 'note' : null)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [create, placement, selection, reattachTarget, attachTo])

  // Jump requests for this document: scroll the passage to the middle and flash its marks.
  useEffect(() => {
    const el = scroller.current
    if (!focus || !doc || !el || !ready || focus.documentId !== doc.id || handled.current === focus.serial) return
    handled.current = focus.serial
    // Answered: a reader shown again later must not jump to it a second time.
    setAnnotationUi({ focus: null })
    void revealSpan(el, { start: focus.start, end: focus.end }, 'third').then(() => {
      const marks = el.querySelectorAll(`mark[data-annotation-ids~="${CSS.escape(focus.annotationId)}"]`)
      marks.forEach((mark) => mark.classList.add('hl-flash'))
      setTimeout(() => marks.forEach((mark) => mark.classList.remove('hl-flash')), FLASH_MS)
    })
  }, [focus, doc, ready, scroller])

  /** A click on a highlight (not the end of a drag-selection) opens it in the pane. */
  const onTextClick = useCallback((event: MouseEvent<HTMLElement>) => {
    if (!(event.target instanceof Element) || !document.getSelection()?.isCollapsed) return
    const mark = event.target.closest('mark[data-annotation-ids]')
    const ids = mark?.getAttribute('data-annotation-ids')?.split(' ') ?? []
    if (ids.length === 0) return
    requestPane()
    selectAnnotation(ids[ids.length - 1])
  }, [])

  return {
    placement,
    toolbarRef,
    create,
    onTextClick,
    reattaching: reattaching.target,
    attach: () => reattaching.attach(placement?.span ?? selection),
  }
}
