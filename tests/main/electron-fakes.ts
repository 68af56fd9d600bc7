// Stand-ins for the parts of Electron that main and preload use, so tests never load the real
// module (it would try to download the binary). Load with:
//   const electron = await vi.hoisted(async () => (await import('./electron-fakes')).createElectronFake())
//   vi.mock('electron', () => electron.module)
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

export interface FakeFrame {
  url: string
  parent: FakeFrame | null
}

export class FakeWebContents extends EventEmitter {
  mainFrame: FakeFrame = { url: 'app://bidu/index.html', parent: null }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  send = vi.fn()
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler
  })
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  static getAllWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.instances
  readonly webContents = new FakeWebContents()
  destroyed = false
  maximized = false
  bounds = { x: 10, y: 20, width: 1000, height: 700 }
  loadURL = vi.fn(async (_url: string) => undefined)
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  maximize = vi.fn(() => {
    this.maximized = true
  })
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
  isDestroyed = (): boolean => this.destroyed
  isMaximized = (): boolean => this.maximized
  isMinimized = (): boolean => false
  getNormalBounds = () => this.bounds
}

export function createElectronFake() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
  const rendererEvents = new EventEmitter()
  const app = Object.assign(new EventEmitter(), {
    name: 'Bidu',
    isPackaged: false,
    getLocale: vi.fn(() => 'zh-CN'),
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn((name: string) => (name === 'appData' ? '/home/user/.config' : '/home/user/Documents')),
    setName: vi.fn(),
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
  })
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  }
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        handlers.set(channel, handler)
      }),
    },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => rendererEvents.on(channel, listener)),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => rendererEvents.removeListener(channel, listener)),
    },
  }
  return { module, handlers, rendererEvents, defaultSession, app }
}
