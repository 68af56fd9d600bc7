/**
 * The annotation feature's one small store of short-lived UI state, shared by the reader columns,
 * the side pane and the Annotations view: the undo history, the annotation open in the editor, a
 * pending "jump to this passage" request, the last colour used, requests to show the pane, and the
 * annotation being re-attached by hand.
 * Durable data stays in the database; this store only remembers what the user is doing now (it
 * resets on reload).
 */
import type { HighlightColor, TextQuoteSelector } from '../../../core/anchoring'
import { createStore, useStore } from '../../ui/store'
import { EMPTY_STACK, type UndoStack } from './undo-stack'

/** A request to scroll a reader column to an annotation's passage and flash it. */
export interface FocusRequest {
  annotationId: string
  documentId: string
  start: number
  end: number
  /** Grows with every request, so asking twice for the same passage flashes it twice. */
  serial: number
}

/** An annotation being re-attached by hand: the reader column of its document waits for a selection. */
export interface ReattachTarget {
  annotationId: string
  documentId: string
  /** Its quote as stored (what to look for, with the context it had). */
  quote: TextQuoteSelector
}

/** An editor field to focus on opening; null = none. */
export type FocusField = 'note' | 'tags' | 'themes' | null

export interface AnnotationUiState {
  stack: UndoStack
  /** The annotation shown in the editor; null when none is open. */
  selectedId: string | null
  /** Which editor field gets the caret when the editor opens (the toolbar's theme, tag and note buttons). */
  focusField: FocusField
  focus: FocusRequest | null
  lastColor: HighlightColor
  /**
   * Grows with every request to show the annotation pane (a highlight made or clicked: its editor is
   * in the pane); the pane's hook opens it when closed. Whether it is open is stored (pane-preference.ts).
   */
  paneRequest: number
  /** The annotation being re-attached, if any. */
  reattach: ReattachTarget | null
}

const store = createStore<AnnotationUiState>({
  stack: EMPTY_STACK,
  selectedId: null,
  focusField: null,
  focus: null,
  lastColor: 'yellow',
  paneRequest: 0,
  reattach: null,
})
let serial = 0

/** The current state (for event handlers that must not re-render). */
export function getAnnotationUi(): AnnotationUiState {
  return store.get()
}

/** Replaces part of the state and notifies subscribers. */
export function setAnnotationUi(patch: Partial<AnnotationUiState>): void {
  store.set({ ...store.get(), ...patch })
}

/** Opens the editor on an annotation (or closes it with null). */
export function selectAnnotation(id: string | null, focusField: FocusField = null): void {
  setAnnotationUi({ selectedId: id, focusField })
}

/** Asks the view showing the annotation pane to open it (see useAnnotationPane). */
export function requestPane(): void {
  setAnnotationUi({ paneRequest: store.get().paneRequest + 1 })
}

/** Asks the reader to scroll to `target` and flash it (the column showing its document answers). */
export function requestFocus(target: Omit<FocusRequest, 'serial'>): void {
  setAnnotationUi({ focus: { ...target, serial: ++serial } })
}

/** Subscribes a component to the store (re-renders on every change of the selected part). */
export function useAnnotationUi<T>(select: (s: AnnotationUiState) => T): T {
  return useStore(store, select)
}
