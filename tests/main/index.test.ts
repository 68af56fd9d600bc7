// The entry point's lifecycle: what happens before and after `ready`, and when another instance runs.
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow } from './electron-fakes'
import { IpcChannel } from '../../src/shared/ipc'

const electron = await vi.hoisted(async () => (await import('./electron-fakes')).createElectronFake())
vi.mock('electron', () => electron.module)

const { app, protocol, ipcMain, Menu } = electron.module

async function startApp(): Promise<void> {
  vi.resetModules()
  await import('../../src/main/index')
  // Let the whenReady() continuation run.
  await new Promise((resolve) => setTimeout(resolve, 0))
}

beforeEach(() => {
  vi.clearAllMocks()
  app.removeAllListeners()
  FakeBrowserWindow.instances.length = 0
  electron.handlers.clear()
})

describe('main entry', () => {
  it('names the app and registers the app:// scheme before ready', async () => {
    let ready!: () => void
    app.whenReady.mockReturnValueOnce(new Promise<void>((resolve) => (ready = resolve)))
    vi.resetModules()
    await import('../../src/main/index')
    expect(app.setName).toHaveBeenCalledWith('Bidu')
    // A fixed folder: the library must not move if the product name ever changes.
    expect(app.setPath).toHaveBeenCalledWith('userData', join('/home/user/.config', 'Bidu'))
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
    expect(protocol.handle).not.toHaveBeenCalled()
    expect(FakeBrowserWindow.instances).toHaveLength(0)
    ready()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('after ready: serves the protocol, handles IPC, sets the menu and opens one window on app://bidu', async () => {
    await startApp()
    // Every invoke channel of the contract (the menu channel is an event main sends).
    expect(ipcMain.handle).toHaveBeenCalledTimes(Object.values(IpcChannel).length - 1)
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    const win = FakeBrowserWindow.instances[0]
    expect(win.loadURL).toHaveBeenCalledWith('app://bidu/index.html')
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.js$/)
    expect(electron.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
  })

  it('quits at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false)
    await startApp()
    expect(app.quit).toHaveBeenCalled()
    expect(FakeBrowserWindow.instances).toHaveLength(0)
    expect(ipcMain.handle).not.toHaveBeenCalled()
  })

  it('focuses the existing window when a second instance starts', async () => {
    await startApp()
    app.emit('second-instance')
    expect(FakeBrowserWindow.instances[0].focus).toHaveBeenCalled()
  })

  it('quits when the last window closes (except on macOS)', async () => {
    await startApp()
    app.emit('window-all-closed')
    if (process.platform === 'darwin') expect(app.quit).not.toHaveBeenCalled()
    else expect(app.quit).toHaveBeenCalled()
  })
})
