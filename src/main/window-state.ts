/**
 * Remembers the main window's size, position and maximised state between runs, in a small JSON
 * file in the user-data folder. A missing or damaged file just means default bounds. It does not
 * check that the saved position is still on a connected screen beyond a sanity range; Electron
 * moves a window that opens fully off-screen back onto the primary display.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'

export interface WindowState {
  width: number
  height: number
  x?: number
  y?: number
  maximized: boolean
}

/** Size of a first window, in device-independent pixels: room for two columns side by side. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false }
/** Smallest window the layout still works in. */
export const MIN_WINDOW_WIDTH = 720
export const MIN_WINDOW_HEIGHT = 480
/** Larger values come from a damaged file, not a real screen. */
const MAX_WINDOW_EXTENT = 16_384

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_WINDOW_EXTENT
}

function isExtent(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_WINDOW_EXTENT
}

/** Checks a parsed state file; returns the defaults for anything malformed. */
export function parseWindowState(value: unknown): WindowState {
  if (typeof value !== 'object' || value === null) return DEFAULT_WINDOW_STATE
  const v = value as Record<string, unknown>
  if (!isExtent(v.width, MIN_WINDOW_WIDTH) || !isExtent(v.height, MIN_WINDOW_HEIGHT)) return DEFAULT_WINDOW_STATE
  const state: WindowState = { width: v.width, height: v.height, maximized: v.maximized === true }
  if (isCoordinate(v.x) && isCoordinate(v.y)) {
    state.x = v.x
    state.y = v.y
  }
  return state
}

/** Reads the state file synchronously (it is tiny and needed before the window exists). */
export function loadWindowState(file: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    // First run, or a file damaged by a crash mid-write: start with the defaults.
    return DEFAULT_WINDOW_STATE
  }
}

/**
 * Writes the state atomically (temp file, then rename) so a crash cannot leave half a file.
 * Synchronous because it runs while the window closes, just before the app may exit.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify(state), 'utf8')
  renameSync(temp, file)
}
