/**
 * Creates the one application window with locked-down web preferences, restores its last size,
 * shows it once the first paint is ready, and saves its size when it closes. It does not decide
 * what is allowed to happen inside the page (security.ts) or serve the page (protocol.ts).
 */
import { BrowserWindow, type WebPreferences } from 'electron'
import { APP_INDEX_URL } from './app-origin'
import { loadWindowState, MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, saveWindowState, type WindowState } from './window-state'

/** The window title; the page's own <title> is not allowed to replace it. */
export const WINDOW_TITLE = 'Bidu 比读'
/** Painted before the renderer's first frame, so the window does not flash black. */
const BACKGROUND_COLOR = '#ffffff'

export interface MainWindowOptions {
  /** Absolute path of the built preload (`out/preload/index.js`). */
  preloadPath: string
  /** Where the window's size is remembered. */
  stateFile: string
  /** The dev server to load instead of `app://bidu` (electron-vite dev only). */
  devUrl?: string
}

/**
 * The renderer's web preferences: isolated, sandboxed, no Node, same-origin policy on, no <webview>.
 * The preload is the page's only bridge to main.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  }
}

function currentState(win: BrowserWindow): WindowState {
  // Normal bounds: the size to come back to when a maximised window is restored.
  const { x, y, width, height } = win.getNormalBounds()
  return { x, y, width, height, maximized: win.isMaximized() }
}

/** Creates, loads and returns the main window (hidden until ready to show). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(options.stateFile)
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    webPreferences: secureWebPreferences(options.preloadPath),
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('page-title-updated', (event) => event.preventDefault())
  win.on('close', () => {
    try {
      saveWindowState(options.stateFile, currentState(win))
    } catch (error) {
      // Losing the remembered size is harmless; closing must not fail because of it.
      console.warn('Bidu: could not save the window size:', error)
    }
  })
  win.loadURL(options.devUrl ?? APP_INDEX_URL).catch((error: unknown) => {
    console.error('Bidu: could not load the page:', error)
  })
  return win
}
