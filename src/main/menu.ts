/**
 * The application menu. File and Help items do not act in main: they send a `bidu:menu` command
 * to the renderer, which owns the library and the dialogs that follow. Edit uses Electron's roles
 * so copy and paste work in the sandboxed page; reload and devtools exist only in development.
 */
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { IpcChannel, type MenuCommand, type MenuEvent } from '../shared/ipc'
import { menuLabels } from './menu-labels'

export interface MenuOptions {
  /** The window that receives commands (looked up on each click; it may have been re-created). */
  getWindow: () => BrowserWindow | null
  /** OS locale, e.g. `app.getLocale()`. */
  locale: string
  /** Adds reload and devtools. */
  isDev: boolean
  /** `process.platform`; macOS gets the app menu and keeps Quit there. */
  platform: string
}

/** Sends `command` to the window's page, if there is a live window. */
export function sendMenuCommand(win: BrowserWindow | null, command: MenuCommand): void {
  if (!win || win.isDestroyed()) return
  const event: MenuEvent = { command }
  win.webContents.send(IpcChannel.menu, event)
}

/** The menu template (exported for tests; {@link installMenu} builds and sets it). */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = menuLabels(options.locale)
  const isMac = options.platform === 'darwin'
  const send = (command: MenuCommand) => () => sendMenuCommand(options.getWindow(), command)

  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      { id: 'import', label: labels.import, accelerator: 'CmdOrCtrl+O', click: send('import') },
      { id: 'export', label: labels.export, accelerator: 'CmdOrCtrl+E', click: send('export') },
      { type: 'separator' },
      { id: 'backup', label: labels.backup, click: send('backup') },
      { id: 'restore', label: labels.restore, click: send('restore') },
      { id: 'restore-samples', label: labels.restoreSamples, click: send('restore-samples') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { id: 'quit', label: labels.quit, role: 'quit' } as const]),
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...(options.isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
  const help: MenuItemConstructorOptions = {
    label: labels.help,
    submenu: [{ id: 'about', label: labels.about, click: send('about') }],
  }
  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [
      { id: 'app-about', label: labels.about, click: send('about') },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { id: 'quit', label: labels.quit, role: 'quit' },
    ],
  }
  return isMac ? [appMenu, file, edit, view, help] : [file, edit, view, help]
}

/** Builds the menu and makes it the application menu. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)))
}
