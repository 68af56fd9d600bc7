import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow } from './electron-fakes'

const electron = await vi.hoisted(async () => (await import('./electron-fakes')).createElectronFake())
vi.mock('electron', () => electron.module)

const { installMenu, menuTemplate, sendMenuCommand } = await import('../../src/main/menu')

type Item = MenuItemConstructorOptions

function items(template: Item[]): Item[] {
  return template.flatMap((top) => [top, ...items((top.submenu as Item[] | undefined) ?? [])])
}

function template(overrides: Partial<Parameters<typeof menuTemplate>[0]> = {}) {
  const win = new FakeBrowserWindow({})
  const t = menuTemplate({ getWindow: () => win as never, locale: 'en-US', isDev: false, platform: 'linux', ...overrides })
  return { win, t, all: items(t) }
}

describe('application menu', () => {
  it('has File, Edit, View and Help, with Chinese labels for a Chinese locale', () => {
    expect(template().t.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(template({ locale: 'zh-CN' }).t.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
    expect(template({ locale: 'zh-TW' }).t[0].label).toBe('文件')
  })

  const commands: [string, string][] = [
    ['import', 'import'],
    ['export', 'export'],
    ['backup', 'backup'],
    ['restore', 'restore'],
    ['restore-samples', 'restore-samples'],
    ['about', 'about'],
  ]
  for (const [id, command] of commands) {
    it(`${id} sends bidu:menu { command: '${command}' } to the window`, () => {
      const { win, all } = template()
      const item = all.find((i) => i.id === id)
      expect(item).toBeDefined()
      ;(item!.click as () => void)()
      expect(win.webContents.send).toHaveBeenCalledWith('bidu:menu', { command })
    })
  }

  it('has Quit in File, and standard edit roles so copy and paste work', () => {
    const { t } = template()
    expect((t[0].submenu as Item[]).some((i) => i.role === 'quit')).toBe(true)
    const editRoles = (t[1].submenu as Item[]).map((i) => i.role).filter(Boolean)
    expect(editRoles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']))
  })

  it('offers reload and devtools only in development', () => {
    const roles = (all: Item[]) => all.map((i) => i.role)
    expect(roles(template().all)).not.toContain('toggleDevTools')
    expect(roles(template().all)).not.toContain('reload')
    expect(roles(template({ isDev: true }).all)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']))
    expect(roles(template().all)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']))
  })

  it('follows the macOS convention of an app menu holding About and Quit', () => {
    const { t } = template({ platform: 'darwin' })
    expect(t.map((m) => m.label)).toEqual(['Bidu', 'File', 'Edit', 'View', 'Help'])
    expect((t[0].submenu as Item[]).some((i) => i.role === 'quit')).toBe(true)
    expect((t[1].submenu as Item[]).some((i) => i.role === 'quit')).toBe(false)
  })

  it('does nothing when there is no live window', () => {
    const win = new FakeBrowserWindow({})
    win.destroyed = true
    sendMenuCommand(win as never, 'about')
    sendMenuCommand(null, 'about')
    expect(win.webContents.send).not.toHaveBeenCalled()
  })

  it('installs the built menu', () => {
    installMenu({ getWindow: () => null, locale: 'en', isDev: false, platform: 'win32' })
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
  })
})
