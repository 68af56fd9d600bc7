// Automatic backups in the user-data folder: written atomically under a name main chooses, the
// newest seven of each reason kept, other files left alone; through IPC with electron mocked.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { IpcChannel, MAX_BACKUP_BYTES, type IpcResult } from '../../src/shared/ipc'
import { FakeBrowserWindow } from './electron-fakes'

const electron = await vi.hoisted(async () => (await import('./electron-fakes')).createElectronFake())
vi.mock('electron', () => electron.module)

const { AUTO_BACKUPS_KEPT, AUTO_BACKUP_FOLDER, autoBackupName, writeAutoBackup } = await import('../../src/main/auto-backup')
const { registerIpcHandlers } = await import('../../src/main/ipc-handlers')

const DAY = 24 * 60 * 60 * 1000

describe('writeAutoBackup', () => {
  it('keeps the newest seven daily backups and leaves other reasons and files alone', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'bidu-auto-'))
    mkdirSync(join(userData, AUTO_BACKUP_FOLDER))
    writeFileSync(join(userData, AUTO_BACKUP_FOLDER, 'my-notes.txt'), 'mine')
    await writeAutoBackup(userData, 'before-restore', '{"r":1}', new Date(0))
    for (let day = 1; day <= 10; day++) await writeAutoBackup(userData, 'daily', `{"day":${day}}`, new Date(day * DAY))
    const names = readdirSync(join(userData, AUTO_BACKUP_FOLDER)).sort()
    const daily = names.filter((n) => n.startsWith('bidu-daily-'))
    expect(daily).toHaveLength(AUTO_BACKUPS_KEPT)
    expect(daily[0]).toBe(autoBackupName('daily', new Date(4 * DAY)))
    expect(readFileSync(join(userData, AUTO_BACKUP_FOLDER, daily.at(-1)!), 'utf8')).toBe('{"day":10}')
    expect(names).toContain('my-notes.txt')
    expect(names).toContain(autoBackupName('before-restore', new Date(0)))
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false)
  })

  it('names files by reason and UTC time without characters Windows refuses', () => {
    expect(autoBackupName('before-codebook', new Date('2026-12-03T07:30:00.123Z'))).toBe(
      'bidu-before-codebook-2026-12-03T07-30-00-123Z.json',
    )
  })
})

describe(IpcChannel.autoBackup, () => {
  const win = new FakeBrowserWindow({})
  registerIpcHandlers({ getWindow: () => win as never })
  const own = { sender: win.webContents, senderFrame: win.webContents.mainFrame }
  const call = async (...args: unknown[]) =>
    (await electron.handlers.get(IpcChannel.autoBackup)!(own, ...args)) as IpcResult<{ name: string }>

  it('writes into the user-data folder and returns only the file name', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'bidu-auto-ipc-'))
    electron.module.app.getPath.mockImplementation(((name: string) => (name === 'userData' ? userData : '/home/user')) as never)
    const result = await call({ reason: 'before-restore', data: '{"format":"bidu-backup"}' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.name).toMatch(/^bidu-before-restore-.*\.json$/)
    expect(readFileSync(join(userData, AUTO_BACKUP_FOLDER, result.value.name), 'utf8')).toBe('{"format":"bidu-backup"}')
    expect(JSON.stringify(result)).not.toContain(userData)
  })

  it.each([
    ['an unknown reason', { reason: 'weekly', data: '{}' }, 'BAD_ARGUMENT'],
    ['a path field', { reason: 'daily', data: '{}', path: '/etc/cron.d/x' }, 'BAD_ARGUMENT'],
    ['bytes instead of text', { reason: 'daily', data: new Uint8Array(2) }, 'BAD_ARGUMENT'],
    ['nothing', undefined, 'BAD_ARGUMENT'],
  ])('refuses %s', async (_name, request, code) => {
    expect(await call(request)).toMatchObject({ ok: false, error: { code } })
  })

  it(`refuses a text over ${MAX_BACKUP_BYTES / 1024 / 1024} MB`, async () => {
    expect(await call({ reason: 'daily', data: 'x'.repeat(MAX_BACKUP_BYTES + 1) })).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE' },
    })
  })
})
