/**
 * The Electron entry point: app lifecycle only. It registers the `app://` scheme before `ready`,
 * then installs the security policy, protocol, IPC handlers and menu, and opens the window. The
 * modules beside it do the work; this file wires them in order.
 */
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { devServerUrl } from './app-origin'
import { registerIpcHandlers } from './ipc-handlers'
import { installMenu } from './menu'
import { registerAppScheme, serveAppProtocol } from './protocol'
import { installSecurityPolicy } from './security'
import { createMainWindow } from './window'

/** Name of the file in the user-data folder that remembers the window's size. */
const WINDOW_STATE_FILE = 'window-state.json'
/**
 * The user-data folder's name under the OS app-data folder (~/.config, %APPDATA%, ~/Library/
 * Application Support). Electron would derive it from productName ("Bidu 比读"); fixing it here
 * means renaming the product can never orphan the library that IndexedDB keeps in this folder.
 */
const USER_DATA_FOLDER = 'Bidu'

app.setName('Bidu')
app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER))
// Privileged schemes must be declared before `ready`.
registerAppScheme()

let mainWindow: BrowserWindow | null = null

function openWindow(devUrl: string | undefined): void {
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    stateFile: join(app.getPath('userData'), WINDOW_STATE_FILE),
    devUrl,
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function focusWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

if (!app.requestSingleInstanceLock()) {
  // Another Bidu is running; it gets focus (second-instance below) and this one leaves.
  app.quit()
} else {
  app.on('second-instance', focusWindow)

  app
    .whenReady()
    .then(() => {
      const devUrl = devServerUrl(process.env, app.isPackaged)
      installSecurityPolicy(devUrl)
      serveAppProtocol(join(__dirname, '../renderer'))
      registerIpcHandlers({ getWindow: () => mainWindow, devUrl })
      installMenu({ getWindow: () => mainWindow, locale: app.getLocale(), isDev: devUrl !== undefined, platform: process.platform })
      openWindow(devUrl)

      // macOS keeps the app alive without windows; clicking the dock icon opens one again.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow(devUrl)
      })
    })
    .catch((error: unknown) => {
      console.error('Bidu failed to start:', error)
      app.exit(1)
    })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
