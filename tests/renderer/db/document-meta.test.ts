// The documents-without-texts table (version 10): every way the library writes documents keeps it
// equal to the documents minus their texts, in the same transaction (an aborted write leaves both
// unchanged), and a library from version 9 gets it filled on upgrade.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { hashText } from '../../../src/core/anchoring'
import type { ImportedDocument } from '../../../src/core/import/types'
import { openDatabase, type BiduDatabase, type StoredDocument } from '../../../src/renderer/db/database'
import { toDocumentMeta } from '../../../src/renderer/db/document-meta'
import { isQuotaError } from '../../../src/renderer/db/quota'
import {
  addDocuments,
  deleteDocuments,
  documentMetaOf,
  listDocumentMeta,
  replaceText,
  restoreDocuments,
  updateMetadataMany,
} from '../../../src/renderer/db/documents'
import { testDatabases } from '../../fixtures/test-database'

function imported(title: string, text = `${title}的正文。`): ImportedDocument {
  return {
    fileName: `${title}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    rawText: `${text}\n扫一扫`,
    text,
    removed: [{ start: text.length + 1, end: text.length + 4, reason: 'site-debris' }],
    metadata: { title, place: title.slice(0, 3), level: 'district', year: 2023, docType: 'government-work-report' },
  }
}

/** The meta table must always equal the documents without their texts. */
async function expectInStep(db: BiduDatabase): Promise<void> {
  const docs = await db.documents.orderBy('importedAt').toArray()
  const meta = await db.documentMeta.orderBy('importedAt').toArray()
  expect(meta).toEqual(docs.map(toDocumentMeta))
  for (const row of meta) expect(Object.keys(row)).not.toContain('text')
}

let db: BiduDatabase
let n = 0
const freshDatabase = testDatabases('meta-test')
beforeEach(async () => {
  db = await freshDatabase()
})

describe('documentMeta', () => {
  it('follows adds, metadata edits, text replacement, deletes, undo and clear', async () => {
    const [a, b] = await addDocuments([{ doc: imported('盐田区报告') }, { doc: imported('沙市区报告', '长文'.repeat(50)) }], db)
    await expectInStep(db)
    expect((await documentMetaOf([b!, a!], db)).map((m) => [m.id, m.textLength])).toEqual([
      [b, 100],
      [a, '盐田区报告的正文。'.length],
    ])
    await updateMetadataMany([a!, b!], (m) => ({ ...m, year: 2024 }), db)
    await replaceText(a!, { text: '新的正文', removed: [] }, db)
    await expectInStep(db)
    expect((await documentMetaOf([a!], db))[0]).toMatchObject({ textLength: 4, textHash: hashText('新的正文'), metadata: { year: 2024 } })
    const removed = await deleteDocuments([a!], db)
    await expectInStep(db)
    expect((await listDocumentMeta(db)).map((m) => m.id)).toEqual([b])
    await restoreDocuments(removed, db)
    await expectInStep(db)
    await db.documents.clear()
    expect(await db.documentMeta.count()).toBe(0)
  })

  it('an aborted transaction leaves both tables as they were', async () => {
    await addDocuments([{ doc: imported('盐田区报告') }], db)
    await expect(
      db.transaction('rw', db.documents, async () => {
        await db.documents.put({ ...(await db.documents.toCollection().first())!, id: 'extra' })
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await db.documentMeta.count()).toBe(1)
    await expectInStep(db)
  })

  it('a write refused at the quota (on either table) stores nothing and fails with an error recognised as the quota', async () => {
    const [a] = await addDocuments([{ doc: imported('盐田区报告') }], db)
    db.documentMeta.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const refused = await addDocuments([{ doc: imported('沙市区报告') }, { doc: imported('黄浦区报告') }], db).catch((e: unknown) => e)
    expect(isQuotaError(refused)).toBe(true)
    expect((await db.documents.toArray()).map((d) => d.id)).toEqual([a])
    await expectInStep(db)
  })

  it('is filled from the documents when a version 9 library is opened', async () => {
    const name = `meta-upgrade-${++n}`
    const old = new Dexie(name)
    old.version(9).stores({
      documents: 'id, importedAt, metadata.place, metadata.year, metadata.level, sampleFile',
      settings: 'key',
      annotations: 'id, documentId, *themes, *tags, updated, color, anchorStatus',
      alignmentDecisions: 'id, themeId, passage.docId',
      codebook: 'key',
      comparisonSets: 'id, name, updatedAt',
      memos: 'id, kind, target, updated',
      documentVersions: 'id, documentId, replacedAt',
      trash: 'id, deletedAt',
    })
    const rows: StoredDocument[] = ['甲', '乙', '丙'].map((t, i) => ({
      id: `d${i}`,
      fileName: `${t}.txt`,
      format: 'txt',
      text: `${t}的正文`,
      rawText: `${t}的正文`,
      removed: [],
      metadata: { title: t, place: '', level: 'unknown', docType: 'other' },
      textHash: hashText(`${t}的正文`),
      importedAt: 1000 + i,
      updatedAt: 1000 + i,
    }))
    await old.table('documents').bulkAdd(rows)
    old.close()
    const upgraded = openDatabase(name)
    await expectInStep(upgraded)
    expect(await upgraded.documentMeta.count()).toBe(3)
    upgraded.close()
    await Dexie.delete(name)
  })
})
