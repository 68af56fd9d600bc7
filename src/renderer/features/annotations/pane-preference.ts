/**
 * The annotation pane's remembered state: whether it is open and how wide, one setting shared by the
 * reader and the lanes and checked on every read. Until the user opens or closes it, it follows the
 * number of columns beside it: open next to one or two, closed from three on, where 320 pixels more
 * would leave a few characters a line. Pure rules and the setting's read and write.
 */
import type { BiduDatabase } from '../../db/database'
import { getSetting, setSetting, normaliseWidth } from '../../db/settings'

/** What is stored; a field left out follows the default. */
export interface PanePreference {
  /** Chosen by the user; absent while they never opened or closed the pane. */
  open?: boolean
  /** Width the user dragged the pane to (CSS pixels); absent → DEFAULT_PANE_WIDTH. */
  width?: number
}

/** Widths the pane may take (CSS pixels): the filters need about 220, more than 640 is a column lost. */
export const PANE_WIDTH = { min: 220, max: 640 }
/** The pane's width until the user drags it (CSS pixels; the fixed width it had before it could be resized). */
export const DEFAULT_PANE_WIDTH = 320
/** From this many columns beside it, the pane starts closed. */
export const CLOSED_FROM_COLUMNS = 3

/** Makes any stored value a valid preference (damaged fields are dropped). */
export function normalisePanePreference(value: unknown): PanePreference {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const pref: PanePreference = {}
  if (typeof raw.open === 'boolean') pref.open = raw.open
  const width = normaliseWidth(raw.width, PANE_WIDTH)
  if (width !== undefined) pref.width = width
  return pref
}

/** Whether the pane shows beside `columns` columns: the user's choice, else open below CLOSED_FROM_COLUMNS. */
export function isPaneOpen(pref: PanePreference, columns: number): boolean {
  return pref.open ?? columns < CLOSED_FROM_COLUMNS
}

/** The width the pane shows (CSS pixels). */
export function paneWidthOf(pref: PanePreference): number {
  return pref.width ?? DEFAULT_PANE_WIDTH
}

/** The stored preference ({} on first use). */
export async function loadPanePreference(db?: BiduDatabase): Promise<PanePreference> {
  return normalisePanePreference(await getSetting('annotationPane', db))
}

/** Stores the preference (normalised). */
export async function savePanePreference(pref: PanePreference, db?: BiduDatabase): Promise<void> {
  await setSetting('annotationPane', normalisePanePreference(pref), db)
}
