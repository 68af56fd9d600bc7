// Annotation writes: create, edit with undo data, delete + restore, tags, and a text replacement that
// re-anchors in the same transaction (and its undo).
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { hashText, type Annotation } from '../../../src/core/anchoring'
import { type BiduDatabase, type StoredDocument } from '../../../src/renderer/db/database'
import { annotation, storedDoc } from '../../fixtures/annotated-library'
import {
  annotationsOfDocuments,
  createAnnotation,
  deleteAnnotations,
  listAnnotations,
  listTags,
  replaceTextAndReanchor,
  restoreAnnotations,
  undoTextReplacement,
  updateAnnotation,
} from '../../../src/renderer/db/annotations'
import { testDatabases } from '../../fixtures/test-database'

const TEXT =
  '一、发展经济\n推动制造业高质量发展，建设现代化产业体系。\n二、保障民生\n新增城镇就业1.2万人，城镇调查失业率控制在5.5%以内。\n三、生态环境\n空气质量优良天数比例达到95%。'

function doc(id: string, text = TEXT): StoredDocument {
  return storedDoc(id, text)
}

/** An annotation on `exact` in `text` (the sample text by default), via the shared fixture builder. */
function note(id: string, documentId: string, exact: string, extra: Partial<Annotation> = {}, text = TEXT): Annotation {
  return annotation(id, documentId, text, exact, extra)
}

let db: BiduDatabase
const freshDatabase = testDatabases('bidu-annotations')
beforeEach(async () => {
  db = await freshDatabase()
  await db.documents.bulkAdd([doc('d1'), doc('d2')])
})

describe('create, update, delete, restore', () => {
  it('round-trips a created annotation', async () => {
    const a = note('a1', 'd1', '建设现代化产业体系', { tags: ['产业'], themes: ['industry'] })
    await createAnnotation(a, db)
    expect(await db.annotations.get('a1')).toEqual(a)
    await expect(createAnnotation(a, db)).rejects.toThrow()
  })

  it('updates fields, stamps the time and returns the previous row', async () => {
    const a = note('a1', 'd1', '建设现代化产业体系')
    await createAnnotation(a, db)
    const done = await updateAnnotation(
      'a1',
      { color: 'pink', note: '**重点**', tags: ['产业', '制造'] },
      db,
      new Date('2026-02-02T00:00:00Z'),
    )
    expect(done?.before).toEqual(a)
    const after = await db.annotations.get('a1')
    expect(after).toMatchObject({
      color: 'pink',
      note: '**重点**',
      tags: ['产业', '制造'],
      updated: '2026-02-02T00:00:00.000Z',
      quote: a.quote,
    })
    expect(done?.after).toEqual(after)
    expect(await updateAnnotation('missing', { note: 'x' }, db)).toBeUndefined()
  })

  it('list edits build on the stored row, so quick successive ones all stay', async () => {
    await createAnnotation(note('a1', 'd1', '建设现代化产业体系'), db)
    // Three tags added without waiting for each other (typing 甲⏎乙⏎丙⏎), each from a stale render.
    const addTag = (tag: string) => updateAnnotation('a1', (row) => ({ tags: row.tags.includes(tag) ? row.tags : [...row.tags, tag] }), db)
    await Promise.all([addTag('甲'), addTag('乙'), addTag('丙')])
    expect((await db.annotations.get('a1'))?.tags).toEqual(['甲', '乙', '丙'])
  })

  it('deletes and restores exactly, skipping unknown ids', async () => {
    const rows = [note('a1', 'd1', '推动制造业'), note('a2', 'd2', '空气质量')]
    await restoreAnnotations(rows, db)
    const deleted = await deleteAnnotations(['a2', 'nope', 'a1'], db)
    expect(deleted.map((r) => r.id).sort()).toEqual(['a1', 'a2'])
    expect(await db.annotations.count()).toBe(0)
    await restoreAnnotations(deleted, db)
    expect(await db.annotations.orderBy('id').toArray()).toEqual(rows)
    expect(await deleteAnnotations([], db)).toEqual([])
  })
})

describe('reads', () => {
  it('lists tags uniquely and annotations per document in text order', async () => {
    await restoreAnnotations(
      [
        note('a1', 'd1', '空气质量', { tags: ['生态', '指标'] }),
        note('a2', 'd1', '推动制造业', { tags: ['产业'] }),
        note('a3', 'd2', '新增城镇就业', { tags: ['指标'] }),
      ],
      db,
    )
    expect(await listTags(db)).toEqual(['产业', '指标', '生态'])
    expect((await annotationsOfDocuments(['d1'], db)).map((a) => a.id)).toEqual(['a2', 'a1'])
    expect(await annotationsOfDocuments([], db)).toEqual([])
    expect((await listAnnotations(db)).length).toBe(3)
  })
})

describe('replaceTextAndReanchor', () => {
  const edited = TEXT.replace('一、发展经济\n', '一、发展经济\n今年是关键之年。\n') // insert before the first quote
    .replace('失业率控制在5.5%以内', '失业率控制在5.6%以内') // change characters inside the second
    .replace('三、生态环境\n空气质量优良天数比例达到95%。', '三、生态环境') // delete the third's paragraph

  it('re-anchors exact, fuzzy and orphan in one write and counts them; undo puts everything back', async () => {
    const rows = [
      note('a1', 'd1', '建设现代化产业体系'),
      note('a2', 'd1', '城镇调查失业率控制在5.5%以内'),
      note('a3', 'd1', '空气质量优良天数比例达到95%'),
      note('other', 'd2', '空气质量优良天数比例达到95%'),
    ]
    await restoreAnnotations(rows, db)
    const r = await replaceTextAndReanchor('d1', { text: edited, removed: [], rawText: edited }, db, new Date('2026-03-03T00:00:00Z'))
    expect(r?.counts).toEqual({ exact: 1, fuzzy: 1, orphan: 1 })
    const doc1 = await db.documents.get('d1')
    expect(doc1?.text).toBe(edited)
    expect(doc1?.textHash).toBe(hashText(edited))
    const a1 = await db.annotations.get('a1')
    expect(a1?.anchorStatus).toBe('exact')
    expect(edited.slice(a1!.position.start, a1!.position.end)).toBe('建设现代化产业体系')
    expect(a1?.textHash).toBe(hashText(edited))
    const a2 = await db.annotations.get('a2')
    expect(a2?.anchorStatus).toBe('fuzzy')
    expect(edited.slice(a2!.position.start, a2!.position.end)).toBe('城镇调查失业率控制在5.6%以内')
    const a3 = await db.annotations.get('a3')
    expect(a3).toMatchObject({ anchorStatus: 'orphan', quote: rows[2].quote, position: rows[2].position, textHash: hashText(TEXT) })
    expect(await db.annotations.get('other')).toEqual(rows[3])

    await undoTextReplacement(r!, db)
    expect((await db.documents.get('d1'))?.text).toBe(TEXT)
    expect(await db.annotations.orderBy('id').toArray()).toEqual([...rows].sort((a, b) => a.id.localeCompare(b.id)))
  })

  it('searches older orphans by quote and finds them again when the text comes back', async () => {
    await restoreAnnotations([note('a3', 'd1', '空气质量优良天数比例达到95%')], db)
    await replaceTextAndReanchor('d1', { text: edited, removed: [] }, db)
    expect((await db.annotations.get('a3'))?.anchorStatus).toBe('orphan')
    const back = await replaceTextAndReanchor('d1', { text: TEXT, removed: [] }, db)
    expect(back?.counts).toEqual({ exact: 1, fuzzy: 0, orphan: 0 })
    expect((await db.annotations.get('a3'))?.textHash).toBe(hashText(TEXT))
  })

  it('returns undefined for a missing document and handles a document without annotations', async () => {
    expect(await replaceTextAndReanchor('missing', { text: 'x', removed: [] }, db)).toBeUndefined()
    const r = await replaceTextAndReanchor('d2', { text: '', removed: [] }, db)
    expect(r?.counts).toEqual({ exact: 0, fuzzy: 0, orphan: 0 })
    expect((await db.documents.get('d2'))?.text).toBe('')
  })
})
