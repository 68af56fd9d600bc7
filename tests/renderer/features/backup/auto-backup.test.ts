// The renderer's side of automatic backups: one daily backup per day handed to main (a valid backup of
// the whole library), and one before a restore or codebook replacement.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseBackup } from '../../../../src/core/backup'
import type { BiduDatabase } from '../../../../src/renderer/db/database'
import type { AutoBackupRequest, BiduApi } from '../../../../src/shared/ipc'
import { testDatabases } from '../../../fixtures/test-database'

const sent: AutoBackupRequest[] = []
const api: BiduApi = {
  openFiles: async () => ({ ok: true, value: { files: [], rejected: [] } }),
  saveFile: async () => ({ ok: true, value: { saved: true } }),
  appInfo: async () => ({ ok: true, value: { version: '9.9.9', locale: 'en', platform: 'linux', userName: '' } }),
  onMenu: () => () => {},
  autoBackup: async (request) => {
    sent.push(request)
    return { ok: true, value: { name: `bidu-${request.reason}.json` } }
  },
}
vi.stubGlobal('window', { bidu: api })
vi.stubGlobal('navigator', { language: 'en' })
const { backupBefore, runDailyBackup } = await import('../../../../src/renderer/features/backup/auto-backup')

let db: BiduDatabase
const freshDatabase = testDatabases('bidu-auto')
beforeEach(async () => {
  sent.length = 0
  db = await freshDatabase()
  await db.documents.add({
    id: 'd1',
    fileName: 'a.txt',
    format: 'txt',
    text: '正文。',
    rawText: '正文。',
    removed: [],
    metadata: { title: '报告', place: '', level: 'unknown', docType: 'other' },
    textHash: 'h',
    importedAt: 1,
    updatedAt: 1,
  })
})

describe('automatic backups (Electron)', () => {
  it('writes one daily backup per UTC day, a valid backup of the library', async () => {
    expect(await runDailyBackup(db, new Date('2026-12-03T08:00:00Z'))).toBe(true)
    expect(await runDailyBackup(db, new Date('2026-12-03T20:00:00Z'))).toBe(false)
    expect(await runDailyBackup(db, new Date('2026-12-04T01:00:00Z'))).toBe(true)
    expect(sent.map((r) => r.reason)).toEqual(['daily', 'daily'])
    const parsed = parseBackup(sent[0].data)
    expect(parsed.ok && parsed.value.documents.map((d) => d.id)).toEqual(['d1'])
    expect(parsed.ok && parsed.value.appVersion).toBe('9.9.9')
  })

  it('backs up before a restore or a codebook replacement', async () => {
    await backupBefore('before-restore', db)
    await backupBefore('before-codebook', db)
    expect(sent.map((r) => r.reason)).toEqual(['before-restore', 'before-codebook'])
  })
})
