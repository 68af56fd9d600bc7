// The annotation feature's pure model: building a row from a selection, filtering the list, the
// needs-attention grouping, tag clean-up, and deleting documents together with their annotations.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { hashText, type Annotation } from '../../../../src/core/anchoring'
import { buildAnnotation, isPlaceable } from '../../../../src/renderer/features/annotations/build-annotation'
import {
  EMPTY_ANNOTATION_FILTER,
  filterAnnotations,
  groupByAttention,
  tagsOf,
} from '../../../../src/renderer/features/annotations/annotation-filter'
import { cleanTag } from '../../../../src/renderer/features/annotations/TagInput'
import { openDatabase, type BiduDatabase, type StoredDocument } from '../../../../src/renderer/db/database'
import { deleteDocumentsWithAnnotations, restoreDocumentsWithAnnotations } from '../../../../src/renderer/db/annotations'

const TEXT = '一、发展经济\n推动制造业高质量发展。\n二、保障民生\n新增城镇就业1.2万人。'
const NOW = new Date('2026-11-23T08:00:00Z')

function row(id: string, documentId: string, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(exact)
  const built = buildAnnotation({ documentId, text: TEXT, span: { start, end: start + exact.length }, color: 'yellow', id, now: NOW })
  if (!built) throw new Error('nothing selected')
  return { ...built, ...extra }
}

describe('buildAnnotation', () => {
  it('describes the selection with quote, context, position, text hash and times', () => {
    const a = row('a', 'd', '新增城镇就业', { tags: ['x'] })
    expect(a.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '新增城镇就业',
      prefix: '一、发展经济\n推动制造业高质量发展。\n二、保障民生\n',
      suffix: '1.2万人。',
    })
    expect(TEXT.slice(a.position.start, a.position.end)).toBe('新增城镇就业')
    expect(a).toMatchObject({
      textHash: hashText(TEXT),
      created: NOW.toISOString(),
      updated: NOW.toISOString(),
      anchorStatus: 'exact',
      note: '',
      themes: [],
    })
  })
  it.each([
    ['empty span', { start: 3, end: 3 }, ''],
    ['empty text', { start: 0, end: 5 }, 'empty'],
    ['out of range', { start: 500, end: 900 }, ''],
  ])('returns undefined for %s', (_name, span, which) => {
    expect(
      buildAnnotation({ documentId: 'd', text: which === 'empty' ? '' : TEXT, span, color: 'blue', id: 'x', now: NOW }),
    ).toBeUndefined()
  })
  it('reversed offsets select the same text', () => {
    const a = buildAnnotation({ documentId: 'd', text: TEXT, span: { start: 10, end: 4 }, color: 'blue', id: 'x', now: NOW })
    expect(a?.position).toMatchObject({ start: 4, end: 10 })
  })
})

describe('filterAnnotations', () => {
  const rows = [
    row('a', 'd1', '推动制造业', { color: 'green', themes: ['economy'], tags: ['产业'], note: '**重点**' }),
    row('b', 'd1', '新增城镇就业', { tags: ['就业', '指标'] }),
    row('c', 'd2', '保障民生', { color: 'green', themes: ['livelihood'] }),
  ]
  const cases: [string, Partial<typeof EMPTY_ANNOTATION_FILTER>, string[]][] = [
    ['no filter', {}, ['a', 'b', 'c']],
    ['document', { documentId: 'd1' }, ['a', 'b']],
    ['theme', { themeId: 'economy' }, ['a']],
    ['colour', { color: 'green' }, ['a', 'c']],
    ['tag', { tag: '指标' }, ['b']],
    ['text in the quote', { text: '民生' }, ['c']],
    ['text in the note, any case', { text: '重点' }, ['a']],
    ['text in a tag', { text: '就业' }, ['b']],
    ['combined', { color: 'green', documentId: 'd2' }, ['c']],
    ['nothing matches', { tag: 'none' }, []],
    ['blank text is no filter', { text: '   ' }, ['a', 'b', 'c']],
  ]
  it.each(cases)('%s', (_name, filter, ids) => {
    expect(filterAnnotations(rows, { ...EMPTY_ANNOTATION_FILTER, ...filter }).map((a) => a.id)).toEqual(ids)
  })
  it('handles an empty list', () => {
    expect(filterAnnotations([], EMPTY_ANNOTATION_FILTER)).toEqual([])
    expect(tagsOf([])).toEqual([])
  })
  it('collects tags sorted and unique', () => {
    expect(tagsOf(rows)).toEqual(['产业', '就业', '指标'].sort())
  })
})

describe('groupByAttention', () => {
  it('puts orphans, other text versions and missing documents under attention', () => {
    const hashes = new Map([
      ['d1', hashText(TEXT)],
      ['d2', 'changed'],
    ])
    const rows = [
      row('ok', 'd1', '推动制造业'),
      row('orphan', 'd1', '保障民生', { anchorStatus: 'orphan' }),
      row('stale', 'd2', '保障民生'),
      row('gone', 'd3', '保障民生'),
    ]
    const { placed, attention } = groupByAttention(rows, hashes)
    expect(placed.map((a) => a.id)).toEqual(['ok'])
    expect(attention.map((a) => a.id)).toEqual(['orphan', 'stale', 'gone'])
    expect(isPlaceable(rows[0], hashText(TEXT))).toBe(true)
    expect(isPlaceable(rows[2], 'changed')).toBe(false)
  })
})

describe('cleanTag', () => {
  it.each([
    ['  产业  ', '产业'],
    ['a,b', 'a b'],
    ['重点，指标', '重点 指标'],
    ['   ', ''],
    ['two   words', 'two words'],
  ])('%j → %j', (raw, want) => expect(cleanTag(raw)).toBe(want))
})

describe('deleteDocumentsWithAnnotations', () => {
  let db: BiduDatabase
  afterEach(async () => {
    db.close()
    await db.delete()
  })
  it('removes documents with their annotations and puts both back exactly', async () => {
    db = openDatabase('bidu-model-delete')
    await db.open()
    const doc = (id: string): StoredDocument => ({
      id,
      fileName: id,
      format: 'txt',
      text: TEXT,
      textHash: hashText(TEXT),
      rawText: TEXT,
      removed: [],
      metadata: { title: id } as StoredDocument['metadata'],
      importedAt: 1,
      updatedAt: 1,
    })
    await db.documents.bulkAdd([doc('d1'), doc('d2')])
    const rows = [row('a', 'd1', '推动制造业'), row('b', 'd2', '保障民生')]
    await db.annotations.bulkAdd(rows)
    const removed = await deleteDocumentsWithAnnotations(['d1', 'missing'], db)
    expect(removed.documents.map((d) => d.id)).toEqual(['d1'])
    expect(removed.annotations).toEqual([rows[0]])
    expect(await db.annotations.toArray()).toEqual([rows[1]])
    await restoreDocumentsWithAnnotations(removed, db)
    expect(await db.documents.count()).toBe(2)
    expect(await db.annotations.orderBy('id').toArray()).toEqual(rows)
    expect(await deleteDocumentsWithAnnotations([], db)).toEqual({ documents: [], annotations: [], memos: [] })
  })
})
