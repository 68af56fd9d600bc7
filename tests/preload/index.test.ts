import { describe, expect, it, vi } from 'vitest'
import type { BiduApi, MenuEvent } from '../../src/shared/ipc'

const electron = await vi.hoisted(async () => (await import('../main/electron-fakes')).createElectronFake())
vi.mock('electron', () => electron.module)

await import('../../src/preload/index')

const { contextBridge, ipcRenderer } = electron.module
const exposed = contextBridge.exposeInMainWorld.mock.calls
const api = exposed[0][1] as BiduApi

describe('preload', () => {
  it('exposes one object, window.bidu, with exactly the named methods', () => {
    expect(exposed).toHaveLength(1)
    expect(exposed[0][0]).toBe('bidu')
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'autoBackup', 'onMenu', 'openFiles', 'saveFile'])
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('never exposes ipcRenderer or channel names', () => {
    const text = Object.values(api)
      .map((f) => String(f))
      .join('\n')
    expect(Object.values(api)).not.toContain(ipcRenderer)
    expect(text).not.toMatch(/bidu:/)
  })

  it('openFiles invokes bidu:open-files with a fresh copy of the request', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { files: [], rejected: [] } })
    const request = { filters: 'backup' as const, extra: '/etc/passwd' }
    expect(await api.openFiles(request)).toEqual({ ok: true, value: { files: [], rejected: [] } })
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('bidu:open-files', { filters: 'backup' })
    await api.openFiles()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('bidu:open-files', undefined)
  })

  it('saveFile invokes bidu:save-file with only the known fields', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { saved: true, name: 'a.md' } })
    const bytes = new Uint8Array([1, 2])
    await api.saveFile({ suggestedName: 'a.png', data: bytes, kind: 'png', path: '/x' } as never)
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('bidu:save-file', { suggestedName: 'a.png', data: bytes, kind: 'png' })
  })

  it('autoBackup invokes bidu:auto-backup with only the reason and the text', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { name: 'bidu-daily.json' } })
    await api.autoBackup({ reason: 'daily', data: '{}', path: '/etc' } as never)
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('bidu:auto-backup', { reason: 'daily', data: '{}' })
  })

  it('appInfo invokes bidu:app-info with no argument', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { version: '0.1.0', locale: 'en', platform: 'linux' } })
    expect(await api.appInfo()).toMatchObject({ ok: true })
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('bidu:app-info')
  })

  it('turns a rejected invoke into an IPC_FAILED result instead of throwing', async () => {
    ipcRenderer.invoke.mockRejectedValue(new Error("Error invoking remote method 'bidu:app-info': No handler registered"))
    expect(await api.appInfo()).toEqual({ ok: false, error: { code: 'IPC_FAILED', message: 'No handler registered' } })
  })

  it('onMenu delivers validated menu commands without the IPC event, until unsubscribed', () => {
    const received: MenuEvent[] = []
    const unsubscribe = api.onMenu((e) => received.push(e))
    electron.rendererEvents.emit('bidu:menu', { sender: 'secret' }, { command: 'import' })
    electron.rendererEvents.emit('bidu:menu', {}, { command: 'rm -rf' })
    electron.rendererEvents.emit('bidu:menu', {}, null)
    electron.rendererEvents.emit('bidu:menu', {}, { command: 'about' })
    expect(received).toEqual([{ command: 'import' }, { command: 'about' }])

    unsubscribe()
    electron.rendererEvents.emit('bidu:menu', {}, { command: 'export' })
    expect(received).toHaveLength(2)
    expect(electron.rendererEvents.listenerCount('bidu:menu')).toBe(0)
  })

  it('keeps separate subscriptions independent', () => {
    const a = vi.fn()
    const b = vi.fn()
    const stopA = api.onMenu(a)
    const stopB = api.onMenu(b)
    stopA()
    electron.rendererEvents.emit('bidu:menu', {}, { command: 'backup' })
    expect(a).not.toHaveBeenCalled()
    expect(b).toHaveBeenCalledWith({ command: 'backup' })
    stopB()
    stopB()
    expect(electron.rendererEvents.listenerCount('bidu:menu')).toBe(0)
  })
})
