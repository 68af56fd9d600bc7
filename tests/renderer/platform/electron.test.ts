// The Electron platform adapter over a fake preload API: results reshaped, failures raised, menu forwarded.
import { describe, expect, it, vi } from 'vitest'
import type { BiduApi, IpcResult, MenuEvent } from '../../../src/shared/ipc'
import { createElectronPlatform } from '../../../src/renderer/platform/electron'

function fakeApi(overrides: Partial<BiduApi> = {}): BiduApi {
  return {
    openFiles: async () => ({ ok: true, value: { files: [], rejected: [] } }),
    saveFile: async () => ({ ok: true, value: { saved: true, name: 'x.md' } }),
    appInfo: async () => ({ ok: true, value: { version: '1.2.3', locale: 'zh-CN', platform: 'linux', userName: 'lin' } }),
    onMenu: () => () => {},
    autoBackup: async () => ({ ok: true, value: { name: 'bidu-daily.json' } }),
    ...overrides,
  }
}

const failure = <T>(message: string): IpcResult<T> => ({ ok: false, error: { code: 'READ_FAILED', message } })

describe('createElectronPlatform', () => {
  it('returns picked files and refused ones with their codes', async () => {
    const bytes = new Uint8Array([1, 2, 3])
    const platform = createElectronPlatform(
      fakeApi({
        openFiles: async () => ({
          ok: true,
          value: { files: [{ name: 'a.txt', bytes }], rejected: [{ name: 'big.pdf', code: 'TOO_LARGE', message: 'over 50 MB' }] },
        }),
      }),
    )
    expect(await platform.openFiles()).toEqual({
      files: [{ name: 'a.txt', bytes }],
      refused: [{ name: 'big.pdf', code: 'TOO_LARGE', message: 'over 50 MB' }],
    })
  })

  it('asks for the documents filter', async () => {
    const openFiles = vi.fn(async () => ({ ok: true as const, value: { files: [], rejected: [] } }))
    await createElectronPlatform(fakeApi({ openFiles })).openFiles()
    expect(openFiles).toHaveBeenCalledWith({ filters: 'documents' })
  })

  it('raises IPC failures as errors with the message', async () => {
    const platform = createElectronPlatform(
      fakeApi({ openFiles: async () => failure('disk gone'), saveFile: async () => failure('read-only') }),
    )
    await expect(platform.openFiles()).rejects.toThrow('disk gone')
    await expect(platform.saveFile('n.md', 'x', 'markdown')).rejects.toThrow('read-only')
  })

  it('saves and reports cancellation', async () => {
    const saveFile = vi.fn(async () => ({ ok: true as const, value: { saved: false } }))
    expect(await createElectronPlatform(fakeApi({ saveFile })).saveFile('notes', '# x', 'markdown')).toBe(false)
    expect(saveFile).toHaveBeenCalledWith({ suggestedName: 'notes', data: '# x', kind: 'markdown' })
  })

  it('forwards menu commands and unsubscribes', () => {
    let listener: ((event: MenuEvent) => void) | undefined
    const stop = vi.fn()
    const platform = createElectronPlatform(
      fakeApi({
        onMenu: (l) => {
          listener = l
          return stop
        },
      }),
    )
    const seen: string[] = []
    const unsubscribe = platform.onMenu((command) => seen.push(command))
    listener?.({ command: 'restore-samples' })
    expect(seen).toEqual(['restore-samples'])
    unsubscribe()
    expect(stop).toHaveBeenCalled()
  })

  it('reports app info, with a fallback when IPC fails', async () => {
    expect(await createElectronPlatform(fakeApi()).appInfo()).toEqual({
      version: '1.2.3',
      locale: 'zh-CN',
      kind: 'electron',
      userName: 'lin',
    })
    vi.stubGlobal('navigator', { language: 'en-GB' })
    expect(await createElectronPlatform(fakeApi({ appInfo: async () => failure('x') })).appInfo()).toEqual({
      version: '',
      locale: 'en-GB',
      kind: 'electron',
      userName: '',
    })
    vi.unstubAllGlobals()
  })
  it('sends automatic backups to main and raises its failures', async () => {
    const autoBackup = vi.fn(async () => ({ ok: true as const, value: { name: 'bidu-daily.json' } }))
    expect(await createElectronPlatform(fakeApi({ autoBackup })).autoBackup('daily', '{}')).toBe(true)
    expect(autoBackup).toHaveBeenCalledWith({ reason: 'daily', data: '{}' })
    await expect(
      createElectronPlatform(fakeApi({ autoBackup: async () => failure('disk full') })).autoBackup('before-restore', '{}'),
    ).rejects.toThrow('disk full')
  })
})
