import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { FakeBrowserWindow as FakeWindow } from './electron-fakes'

const electron = await vi.hoisted(async () => (await import('./electron-fakes')).createElectronFake())
vi.mock('electron', () => electron.module)

const { createMainWindow, secureWebPreferences, WINDOW_TITLE } = await import('../../src/main/window')

function newWindow(stateFile: string, devUrl?: string): FakeWindow {
  return createMainWindow({ preloadPath: '/app/out/preload/index.js', stateFile, devUrl }) as unknown as FakeWindow
}

describe('main window', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bidu-window-'))
  })

  it('is titled "Bidu 比读" and locks down its web preferences', () => {
    const win = newWindow(join(dir, 'state.json'))
    expect(WINDOW_TITLE).toBe('Bidu 比读')
    expect(win.options.title).toBe('Bidu 比读')
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('never turns a security preference off by accident', () => {
    const prefs = secureWebPreferences('/p.js')
    for (const key of ['contextIsolation', 'sandbox', 'webSecurity'] as const) expect(prefs[key]).toBe(true)
    for (const key of ['nodeIntegration', 'webviewTag', 'allowRunningInsecureContent', 'experimentalFeatures'] as const) {
      expect(prefs[key]).toBe(false)
    }
  })

  it('loads app://bidu/index.html, or the dev server when given one', () => {
    expect(newWindow(join(dir, 's.json')).loadURL).toHaveBeenCalledWith('app://bidu/index.html')
    expect(newWindow(join(dir, 's.json'), 'http://localhost:5173/').loadURL).toHaveBeenCalledWith('http://localhost:5173/')
  })

  it('stays hidden until ready to show', () => {
    const win = newWindow(join(dir, 's.json'))
    expect(win.options.show).toBe(false)
    expect(win.show).not.toHaveBeenCalled()
    win.emit('ready-to-show')
    expect(win.show).toHaveBeenCalledTimes(1)
  })

  it('keeps its title when the page sets another', () => {
    const win = newWindow(join(dir, 's.json'))
    const event = { preventDefault: vi.fn() }
    win.emit('page-title-updated', event, 'something else')
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('remembers its size and maximised state across runs', () => {
    const stateFile = join(dir, 'state.json')
    const first = newWindow(stateFile)
    first.bounds = { x: 40, y: 50, width: 1500, height: 900 }
    first.maximized = true
    first.emit('close')
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({ x: 40, y: 50, width: 1500, height: 900, maximized: true })

    const second = newWindow(stateFile)
    expect(second.options).toMatchObject({ x: 40, y: 50, width: 1500, height: 900 })
    expect(second.maximize).toHaveBeenCalled()
  })

  it('opens with default bounds when the state file is damaged', () => {
    const stateFile = join(dir, 'state.json')
    writeFileSync(stateFile, '{"width": 1')
    const win = newWindow(stateFile)
    expect(win.options).toMatchObject({ width: 1280, height: 860 })
    expect(win.options.x).toBeUndefined()
  })

  it('still closes when the size cannot be saved', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const win = newWindow(join(dir, 'missing-folder', 'state.json'))
    expect(() => win.emit('close')).not.toThrow()
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})
