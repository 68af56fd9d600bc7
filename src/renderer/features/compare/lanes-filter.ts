/**
 * The theme lanes' filter (theme and documents), shared between the lanes view and the views that
 * send the user there (the matrix: "click a cell → the lanes filtered to it"). A small module store
 * (ui/store); short-lived UI state, so not persisted.
 */
import { navigateTo } from '../../navigation'
import { createStore, useStore } from '../../ui/store'

/**
 * What the lanes show of the current comparison set: one theme (undefined: the codebook's first) and
 * optionally one document in focus: its cells first, only the rows it takes part in.
 */
export interface LanesFilter {
  themeId?: string
  focusDocId?: string
}

const filterStore = createStore<LanesFilter>({})

/** Sets the lanes' filter (the lanes view shows it next time it renders). */
export function setLanesFilter(filter: LanesFilter): void {
  filterStore.set({ themeId: filter.themeId, focusDocId: filter.focusDocId })
}

/** The current filter, live. */
export function useLanesFilter(): LanesFilter {
  return useStore(filterStore)
}

/**
 * Shows the theme lanes of the current set filtered to `themeId`, with
 * `focusDocId` in focus when given: sets the filter and switches to the lanes view.
 */
export function openLanes(filter: LanesFilter): void {
  setLanesFilter(filter)
  navigateTo('lanes')
}
