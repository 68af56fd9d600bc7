// Backup and restore over a real (fake-indexeddb) database: a full round trip, refusal of invalid
// files with the library left exactly as it was, restore-into-empty only when empty, merge (newer
// wins), and backups that stay readable with orphans and dangling annotations.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { hashText, type Annotation } from '../../../../src/core/anchoring'
import { parseBackup, toBackup } from '../../../../src/core/backup'
import { openDatabase, type BiduDatabase, type StoredDocument } from '../../../../src/renderer/db/database'
import { isLibraryEmpty, readLibrary, restoreBackup, snapshotLibrary } from '../../../../src/renderer/features/backup/library-snapshot'
import { annotation, storedDoc } from '../../../fixtures/annotated-library'

const TEXT = '一、发展经济\n推动制造业高质量发展。\n二、保障民生\n新增城镇就业1.2万人。'
const META = { appVersion: 'test', now: new Date('2026-11-23T00:00:00Z') }

function doc(id: string, updatedAt = 1000, text = TEXT): StoredDocument {
  return storedDoc(id, text, { updatedAt })
}
function note(
  id: string,
  documentId: string,
  exact: string,
  updated = '2026-01-01T00:00:00.000Z',
  extra: Partial<Annotation> = {},
): Annotation {
  return annotation(id, documentId, TEXT, exact, { color: 'green', tags: ['t'], note: '**n**', created: updated, updated, ...extra })
}

/** Every row of every table, in a stable order: "exactly as it was" means this is equal. */
async function dump(db: BiduDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of db.tables) out[table.name] = (await table.toArray()).map((r) => JSON.stringify(r)).sort()
  return out
}

let counter = 0
const opened: BiduDatabase[] = []
async function fresh(): Promise<BiduDatabase> {
  const db = openDatabase(`bidu-backup-${++counter}`)
  await db.open()
  opened.push(db)
  return db
}
let db: BiduDatabase
beforeEach(async () => {
  db = await fresh()
  await db.documents.bulkAdd([doc('d1'), doc('d2')])
  await db.annotations.bulkAdd([note('a1', 'd1', '推动制造业'), note('a2', 'd2', '新增城镇就业')])
  await db.settings.bulkAdd([
    { key: 'locale', value: 'zh' },
    { key: 'samplesSeeded', value: true },
  ])
})
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close()
    await d.delete()
  }
})

describe('backup round trip', () => {
  it('restores everything into an empty library', async () => {
    const text = toBackup((await readLibrary(db)).contents, META)
    const parsed = parseBackup(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const target = await fresh()
    expect(await isLibraryEmpty(target)).toBe(true)
    const counts = await restoreBackup(parsed.value, 'replace', target)
    expect(counts).toMatchObject({ documents: 2, annotations: 2, skipped: 0 })
    const [a, b] = [await dump(db), await dump(target)]
    for (const name of ['documents', 'annotations', 'settings']) expect(b[name]).toEqual(a[name])
  })
})

describe('invalid backups leave the library exactly as it was', () => {
  const valid = () => JSON.parse(toBackup({ documents: [doc('x') as never], annotations: [], codebook: null, settings: [] }, META))
  const cases: [string, string][] = [
    ['empty file', ''],
    ['not JSON', 'PK\u0003\u0004 garbage'],
    ['another JSON file', '{"hello":"world"}'],
    ['unsupported version', JSON.stringify({ ...valid(), version: 99 })],
    ['annotation pointing at a missing document', JSON.stringify({ ...valid(), annotations: [note('z', 'nope', '推动制造业')] })],
    ['document without text', JSON.stringify({ ...valid(), documents: [{ id: 'x', updatedAt: 1 }] })],
  ]
  it.each(cases)('%s is refused with a message', async (_name, text) => {
    const before = await dump(db)
    const parsed = parseBackup(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error.message.length).toBeGreaterThan(0)
    expect(await dump(db)).toEqual(before)
  })
})

describe('replace', () => {
  it('makes the library exactly the backup, and the snapshot taken before puts it back', async () => {
    const other = await fresh()
    await other.documents.bulkAdd([doc('x1', 1000, '另一份报告。')])
    const parsed = parseBackup(toBackup((await readLibrary(other)).contents, META))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const before = await dump(db)
    const snapshot = await snapshotLibrary(db)
    await restoreBackup(parsed.value, 'replace', db)
    expect((await db.documents.toArray()).map((d) => d.id)).toEqual(['x1'])
    expect(await db.annotations.count()).toBe(0)
    expect((await db.settings.get('samplesSeeded'))?.value).toBe(true)
    await restoreBackup(snapshot, 'replace', db)
    expect(await dump(db)).toEqual(before)
  })
})

describe('restoring into a fresh profile (samples seeded)', () => {
  it("gives exactly the backup's documents: seeded samples of the same text are not duplicated", async () => {
    const parsed = parseBackup(toBackup((await readLibrary(db)).contents, META))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const target = await fresh()
    // The fresh profile seeded its own copy of one sample (another id) and annotated it.
    await target.documents.add({ ...doc('seed-1'), sampleFile: 'sample.txt' })
    await target.annotations.add(note('s1', 'seed-1', '新增城镇就业'))
    const counts = await restoreBackup(parsed.value, 'merge', target)
    expect(counts.duplicates).toBe(0)
    expect((await target.documents.toArray()).map((d) => d.id).sort()).toEqual(['d1', 'd2'])
    expect((await target.annotations.get('s1'))?.documentId).toBe('d1')
  })
})

describe('merge', () => {
  it('adds new records and keeps the more recently changed one for a shared id', async () => {
    const contents = (await readLibrary(db)).contents
    const incoming = {
      ...contents,
      documents: [{ ...contents.documents[0], updatedAt: 500, fileName: 'older.txt' }, doc('d3', 1000, '第三份报告。') as never],
      annotations: [
        note('a1', 'd1', '推动制造业', '2027-01-01T00:00:00.000Z', { note: 'newer' }),
        note('a2', 'd1', '推动制造业', '2020-01-01T00:00:00.000Z', { note: 'older' }),
      ],
      settings: [
        { key: 'locale', value: 'en' },
        { key: 'view', value: 'reader' },
      ],
    }
    const parsed = parseBackup(toBackup(incoming, META))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const counts = await restoreBackup(parsed.value, 'merge', db)
    expect(counts).toMatchObject({ documents: 1, annotations: 1, skipped: 2 })
    expect((await db.documents.get('d1'))?.fileName).toBe('d1.txt')
    expect(await db.documents.get('d3')).toBeDefined()
    expect((await db.annotations.get('a1'))?.note).toBe('newer')
    expect((await db.annotations.get('a2'))?.note).toBe('**n**')
    expect((await db.settings.get('locale'))?.value).toBe('zh')
    expect((await db.settings.get('view'))?.value).toBe('reader')
  })
})

describe('merge across text versions', () => {
  // The corrected version: a line added on top and a figure changed; 推动制造业 moves, unchanged.
  const CORRECTED = '前言:本报告已按会议意见修改。\n' + TEXT.replace('1.2万人', '1.3万人')
  const at = (text: string, exact: string) => ({
    type: 'TextPositionSelector',
    start: text.indexOf(exact),
    end: text.indexOf(exact) + exact.length,
  })

  it("re-anchors the library's annotations when the backup's newer text of their document is written", async () => {
    const contents = (await readLibrary(db)).contents
    const incoming = { ...contents, documents: [{ ...doc('d1', 2000, CORRECTED) } as never], annotations: [] }
    const parsed = parseBackup(toBackup(incoming, META))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const counts = await restoreBackup(parsed.value, 'merge', db)
    expect(counts.reanchored).toEqual({ exact: 1, fuzzy: 0, orphan: 0 })
    const a1 = await db.annotations.get('a1')
    expect(a1?.position).toEqual(at(CORRECTED, '推动制造业'))
    expect(a1?.textHash).toBe(hashText(CORRECTED))
    // The other document's annotation was not touched.
    expect(await db.annotations.get('a2')).toEqual(note('a2', 'd2', '新增城镇就业'))
  })

  it("re-anchors the backup's annotations made on an older text when the library's newer text is kept", async () => {
    await db.documents.put(doc('d1', 5000, CORRECTED))
    await db.annotations.put({
      ...note('a1', 'd1', '推动制造业'),
      position: at(CORRECTED, '推动制造业') as never,
      textHash: hashText(CORRECTED),
    })
    const incoming = {
      documents: [doc('d1', 1000) as never],
      annotations: [note('b1', 'd1', '新增城镇就业1.2万人', '2027-01-01T00:00:00.000Z')],
      codebook: null,
      settings: [],
    }
    const parsed = parseBackup(toBackup(incoming, META))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const counts = await restoreBackup(parsed.value, 'merge', db)
    expect(counts).toMatchObject({ documents: 0, annotations: 1, reanchored: { exact: 0, fuzzy: 1, orphan: 0 } })
    const b1 = await db.annotations.get('b1')
    expect(b1?.quote.exact).toBe('新增城镇就业1.3万人')
    expect(b1?.position).toEqual(at(CORRECTED, '新增城镇就业1.3万人'))
    expect(b1?.anchorStatus).toBe('fuzzy')
  })

  it('a restore failing halfway writes nothing at all', async () => {
    const before = await dump(db)
    const contents = (await readLibrary(db)).contents
    const parsed = parseBackup(
      toBackup(
        {
          ...contents,
          documents: [...contents.documents, doc('d9') as never],
          annotations: [note('n9', 'd9', '推动制造业', '2030-01-01T00:00:00.000Z')],
        },
        META,
      ),
    )
    if (!parsed.ok) throw new Error(parsed.error.message)
    // The documents are written, then writing the annotations fails (quota, a broken disk …).
    const spy = vi.spyOn(db.annotations, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'))
    await expect(restoreBackup(parsed.value, 'merge', db)).rejects.toThrow('QuotaExceededError')
    spy.mockRestore()
    expect(await dump(db)).toEqual(before)
  })
})

describe('backups stay readable', () => {
  it('leaves out annotations of deleted documents and clamps orphans made on a longer text', async () => {
    await db.annotations.put(note('dangling', 'gone', '推动制造业'))
    await db.documents.put(doc('short', 1000, '短'))
    await db.annotations.put(note('orphan', 'short', '新增城镇就业', undefined, { anchorStatus: 'orphan' }))
    const snapshot = await readLibrary(db)
    expect(snapshot.dangling).toBe(1)
    const parsed = parseBackup(toBackup(snapshot.contents, META))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) {
      const orphan = parsed.value.annotations.find((a) => a.id === 'orphan')
      expect(orphan?.quote.exact).toBe('新增城镇就业')
      expect(orphan?.position.end).toBe(1)
    }
  })
})
