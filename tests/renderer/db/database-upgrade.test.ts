// Schema upgrade: a library written by version 1 (documents + settings only), by version 2 (with
// annotations), by version 3 (decisions and codebook) or by version 8 (trash) opens with the current
// database class with every record intact, its indexes usable, and every document's text hash filled in.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { describeSelection, hashText, type Annotation } from '../../../src/core/anchoring'
import { openDatabase, withTextHash, type BiduDatabase, type SettingRow, type StoredDocument } from '../../../src/renderer/db/database'

const NAME = 'bidu-upgrade-test'

/** Version 1 exactly as it shipped (never edit: it stands for users' existing databases). */
function openVersion1(): Dexie {
  const v1 = new Dexie(NAME)
  v1.version(1).stores({
    documents: 'id, importedAt, metadata.place, metadata.year, metadata.level, sampleFile',
    settings: 'key',
  })
  return v1
}

/** A document row as earlier versions wrote it: the text hash was optional and often missing. */
type OldDocumentRow = Omit<StoredDocument, 'textHash'> & { textHash?: string }

const documents: OldDocumentRow[] = [
  {
    id: 'doc-a',
    fileName: '盐田区2023.txt',
    format: 'txt',
    encoding: 'utf-8',
    text: '一、过去一年工作回顾\n全区生产总值增长5.2%。',
    rawText: '一、过去一年工作回顾\n全区生产总值增长5.2%。\n扫一扫在手机上打开当前页',
    removed: [{ start: 25, end: 37, reason: 'site-debris' }],
    metadata: { title: '政府工作报告', place: '盐田区', level: 'district', year: 2023, docType: 'government-work-report' },
    textHash: hashText('一、过去一年工作回顾\n全区生产总值增长5.2%。'),
    sampleFile: 'yantian-2023.txt',
    importedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_500,
  },
  {
    id: 'doc-b',
    fileName: 'plan.pdf',
    format: 'pdf',
    text: '',
    rawText: '',
    removed: [],
    metadata: { title: '', place: '', level: 'unknown', year: null, docType: 'unknown' } as unknown as StoredDocument['metadata'],
    importedAt: 1_700_000_001_000,
    updatedAt: 1_700_000_001_000,
  },
]
const settings: SettingRow[] = [
  { key: 'locale', value: 'zh' },
  { key: 'readerLayout', value: { columns: [{ docId: 'doc-a', scrollTop: 120, outlineOpen: true }], syncBySection: true } },
  { key: 'samplesSeeded', value: true },
]

let current: BiduDatabase | undefined

afterEach(async () => {
  current?.close()
  await Dexie.delete(NAME)
})

describe('upgrade from version 1', () => {
  it('keeps every document and setting and adds the annotations table', async () => {
    const v1 = openVersion1()
    await v1.table('documents').bulkAdd(documents)
    await v1.table('settings').bulkAdd(settings)
    expect(v1.verno).toBe(1)
    v1.close()

    current = openDatabase(NAME)
    await current.open()
    expect(current.verno).toBeGreaterThanOrEqual(2)
    expect(await current.documents.orderBy('id').toArray()).toEqual(documents.map(withTextHash))
    expect(await current.settings.orderBy('key').toArray()).toEqual(settings)
    // Indexes of version 1 still answer.
    expect(await current.documents.where('metadata.place').equals('盐田区').primaryKeys()).toEqual(['doc-a'])
    expect(await current.documents.orderBy('sampleFile').keys()).toEqual(['yantian-2023.txt'])
    // The new table exists, is empty, and its indexes work.
    expect(await current.annotations.count()).toBe(0)
    const names = current.annotations.schema.indexes.map((i) => i.name).sort()
    expect(names).toEqual(['anchorStatus', 'color', 'documentId', 'tags', 'themes', 'updated'])
  })

  it('opens an empty version 1 database', async () => {
    openVersion1().close()
    await openVersion1()
      .open()
      .then((d) => d.close())
    current = openDatabase(NAME)
    await current.open()
    expect(await current.documents.count()).toBe(0)
    expect(await current.annotations.count()).toBe(0)
  })
})

/** Version 2 exactly as it shipped: version 1 plus the annotations table. */
function openVersion2(): Dexie {
  const v2 = new Dexie(NAME)
  v2.version(1).stores({
    documents: 'id, importedAt, metadata.place, metadata.year, metadata.level, sampleFile',
    settings: 'key',
  })
  v2.version(2).stores({ annotations: 'id, documentId, *themes, *tags, updated, color, anchorStatus' })
  return v2
}

describe('upgrade from version 2 (annotations)', () => {
  const text = documents[0].text
  const at = text.indexOf('全区生产总值')
  const annotations: Annotation[] = [
    {
      id: 'a1',
      documentId: 'doc-a',
      textHash: hashText(text),
      ...describeSelection(text, at, at + 6),
      color: 'pink',
      themes: ['economy', 'governance'],
      tags: ['产业', '目标'],
      note: '**增长** 目标\n\n- 一\n- 二',
      created: '2026-01-01T08:00:00.000Z',
      updated: '2026-01-02T09:30:00.000Z',
      anchorStatus: 'fuzzy',
    },
    {
      id: 'a2',
      documentId: 'doc-a',
      textHash: 'an-older-text',
      quote: { type: 'TextQuoteSelector', exact: '已删去的段落', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 3, end: 9 },
      color: 'yellow',
      themes: [],
      tags: [],
      note: '',
      created: '2026-01-03T00:00:00.000Z',
      updated: '2026-01-03T00:00:00.000Z',
      anchorStatus: 'orphan',
    },
  ]

  it('keeps every document, setting and annotation, and their indexes answer', async () => {
    const v2 = openVersion2()
    await v2.table('documents').bulkAdd(documents)
    await v2.table('settings').bulkAdd(settings)
    await v2.table('annotations').bulkAdd(annotations)
    expect(v2.verno).toBe(2)
    v2.close()

    current = openDatabase(NAME)
    await current.open()
    expect(current.verno).toBeGreaterThan(2)
    expect(await current.documents.orderBy('id').toArray()).toEqual(documents.map(withTextHash))
    expect(await current.settings.orderBy('key').toArray()).toEqual(settings)
    expect(await current.annotations.orderBy('id').toArray()).toEqual(annotations)
    expect(await current.annotations.where('themes').equals('governance').primaryKeys()).toEqual(['a1'])
    expect(await current.annotations.where('tags').equals('目标').primaryKeys()).toEqual(['a1'])
    expect(await current.annotations.where('anchorStatus').equals('orphan').primaryKeys()).toEqual(['a2'])
    expect(await current.annotations.where('documentId').equals('doc-a').count()).toBe(2)
  })
})

describe('version 9 fills in every text hash', () => {
  /** Version 3 exactly as it shipped: version 2 plus alignment decisions and the codebook row. */
  function openVersion3(): Dexie {
    const v3 = openVersion2()
    v3.version(3).stores({ alignmentDecisions: 'id, themeId, passage.docId', codebook: 'key' })
    return v3
  }

  it('computes the hash of a document stored without one and keeps a stored hash as it is', async () => {
    const v3 = openVersion3()
    const stale = { ...documents[0], id: 'doc-c', textHash: 'kept-as-stored' }
    await v3.table('documents').bulkAdd([...documents, stale])
    v3.close()

    current = openDatabase(NAME)
    await current.open()
    const rows = await current.documents.orderBy('id').toArray()
    expect(rows.map((d) => d.textHash)).toEqual([hashText(documents[0].text), hashText(''), 'kept-as-stored'])
    expect(rows.every((d) => typeof d.textHash === 'string' && d.textHash.length > 0)).toBe(true)
  })

  it('fills in the hash of documents waiting in the trash (version 8), so undoing a deletion restores a complete row', async () => {
    const v8 = openVersion3()
    v8.version(6).stores({ comparisonSets: 'id, name, updatedAt' })
    v8.version(7).stores({ memos: 'id, kind, target, updated' })
    v8.version(8).stores({ documentVersions: 'id, documentId, replacedAt', trash: 'id, deletedAt' })
    await v8
      .table('trash')
      .add({ id: 't1', deletedAt: 5, titles: ['plan.pdf'], removed: { documents: [documents[1]], annotations: [], memos: [] } })
    v8.close()

    current = openDatabase(NAME)
    await current.open()
    const [row] = await current.trash.toArray()
    expect(row.removed.documents).toEqual([{ ...documents[1], textHash: hashText(documents[1].text) }])
  })
})
