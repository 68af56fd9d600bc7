// Memos in the database (version 7): an upgrade from version 3 keeps everything and adds the table;
// one memo per target, blank text deletes it; deleting a document takes its memo into the undo entry
// and undo puts it back; backups carry memos and refuse a document memo without its document.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it, onTestFinished } from 'vitest'
import { parseBackup, toBackup } from '../../../src/core/backup'
import { memoId } from '../../../src/core/memos'
import { deleteDocumentsWithAnnotations, restoreDocumentsWithAnnotations } from '../../../src/renderer/db/annotations'
import { openDatabase } from '../../../src/renderer/db/database'
import { getMemo, listMemos, saveMemo } from '../../../src/renderer/db/memos'
import { readLibrary, restoreBackup } from '../../../src/renderer/features/backup/library-snapshot'
import { storedDoc } from '../../fixtures/annotated-library'
import { testDatabases } from '../../fixtures/test-database'

const TEXT = '一、发展经济\n推动制造业高质量发展。'
const freshDatabase = testDatabases('memos-test')

describe('upgrade to version 7', () => {
  it('keeps a version 3 library and adds an empty memos table with its indexes', async () => {
    const name = 'memos-upgrade'
    const v3 = new Dexie(name)
    v3.version(1).stores({ documents: 'id, importedAt, metadata.place, metadata.year, metadata.level, sampleFile', settings: 'key' })
    v3.version(2).stores({ annotations: 'id, documentId, *themes, *tags, updated, color, anchorStatus' })
    v3.version(3).stores({ alignmentDecisions: 'id, themeId, passage.docId', codebook: 'key' })
    await v3.table('documents').add(storedDoc('d1', TEXT))
    v3.close()
    const db = openDatabase(name)
    onTestFinished(async () => {
      db.close()
      await Dexie.delete(name)
    })
    await db.open()
    expect(db.verno).toBeGreaterThanOrEqual(7)
    expect(await db.documents.count()).toBe(1)
    expect(await db.memos.count()).toBe(0)
    expect(db.memos.schema.indexes.map((i) => i.name).sort()).toEqual(['kind', 'target', 'updated'])
  })
})

describe('memos', () => {
  it('keeps one memo per target, its creation time, and deletes it on blank text', async () => {
    const d = await freshDatabase()
    await saveMemo('theme', 'governance', '初稿', new Date('2026-01-01T00:00:00Z'), d)
    await saveMemo('theme', 'governance', '二稿', new Date('2026-01-02T00:00:00Z'), d)
    await saveMemo('project', 'ignored', '日志', new Date('2026-01-03T00:00:00Z'), d)
    expect(await getMemo('theme', 'governance', d)).toMatchObject({
      text: '二稿',
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-02T00:00:00.000Z',
    })
    expect((await listMemos(d)).map((m) => m.id)).toEqual(['project', 'theme:governance'])
    expect(await getMemo('project', '', d)).toMatchObject({ target: '' })
    await saveMemo('theme', 'governance', '  \n', new Date(), d)
    expect(await getMemo('theme', 'governance', d)).toBeUndefined()
  })

  it('goes with its document into the deletion, and undo puts it back', async () => {
    const d = await freshDatabase()
    await d.documents.bulkAdd([storedDoc('d1', TEXT), storedDoc('d2', TEXT)])
    await saveMemo('document', 'd1', '谁写的、为什么重要', new Date(), d)
    await saveMemo('document', 'd2', '另一份', new Date(), d)
    const removed = await deleteDocumentsWithAnnotations(['d1'], d)
    expect(removed.memos?.map((m) => m.id)).toEqual([memoId('document', 'd1')])
    expect((await listMemos(d)).map((m) => m.target)).toEqual(['d2'])
    await restoreDocumentsWithAnnotations(removed, d)
    expect(await getMemo('document', 'd1', d)).toMatchObject({ text: '谁写的、为什么重要' })
  })

  it('travels in backups and comes back on restore', async () => {
    const d = await freshDatabase()
    await d.documents.add(storedDoc('d1', TEXT))
    await saveMemo('document', 'd1', '文档备忘', new Date('2026-01-01T00:00:00Z'), d)
    await saveMemo('theme', 'safety', '主题备忘', new Date('2026-01-01T00:00:00Z'), d)
    const { contents } = await readLibrary(d)
    const text = toBackup(contents, { appVersion: 't', now: new Date() })
    const parsed = parseBackup(text)
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.value.memos.map((m) => m.id).sort()).toEqual(['document:d1', 'theme:safety'])
    const target = await freshDatabase()
    await restoreBackup(parsed.value, 'replace', target)
    expect((await listMemos(target)).map((m) => m.text).sort()).toEqual(['主题备忘', '文档备忘'])
  })

  it('refuses a backup whose document memo has no document, naming it', () => {
    const backup = JSON.parse(
      toBackup({ documents: [], annotations: [], codebook: null, settings: [] }, { appVersion: 't', now: new Date() }),
    )
    backup.memos = [{ id: 'document:gone', kind: 'document', target: 'gone', text: 'x', created: '', updated: '' }]
    const r = parseBackup(JSON.stringify(backup))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.message).toContain('memo 1: document gone is not in the backup')
  })
})
