// Bulk actions on a library selection: the metadata form (empty = keep), its patch applied to many
// documents in one transaction with undo, and adding a selection to a comparison set.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ImportedDocument } from '../../../../src/core/import/types'
import type { BiduDatabase } from '../../../../src/renderer/db/database'
import { addDocuments, listDocuments, restoreMetadata, updateMetadataMany } from '../../../../src/renderer/db/documents'
import { addToSet, currentSet, saveSet } from '../../../../src/renderer/db/comparison-sets'
import {
  applyMetadataPatch,
  EMPTY_BULK_FORM,
  isEmptyPatch,
  parseBulkMetadataForm,
} from '../../../../src/renderer/features/library/bulk-metadata'
import { testDatabases } from '../../../fixtures/test-database'

function imported(title: string): ImportedDocument {
  return {
    fileName: `${title}.txt`,
    format: 'txt',
    rawText: `${title}的正文。`,
    text: `${title}的正文。`,
    removed: [],
    metadata: { title, place: '盐田区', level: 'district', year: 2023, docType: 'government-work-report' },
  }
}

describe('parseBulkMetadataForm', () => {
  it('an empty form changes nothing', () => {
    const parsed = parseBulkMetadataForm(EMPTY_BULK_FORM)
    expect(parsed).toEqual({ ok: true, value: {} })
    expect(parsed.ok && isEmptyPatch(parsed.value)).toBe(true)
  })

  it('keeps only the filled fields, trimmed, the year as a number', () => {
    expect(parseBulkMetadataForm({ ...EMPTY_BULK_FORM, province: ' 广东省 ', year: '2019', level: 'county' })).toEqual({
      ok: true,
      value: { province: '广东省', year: 2019, level: 'county' },
    })
  })

  it.each([
    ['year', { year: '19' }, 'metadata.error.year'],
    ['year', { year: '3000' }, 'metadata.error.year'],
    ['level', { level: 'galaxy' }, 'metadata.error.level'],
    ['docType', { docType: 'poem' }, 'metadata.error.docType'],
    ['place', { place: '区'.repeat(61) }, 'metadata.error.tooLong'],
  ] as const)('refuses a bad %s', (field, patch, key) => {
    const parsed = parseBulkMetadataForm({ ...EMPTY_BULK_FORM, ...patch })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[field]).toBe(key)
  })

  it('applies a patch without touching the title or other fields', () => {
    const before = { title: '甲', place: '盐田区', level: 'district' as const, year: 2023, docType: 'plan' as const, town: '沙头角' }
    expect(applyMetadataPatch(before, { year: 2020, place: '南山区' })).toEqual({ ...before, year: 2020, place: '南山区' })
    expect(before.year).toBe(2023)
  })
})

let db: BiduDatabase
const freshDatabase = testDatabases('bidu-bulk-test')
beforeEach(async () => {
  db = await freshDatabase()
})

describe('updateMetadataMany and restoreMetadata', () => {
  it('sets the patch on every selected document and undoes it exactly', async () => {
    const ids = await addDocuments(
      ['甲', '乙', '丙'].map((t) => ({ doc: imported(t) })),
      db,
    )
    const before = await updateMetadataMany(
      [ids[0]!, ids[2]!, 'missing'],
      (m) => applyMetadataPatch(m, { year: 2019, province: '广东省' }),
      db,
    )
    expect(before.map((b) => b.id)).toEqual([ids[0], ids[2]])
    const byTitle = new Map((await listDocuments(db)).map((d) => [d.metadata.title, d.metadata]))
    expect(byTitle.get('甲')).toMatchObject({ year: 2019, province: '广东省', place: '盐田区' })
    expect(byTitle.get('乙')).toMatchObject({ year: 2023 })
    expect(byTitle.get('乙')?.province).toBeUndefined()
    expect(byTitle.get('丙')).toMatchObject({ year: 2019 })
    await restoreMetadata(before, db)
    for (const doc of await listDocuments(db)) expect(doc.metadata).toEqual(imported(doc.metadata.title).metadata)
  })
})

describe('addToSet', () => {
  it('makes a new set of the selection, current', async () => {
    const added = await addToSet({ name: '珠三角' }, ['a', 'b', 'a'], db)
    expect(added.ok && added.set.rule).toEqual({ kind: 'documents', ids: ['a', 'b'] })
    expect((await currentSet(db))?.name).toBe('珠三角')
  })

  it('adds to a set chosen by documents without repeating ids', async () => {
    const saved = await saveSet({ name: '样本', rule: { kind: 'documents', ids: ['a', 'b'] } }, db)
    if (!saved.ok) throw new Error('not saved')
    const added = await addToSet({ setId: saved.set.id }, ['b', 'c'], db)
    expect(added.ok && added.set.rule).toEqual({ kind: 'documents', ids: ['a', 'b', 'c'] })
    expect(added.ok && added.set.id).toBe(saved.set.id)
  })

  it('refuses a set chosen by level, a missing set and an empty name, writing nothing', async () => {
    const saved = await saveSet({ name: '区县', rule: { kind: 'level', level: 'county' } }, db)
    if (!saved.ok) throw new Error('not saved')
    expect(await addToSet({ setId: saved.set.id }, ['a'], db)).toEqual({ ok: false, problem: 'NOT_BY_DOCUMENTS' })
    expect(await addToSet({ setId: 'gone' }, ['a'], db)).toEqual({ ok: false, problem: 'NOT_BY_DOCUMENTS' })
    expect(await addToSet({ name: '  ' }, ['a'], db)).toEqual({ ok: false, problem: 'EMPTY_NAME' })
    expect(await db.comparisonSets.count()).toBe(1)
    expect((await db.comparisonSets.get(saved.set.id))?.rule).toEqual({ kind: 'level', level: 'county' })
  })
})
