// A new version of a document: the row keeps its id and takes the new text, annotations are
// re-anchored through the old→new diff, and the earlier text stays available and can be put back.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { hashText, type Annotation } from '../../../src/core/anchoring'
import { type BiduDatabase, type StoredDocument } from '../../../src/renderer/db/database'
import { listVersions, restoreVersion, storeNewVersion } from '../../../src/renderer/db/versions'
import { testDatabases } from '../../fixtures/test-database'
import { annotation, storedDoc } from '../../fixtures/annotated-library'

const OLD = '一、发展经济\n推动制造业高质量发展。\n二、保障民生\n新增城镇就业1.2万人。'
const NEW = '（2024年1月在区人代会上）\n一、发展经济\n推动制造业高质量发展。\n二、保障民生\n新增城镇就业1.3万人。'

function doc(): StoredDocument {
  const metadata = { title: '报告', place: '盐田区', year: 2024, level: 'district', docType: 'government-work-report' } as const
  return storedDoc('d1', OLD, { fileName: 'old.txt', metadata })
}
function note(id: string, exact: string): Annotation {
  return annotation(id, 'd1', OLD, exact, { color: 'green' })
}

let db: BiduDatabase
const freshDatabase = testDatabases('bidu-versions')
beforeEach(async () => {
  db = await freshDatabase()
  await db.documents.add(doc())
  await db.annotations.bulkAdd([note('a1', '推动制造业'), note('a2', '新增城镇就业1.2万人')])
})

describe('document versions', () => {
  it('stores the new text under the same id, re-anchors through the diff and keeps the earlier text', async () => {
    const counts = await storeNewVersion(
      'd1',
      { fileName: 'new.docx', format: 'docx', text: NEW, rawText: NEW, removed: [] },
      db,
      new Date(5000),
    )
    expect(counts).toEqual({ exact: 1, fuzzy: 1, orphan: 0 })
    const current = await db.documents.get('d1')
    expect(current).toMatchObject({ text: NEW, fileName: 'new.docx', format: 'docx', textHash: hashText(NEW), metadata: doc().metadata })
    const a1 = await db.annotations.get('a1')
    expect(a1?.position.start).toBe(NEW.indexOf('推动制造业'))
    expect((await db.annotations.get('a2'))?.quote.exact).toBe('新增城镇就业1.3万人')
    const versions = await listVersions('d1', db)
    expect(versions).toHaveLength(1)
    expect(versions[0]).toMatchObject({
      documentId: 'd1',
      fileName: 'old.txt',
      text: OLD,
      textHash: hashText(OLD),
      importedAt: 1,
      replacedAt: 5000,
    })
  })

  it('puts an earlier version back, keeping the replaced text as a version in turn', async () => {
    await storeNewVersion('d1', { fileName: 'new.txt', format: 'txt', text: NEW, rawText: NEW, removed: [] }, db, new Date(5000))
    const [earlier] = await listVersions('d1', db)
    expect(await restoreVersion(earlier.id, db, new Date(6000))).toBeDefined()
    expect((await db.documents.get('d1'))?.text).toBe(OLD)
    expect((await db.annotations.get('a1'))?.position.start).toBe(OLD.indexOf('推动制造业'))
    expect((await listVersions('d1', db)).map((v) => v.text)).toEqual([NEW])
  })

  it('does nothing for a document or version that is gone', async () => {
    expect(await storeNewVersion('nope', { fileName: 'x', format: 'txt', text: 'x', rawText: 'x', removed: [] }, db)).toBeUndefined()
    expect(await restoreVersion('nope', db)).toBeUndefined()
    expect(await db.documentVersions.count()).toBe(0)
  })
})
