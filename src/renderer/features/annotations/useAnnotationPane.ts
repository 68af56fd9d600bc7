/**
 * The annotation pane beside a view's columns: open or closed and its width, read live from the
 * stored preference (pane-preference.ts) so the reader and the lanes agree, and written when the user
 * toggles or resizes it. A request from the annotation feature (a highlight made or clicked, whose
 * editor lives in the pane) opens it when it is closed.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useAnnotationUi } from './annotation-store'
import { isPaneOpen, loadPanePreference, paneWidthOf, savePanePreference, type PanePreference } from './pane-preference'

/** Quiet time before a dragged width is written (a drag changes it on every pointer move). */
const WIDTH_SAVE_DELAY_MS = 300

/** The pane as a view shows it, with the two things the user changes (shared by its switch and the pane). */
export interface AnnotationPaneState {
  /** False while the preference loads, then whether the pane shows. */
  open: boolean
  /** CSS pixels. */
  width: number
  toggle(): void
  setWidth(width: number): void
}

/** @param columns how many columns the pane stands beside (decides the default) */
export function useAnnotationPane(columns: number): AnnotationPaneState {
  const stored = useLiveQuery(() => loadPanePreference(), [])
  const [dragged, setDragged] = useState<number | undefined>(undefined)
  const pending = useRef<{ width: number; timer: ReturnType<typeof setTimeout> } | undefined>(undefined)
  const open = stored !== undefined && isPaneOpen(stored, columns)
  const latest = useRef<{ pref: PanePreference; open: boolean }>({ pref: {}, open })
  latest.current = { pref: stored ?? {}, open }

  const save = useCallback((change: PanePreference) => void savePanePreference({ ...latest.current.pref, ...change }), [])
  const toggle = useCallback(() => save({ open: !latest.current.open }), [save])
  const flush = useCallback(() => {
    if (!pending.current) return
    clearTimeout(pending.current.timer)
    save({ width: pending.current.width })
    pending.current = undefined
  }, [save])
  const setWidth = useCallback(
    (width: number) => {
      setDragged(width)
      if (pending.current) clearTimeout(pending.current.timer)
      pending.current = { width, timer: setTimeout(flush, WIDTH_SAVE_DELAY_MS) }
    },
    [flush],
  )
  // A width dragged just before the view closes is still written.
  useEffect(() => flush, [flush])
  // Once the stored width has caught up with the drag, the stored value leads again.
  useEffect(() => {
    if (dragged !== undefined && stored?.width === dragged) setDragged(undefined)
  }, [stored, dragged])

  const request = useAnnotationUi((s) => s.paneRequest)
  const answered = useRef(request)
  useEffect(() => {
    if (request === answered.current || stored === undefined) return
    answered.current = request
    if (!open) save({ open: true })
  }, [request, stored, open, save])

  return { open, width: dragged ?? paneWidthOf(stored ?? {}), toggle, setWidth }
}
