/**
 * The theme lanes' filter (theme and documents), shared between the lanes view and the views that
 * send the user there (the matrix: "click a cell → the lanes filtered to it"). A small module store
 * read with useSyncExternalStore; short-lived UI state, so not persisted.
 */
import { useSyncExternalStore } from 'react'
import { navigateTo } from '../../navigation'

/**
 * What the lanes show: one theme (undefined: the codebook's first), some documents (undefined: all),
 * and optionally one document in focus: its column first, only the rows it takes part in.
 */
export interface LanesFilter {
  themeId?: string
  documentIds?: readonly string[]
  focusDocId?: string
}

let current: LanesFilter = {}
const listeners = new Set<() => void>()

/** Sets the lanes' filter (the lanes view shows it next time it renders). */
export function setLanesFilter(filter: LanesFilter): void {
  current = { themeId: filter.themeId, documentIds: filter.documentIds ? [...filter.documentIds] : undefined, focusDocId: filter.focusDocId }
  for (const listener of listeners) listener()
}

/** The current filter, live. */
export function useLanesFilter(): LanesFilter {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}

/**
 * Shows the theme lanes filtered to `themeId` and `documentIds` (all documents when omitted), with
 * `focusDocId` in focus when given: sets the filter and switches to the lanes view.
 */
export function openLanes(filter: LanesFilter): void {
  setLanesFilter(filter)
  navigateTo('lanes')
}
