// Deleting documents puts them in a trash kept 30 days: undo works after a restart (a new database
// connection), and old rows are purged with the earlier versions of their documents.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, TRASH_DAYS, type BiduDatabase } from '../../../src/renderer/db/database'
import { listTrash, moveToTrash, purgeTrash, restoreFromTrash } from '../../../src/renderer/db/trash'
import { annotation, storedDoc } from '../../fixtures/annotated-library'
import { testDatabases } from '../../fixtures/test-database'

const TEXT = '一、发展经济\n推动制造业高质量发展。'
const DAY = 24 * 60 * 60 * 1000

const freshDatabase = testDatabases('bidu-trash-test')
let db: BiduDatabase
beforeEach(async () => {
  db = await freshDatabase()
  await db.documents.bulkAdd([storedDoc('d1', TEXT), storedDoc('d2', TEXT)])
  await db.annotations.add(annotation('a1', 'd1', TEXT, TEXT.slice(7, 12), { note: 'n' }))
  await db.memos.add({ id: 'document:d1', kind: 'document', target: 'd1', text: 'memo', created: 'c', updated: 'u' })
})

describe('trash', () => {
  it('keeps deleted documents with their annotations and memos, and puts them back after a restart', async () => {
    const row = await moveToTrash(['d1', 'missing'], db, 1000)
    expect(row?.titles).toEqual(['d1政府工作报告'])
    expect(await db.documents.count()).toBe(1)
    expect(await db.annotations.count()).toBe(0)
    db.close()
    db = openDatabase(db.name)
    await db.open()
    const [entry] = await listTrash(db)
    expect(entry.id).toBe(row?.id)
    expect(await restoreFromTrash(entry.id, db)).toBe(true)
    expect((await db.documents.get('d1'))?.text).toBe(TEXT)
    expect((await db.annotations.get('a1'))?.note).toBe('n')
    expect((await db.memos.get('document:d1'))?.text).toBe('memo')
    expect(await db.trash.count()).toBe(0)
    expect(await restoreFromTrash(entry.id, db)).toBe(false)
  })

  it(`purges rows older than ${TRASH_DAYS} days with their documents' earlier versions, and keeps newer ones`, async () => {
    const now = 100 * DAY
    await moveToTrash(['d1'], db, now - (TRASH_DAYS + 1) * DAY)
    await moveToTrash(['d2'], db, now - DAY)
    await db.documentVersions.add({
      id: 'v1',
      documentId: 'd1',
      fileName: 'old.txt',
      format: 'txt',
      text: 'x',
      rawText: 'x',
      removed: [],
      textHash: 'h',
      importedAt: 0,
      replacedAt: 0,
    })
    expect(await purgeTrash(db, now)).toBe(1)
    expect((await listTrash(db)).map((r) => r.titles)).toEqual([['d2政府工作报告']])
    expect(await db.documentVersions.count()).toBe(0)
  })

  it('deleting nothing leaves no trash row', async () => {
    expect(await moveToTrash(['nope'], db)).toBeUndefined()
    expect(await db.trash.count()).toBe(0)
  })
})
