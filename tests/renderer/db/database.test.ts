// The renderer's database: named writes, delete + undo, settings, and the first-run seeding decision.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportedDocument } from '../../../src/core/import/types'
import { requestPersistentStorage, type BiduDatabase } from '../../../src/renderer/db/database'
import {
  addDocuments,
  deleteDocuments,
  listDocuments,
  presentSampleFiles,
  replaceText,
  restoreDocuments,
  updateMetadata,
} from '../../../src/renderer/db/documents'
import {
  claimFirstRunSeeding,
  getSetting,
  normaliseLayout,
  saveLayout,
  setSetting,
  shouldSeedSamples,
} from '../../../src/renderer/db/settings'
import { hashText } from '../../../src/core/anchoring'
import { testDatabases } from '../../fixtures/test-database'

function imported(title: string, text = `${title}的正文。`): ImportedDocument {
  return {
    fileName: `${title}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    rawText: `${text}\n扫一扫在手机上打开当前页`,
    text,
    removed: [{ start: text.length + 1, end: text.length + 13, reason: 'site-debris' }],
    metadata: { title, place: '盐田区', level: 'district', year: 2023, docType: 'government-work-report' },
  }
}

let db: BiduDatabase
const freshDatabase = testDatabases('bidu-test')

beforeEach(async () => {
  db = await freshDatabase()
})

describe('addDocuments', () => {
  it('stores each document with an id, a text hash and timestamps', async () => {
    const ids = await addDocuments([{ doc: imported('甲') }, { doc: imported('乙') }], db)
    expect(ids).toHaveLength(2)
    expect(new Set(ids).size).toBe(2)
    const row = await db.documents.get(ids[0])
    expect(row?.metadata.title).toBe('甲')
    expect(row?.text).toBe('甲的正文。')
    expect(row?.rawText).toContain('扫一扫')
    expect(row?.textHash).toBe(hashText('甲的正文。'))
    expect(row?.importedAt).toBeGreaterThan(0)
    expect(row?.sampleFile).toBeUndefined()
  })

  it('applies metadata overrides and marks samples', async () => {
    const [id] = await addDocuments(
      [{ doc: imported('甲'), options: { sampleFile: '000.txt', metadata: { year: 2017, title: '目录标题' } } }],
      db,
    )
    const row = await db.documents.get(id)
    expect(row?.metadata).toMatchObject({ title: '目录标题', year: 2017, place: '盐田区' })
    expect(await presentSampleFiles(db)).toEqual(new Set(['000.txt']))
  })

  it('stores nothing when one row of the batch fails', async () => {
    // A function cannot be stored (DataCloneError inside the transaction), so the whole batch aborts.
    const good = imported('好')
    const bad = imported('坏')
    const unstorable = { ...bad, metadata: { ...bad.metadata, extra: () => 1 } } as unknown as ImportedDocument
    await expect(addDocuments([{ doc: good }, { doc: unstorable }], db)).rejects.toThrow()
    expect(await db.documents.count()).toBe(0)
  })

  it('accepts an empty batch', async () => {
    expect(await addDocuments([], db)).toEqual([])
  })
})

describe('updateMetadata and replaceText', () => {
  it('returns the previous metadata, which undoes the change', async () => {
    const [id] = await addDocuments([{ doc: imported('甲') }], db)
    const before = (await db.documents.get(id))!.metadata
    const previous = await updateMetadata(id, { ...before, year: 2024, place: '沙市区' }, db)
    expect(previous).toEqual(before)
    expect((await db.documents.get(id))?.metadata.year).toBe(2024)
    await updateMetadata(id, previous!, db)
    expect((await db.documents.get(id))?.metadata).toEqual(before)
  })

  it('returns undefined for an unknown document', async () => {
    expect(await updateMetadata('nope', imported('x').metadata, db)).toBeUndefined()
    expect(await replaceText('nope', { text: '', removed: [] }, db)).toBeUndefined()
  })

  it('restores the raw text and can undo it', async () => {
    const [id] = await addDocuments([{ doc: imported('甲') }], db)
    const row = (await db.documents.get(id))!
    const previous = await replaceText(id, { text: row.rawText, removed: [] }, db)
    const restored = (await db.documents.get(id))!
    expect(restored.text).toBe(row.rawText)
    expect(restored.removed).toEqual([])
    expect(restored.textHash).toBe(hashText(row.rawText))
    await replaceText(id, previous!, db)
    const undone = (await db.documents.get(id))!
    expect(undone.text).toBe(row.text)
    expect(undone.removed).toEqual(row.removed)
    expect(undone.textHash).toBe(row.textHash)
  })
})

describe('deleteDocuments and restoreDocuments', () => {
  it('deletes, returns the rows, and restores them exactly', async () => {
    const ids = await addDocuments([{ doc: imported('甲') }, { doc: imported('乙') }, { doc: imported('丙') }], db)
    const before = await db.documents.bulkGet(ids)
    const removed = await deleteDocuments([ids[0], ids[2], 'missing'], db)
    expect(removed.map((row) => row.id).sort()).toEqual([ids[0], ids[2]].sort())
    expect((await listDocuments(db)).map((row) => row.id)).toEqual([ids[1]])
    await restoreDocuments(removed, db)
    expect(await db.documents.bulkGet(ids)).toEqual(before)
  })

  it('deleting nothing returns nothing', async () => {
    expect(await deleteDocuments([], db)).toEqual([])
  })
})

describe('settings', () => {
  it('reads back what was written and undefined for unset keys', async () => {
    expect(await getSetting('locale', db)).toBeUndefined()
    await setSetting('locale', 'zh', db)
    expect(await getSetting('locale', db)).toBe('zh')
  })

  it('saves a normalised layout', async () => {
    await saveLayout(
      {
        sync: 'topic',
        columns: [
          { docId: 'a', scrollTop: 120, outlineOpen: true },
          { docId: 'b', scrollTop: -5, outlineOpen: false },
          { docId: 'c', scrollTop: Number.NaN, outlineOpen: true },
          { docId: 'd', scrollTop: 0, outlineOpen: true },
          { docId: 'e', scrollTop: 0, outlineOpen: true },
        ],
      },
      db,
    )
    const layout = await getSetting('readerLayout', db)
    expect(layout?.sync).toBe('topic')
    expect(layout?.columns.map((c) => [c.docId, c.scrollTop, c.outlineOpen])).toEqual([
      ['a', 120, true],
      ['b', 0, false],
      ['c', 0, true],
      ['d', 0, true],
    ])
  })

  it('reads the old "sync by section" switch as the heading-number mode, and unknown modes as off', () => {
    expect(normaliseLayout({ columns: [], syncBySection: true }).sync).toBe('heading')
    expect(normaliseLayout({ columns: [], syncBySection: false }).sync).toBe('off')
    expect(normaliseLayout({ columns: [], sync: 'sideways' }).sync).toBe('off')
    expect(normaliseLayout({ columns: [], sync: 'heading' }).sync).toBe('heading')
  })

  it('keeps an outline width the user set, and drops damaged ones', () => {
    const layout = normaliseLayout({
      columns: [
        { docId: 'a', scrollTop: 0, outlineOpen: true, outlineWidth: 180.4 },
        { docId: 'b', scrollTop: 0, outlineOpen: true, outlineWidth: 5 },
        { docId: 'c', scrollTop: 0, outlineOpen: true, outlineWidth: '200' },
        { docId: 'd', scrollTop: 0, outlineOpen: true },
      ],
    })
    expect(layout.columns.map((c) => c.outlineWidth)).toEqual([180, undefined, undefined, undefined])
    expect('outlineWidth' in layout.columns[3]!).toBe(false)
  })

  it.each([undefined, null, 'x', 3, { columns: 'no' }, { columns: [null, { docId: 5 }] }])(
    'turns garbage %j into the empty layout',
    (value) => {
      expect(normaliseLayout(value)).toEqual({ columns: [], sync: 'off' })
    },
  )
})

describe('first-run seeding', () => {
  it.each([
    [0, undefined, true],
    [0, false, true],
    [0, true, false],
    [3, undefined, false],
    [3, true, false],
  ] as const)('documents=%i seeded=%s → %s', (count, seeded, expected) => {
    expect(shouldSeedSamples(count, seeded)).toBe(expected)
  })

  it('is claimed exactly once, even when asked twice at the same time', async () => {
    const claims = await Promise.all([claimFirstRunSeeding(db), claimFirstRunSeeding(db)])
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect(await claimFirstRunSeeding(db)).toBe(false)
  })

  it('does not come back after the user deleted every sample', async () => {
    expect(await claimFirstRunSeeding(db)).toBe(true)
    const ids = await addDocuments([{ doc: imported('甲'), options: { sampleFile: '000.txt' } }], db)
    await deleteDocuments(ids, db)
    expect(await claimFirstRunSeeding(db)).toBe(false)
  })

  it('never seeds a library that already has documents', async () => {
    await addDocuments([{ doc: imported('甲') }], db)
    expect(await claimFirstRunSeeding(db)).toBe(false)
    await deleteDocuments(
      (await listDocuments(db)).map((row) => row.id),
      db,
    )
    expect(await claimFirstRunSeeding(db)).toBe(false)
  })
})

describe('requestPersistentStorage', () => {
  afterEach(() => vi.unstubAllGlobals())
  it.each([
    ['granted', { storage: { persist: async () => true } }, true],
    ['refused', { storage: { persist: async () => false } }, false],
    ['throwing embedder', { storage: { persist: async () => Promise.reject(new Error('no')) } }, false],
    ['no storage API', {}, false],
  ])('%s', async (_name, nav, expected) => {
    vi.stubGlobal('navigator', nav)
    expect(await requestPersistentStorage()).toBe(expected)
  })
})
