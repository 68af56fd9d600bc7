import { mkdirSync, mkdtempSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { basename, join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IpcChannel, MAX_BACKUP_BYTES, MAX_FILE_BYTES, MAX_OPEN_FILES, type IpcResult } from '../../src/shared/ipc'
import { FakeBrowserWindow } from './electron-fakes'

const electron = await vi.hoisted(async () => (await import('./electron-fakes')).createElectronFake())
vi.mock('electron', () => electron.module)

const { registerIpcHandlers } = await import('../../src/main/ipc-handlers')

const dialog = electron.module.dialog
let win: FakeBrowserWindow | null
let dir: string

registerIpcHandlers({ getWindow: () => win as never })

interface FakeEvent {
  sender: unknown
  senderFrame: { url: string; parent: unknown } | null
}

/** An event as our own page's main frame would send it. */
function ownEvent(): FakeEvent {
  return { sender: win?.webContents, senderFrame: win?.webContents.mainFrame ?? null }
}

async function call(channel: string, event: FakeEvent, ...args: unknown[]): Promise<IpcResult<any>> {
  const handler = electron.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return (await handler(event, ...args)) as IpcResult<any>
}

beforeEach(() => {
  win = new FakeBrowserWindow({})
  dir = mkdtempSync(join(tmpdir(), 'bidu-ipc-'))
  dialog.showOpenDialog.mockReset()
  dialog.showSaveDialog.mockReset()
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

describe('registration', () => {
  it('handles exactly the invoke channels of the contract, all prefixed bidu:', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(
      [IpcChannel.appInfo, IpcChannel.autoBackup, IpcChannel.openFiles, IpcChannel.saveFile].sort(),
    )
    for (const channel of electron.handlers.keys()) expect(channel.startsWith('bidu:')).toBe(true)
  })
})

describe('sender checks', () => {
  const badSenders: [string, () => FakeEvent][] = [
    ['another web contents', () => ({ sender: new FakeBrowserWindow({}).webContents, senderFrame: win!.webContents.mainFrame })],
    ['a subframe', () => ({ sender: win!.webContents, senderFrame: { url: 'app://bidu/index.html', parent: win!.webContents.mainFrame } })],
    ['a frame that is gone', () => ({ sender: win!.webContents, senderFrame: null })],
    ['another origin', () => ({ sender: win!.webContents, senderFrame: { url: 'https://evil.example/', parent: null } })],
    ['another app host', () => ({ sender: win!.webContents, senderFrame: { url: 'app://evil/index.html', parent: null } })],
    ['a file:// page', () => ({ sender: win!.webContents, senderFrame: { url: 'file:///tmp/index.html', parent: null } })],
    ['the dev server when not in dev', () => ({ sender: win!.webContents, senderFrame: { url: 'http://localhost:5173/', parent: null } })],
  ]
  for (const channel of [IpcChannel.openFiles, IpcChannel.saveFile, IpcChannel.appInfo, IpcChannel.autoBackup]) {
    for (const [name, event] of badSenders) {
      it(`${channel} refuses ${name}`, async () => {
        const result = await call(channel, event(), { suggestedName: 'a.md', data: 'x', kind: 'markdown' })
        expect(result).toMatchObject({ ok: false, error: { code: 'BAD_SENDER' } })
        expect(dialog.showOpenDialog).not.toHaveBeenCalled()
        expect(dialog.showSaveDialog).not.toHaveBeenCalled()
      })
    }
  }

  it('refuses everything once the window is closed', async () => {
    const event = ownEvent()
    win!.destroyed = true
    expect(await call(IpcChannel.appInfo, event)).toMatchObject({ ok: false, error: { code: 'BAD_SENDER' } })
    win = null
    expect(await call(IpcChannel.appInfo, event)).toMatchObject({ ok: false, error: { code: 'BAD_SENDER' } })
  })
})

describe(IpcChannel.appInfo, () => {
  it('returns version, locale, platform and the OS user name (the default coder name)', async () => {
    expect(await call(IpcChannel.appInfo, ownEvent())).toEqual({
      ok: true,
      value: { version: '0.1.0', locale: 'zh-CN', platform: process.platform, userName: userInfo().username },
    })
  })

  it('refuses arguments', async () => {
    expect(await call(IpcChannel.appInfo, ownEvent(), 'x')).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } })
  })
})

describe(IpcChannel.openFiles, () => {
  const badArguments: unknown[] = [
    null,
    'documents',
    42,
    [],
    { filters: 'exe' },
    { filters: 1 },
    { filters: 'documents', path: '/etc/passwd' },
  ]
  for (const arg of badArguments) {
    it(`refuses ${JSON.stringify(arg)} without showing a dialog`, async () => {
      expect(await call(IpcChannel.openFiles, ownEvent(), arg)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } })
      expect(dialog.showOpenDialog).not.toHaveBeenCalled()
    })
  }

  it('refuses a second argument', async () => {
    expect(await call(IpcChannel.openFiles, ownEvent(), {}, '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } })
  })

  it('returns nothing when the dialog is cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await call(IpcChannel.openFiles, ownEvent())).toEqual({ ok: true, value: { files: [], rejected: [] } })
  })

  it('shows a multi-select dialog with the requested filter, attached to the window', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    await call(IpcChannel.openFiles, ownEvent(), { filters: 'annotations' })
    const [parent, options] = dialog.showOpenDialog.mock.calls[0]
    expect(parent).toBe(win)
    expect(options.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']))
    expect(options.filters[0].extensions).toEqual(['json', 'jsonld'])
  })

  it('returns names and bytes of the picked files and lists oversized ones separately', async () => {
    writeFileSync(join(dir, '报告.txt'), '政府工作报告')
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'huge.pdf'), '')
    truncateSync(join(dir, 'huge.pdf'), MAX_FILE_BYTES + 1) // sparse: no 50 MB written
    mkdirSync(join(dir, 'folder'))
    dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['报告.txt', 'huge.pdf', 'empty.txt', 'folder', 'gone.txt'].map((n) => join(dir, n)),
    })
    const result = await call(IpcChannel.openFiles, ownEvent(), { filters: 'documents' })
    expect(result.ok).toBe(true)
    const { files, rejected } = result.ok ? result.value : { files: [], rejected: [] }
    expect(files.map((f: { name: string }) => f.name)).toEqual(['报告.txt', 'empty.txt'])
    expect(new TextDecoder().decode(files[0].bytes)).toBe('政府工作报告')
    expect(files[0].bytes).toBeInstanceOf(Uint8Array)
    expect(files[1].bytes.byteLength).toBe(0)
    expect(rejected.map((r: { name: string; code: string }) => [r.name, r.code])).toEqual([
      ['huge.pdf', 'TOO_LARGE'],
      ['folder', 'NOT_A_FILE'],
      ['gone.txt', 'READ_FAILED'],
    ])
    for (const r of rejected) expect(r.message).toContain(r.name)
    // Names only: no directory leaks back to the renderer.
    expect(JSON.stringify(result)).not.toContain(dir)
  })

  it('opens a backup up to the size a backup may be saved at, not the documents limit', async () => {
    writeFileSync(join(dir, 'big-backup.json'), '')
    truncateSync(join(dir, 'big-backup.json'), MAX_FILE_BYTES + 1)
    writeFileSync(join(dir, 'too-big.json'), '')
    truncateSync(join(dir, 'too-big.json'), MAX_BACKUP_BYTES + 1)
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(dir, 'big-backup.json'), join(dir, 'too-big.json')] })
    const result = await call(IpcChannel.openFiles, ownEvent(), { filters: 'backup' })
    expect(result.ok && result.value.files.map((f: { name: string }) => f.name)).toEqual(['big-backup.json'])
    expect(result.ok && result.value.rejected.map((r: { code: string }) => r.code)).toEqual(['TOO_LARGE'])
  })

  it(`refuses more than ${MAX_OPEN_FILES} files at once`, async () => {
    const paths = Array.from({ length: MAX_OPEN_FILES + 1 }, (_, i) => join(dir, `${i}.txt`))
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: paths })
    expect(await call(IpcChannel.openFiles, ownEvent())).toMatchObject({ ok: false, error: { code: 'TOO_MANY_FILES' } })
  })

  it('reports a dialog failure as READ_FAILED instead of throwing', async () => {
    dialog.showOpenDialog.mockRejectedValue(new Error('portal unavailable'))
    expect(await call(IpcChannel.openFiles, ownEvent())).toEqual({
      ok: false,
      error: { code: 'READ_FAILED', message: 'portal unavailable' },
    })
  })
})

describe(IpcChannel.saveFile, () => {
  const valid = { suggestedName: '盐田区 笔记.md', data: '# 笔记\n', kind: 'markdown' }
  const badArguments: [string, unknown, string][] = [
    ['nothing', undefined, 'BAD_ARGUMENT'],
    ['a string', 'a.md', 'BAD_ARGUMENT'],
    ['an unknown kind', { ...valid, kind: 'exe' }, 'BAD_ARGUMENT'],
    ['a numeric name', { ...valid, suggestedName: 3 }, 'BAD_ARGUMENT'],
    ['data as a number', { ...valid, data: 3 }, 'BAD_ARGUMENT'],
    ['data as a plain array', { ...valid, data: [1, 2] }, 'BAD_ARGUMENT'],
    ['a path field', { ...valid, path: '/etc/passwd' }, 'BAD_ARGUMENT'],
    ['oversized bytes', { ...valid, kind: 'backup', data: new Uint8Array(MAX_BACKUP_BYTES + 1) }, 'TOO_LARGE'],
  ]
  for (const [name, arg, code] of badArguments) {
    it(`refuses ${name} without showing a dialog`, async () => {
      expect(await call(IpcChannel.saveFile, ownEvent(), arg)).toMatchObject({ ok: false, error: { code } })
      expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    })
  }

  it('writes text as UTF-8 where the user chose and returns only the base name', async () => {
    const target = join(dir, '笔记.md')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await call(IpcChannel.saveFile, ownEvent(), { ...valid, data: '\uFEFF引用 😀 𠀀' })
    expect(result).toEqual({ ok: true, value: { saved: true, name: '笔记.md' } })
    expect(readFileSync(target, 'utf8')).toBe('\uFEFF引用 😀 𠀀')
    expect(readdirSync(dir)).toEqual(['笔记.md'])
  })

  it('writes bytes unchanged, replacing an existing file', async () => {
    const target = join(dir, 'project.qdpx')
    writeFileSync(target, 'old content that is longer')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 255])
    const result = await call(IpcChannel.saveFile, ownEvent(), { suggestedName: 'project', data: bytes, kind: 'qdpx' })
    expect(result).toEqual({ ok: true, value: { saved: true, name: 'project.qdpx' } })
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes)
  })

  it('offers a sanitised name with the right extension in the dialog', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true })
    await call(IpcChannel.saveFile, ownEvent(), { suggestedName: '../../etc/报告:摘录?', data: 'a,b', kind: 'csv' })
    const [parent, options] = dialog.showSaveDialog.mock.calls[0]
    expect(parent).toBe(win)
    expect(options.defaultPath.endsWith('报告_摘录_.csv')).toBe(true)
    expect(options.defaultPath).not.toContain('..')
    expect(options.filters).toEqual([{ name: 'CSV 表格', extensions: ['csv'] }])
  })

  const offered: [string, string, string][] = [
    ['', 'markdown', 'untitled.md'],
    ['笔记', 'markdown', '笔记.md'],
    ['notes.md', 'csv', 'notes.md.csv'],
    ['C:\\Users\\x\\backup.json', 'backup', 'backup.json'],
    ['CON', 'svg', '_CON.svg'],
  ]
  for (const [suggestedName, kind, expected] of offered) {
    it(`offers ${JSON.stringify(suggestedName)} (${kind}) as ${expected}`, async () => {
      dialog.showSaveDialog.mockResolvedValue({ canceled: true })
      await call(IpcChannel.saveFile, ownEvent(), { suggestedName, data: 'x', kind })
      expect(basename(dialog.showSaveDialog.mock.calls[0][1].defaultPath)).toBe(expected)
    })
  }

  it('reports a cancelled dialog as not saved', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await call(IpcChannel.saveFile, ownEvent(), valid)).toEqual({ ok: true, value: { saved: false } })
  })

  it('reports a failed write as WRITE_FAILED and leaves no temp file', async () => {
    const target = join(dir, 'no-such-folder', 'a.md')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await call(IpcChannel.saveFile, ownEvent(), valid)
    expect(result).toEqual({ ok: false, error: { code: 'WRITE_FAILED', message: 'the file or folder does not exist' } })
    expect(JSON.stringify(result)).not.toContain(dir)
    expect(readdirSync(dir)).toEqual([])
  })

  it('starts the next dialog in the folder last used', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'a.md') })
    await call(IpcChannel.saveFile, ownEvent(), valid)
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    await call(IpcChannel.openFiles, ownEvent())
    expect(dialog.showOpenDialog.mock.calls[0][1].defaultPath).toBe(dir)
  })
})
