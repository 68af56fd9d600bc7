import { describe, expect, it } from 'vitest'
import { hashText, type Annotation } from '../../../src/core/anchoring'
import { mergeBackup, parseBackup, reanchorMerged, toBackup, type BackupContents } from '../../../src/core/backup'
import { builtinCodebook } from '../../../src/core/themes'
import { annotation as annotationOn, annotationRow } from '../../fixtures/annotated-library'

const annotation = annotationRow('a1', 'd1', {
  textHash: 'abc',
  quote: { type: 'TextQuoteSelector', exact: '河长制', prefix: '推进', suffix: '湖长制' },
  position: { type: 'TextPositionSelector', start: 2, end: 5 },
  color: 'blue',
  themes: ['ecology'],
  created: '2026-11-01T00:00:00.000Z',
  updated: '2026-11-01T00:00:00.000Z',
})
const contents: BackupContents = {
  documents: [
    {
      id: 'd1',
      fileName: 'a.txt',
      format: 'txt',
      text: '推进河长制湖长制。',
      rawText: '来源：区政府\n推进河长制湖长制。',
      removed: [{ start: 0, end: 7, reason: 'site-debris' }],
      metadata: { title: '报告', place: '盐田', level: 'district', docType: 'government-work-report', year: 2024 },
      importedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      laterFeature: { kept: true },
    },
  ],
  annotations: [annotation],
  codebook: builtinCodebook(),
  settings: [{ key: 'language', value: 'zh' }],
  decisions: [
    { id: 'x1', themeId: 'ecology', kind: 'reject', passage: { docId: 'd1', start: 0, end: 4, quoteHash: 'h' }, others: [], createdAt: 5 },
  ],
}
const meta = { appVersion: '0.1.0', now: new Date('2026-11-23T08:00:00Z') }
const good = () => JSON.parse(toBackup(contents, meta)) as Record<string, any>

describe('toBackup / parseBackup', () => {
  it('round-trips everything, keeping unknown document fields', () => {
    const r = parseBackup(toBackup(contents, meta))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value).toMatchObject({ format: 'bidu-backup', version: 1, exportedAt: '2026-11-23T08:00:00.000Z', appVersion: '0.1.0' })
    expect(r.value.documents).toEqual(contents.documents)
    expect(r.value.annotations).toEqual(contents.annotations)
    expect(r.value.codebook).toEqual(contents.codebook)
    expect(r.value.settings).toEqual(contents.settings)
    expect(r.value.decisions).toEqual(contents.decisions)
  })

  const broken: [string, (b: Record<string, any>) => unknown, string, RegExp][] = [
    ['empty text', () => '', 'EMPTY_INPUT', /empty/],
    ['not JSON', () => '{"format": "bidu-backup", ', 'NOT_JSON', /not JSON/],
    ['another JSON file', () => JSON.stringify({ type: 'AnnotationCollection', items: [] }), 'NOT_A_BACKUP', /not a Bidu backup/],
    ['a future version', (b) => ({ ...b, version: 2 }), 'UNSUPPORTED_VERSION', /version 2/],
    ['documents not a list', (b) => ({ ...b, documents: {} }), 'BAD_RECORD', /"documents"/],
    [
      'a document without text',
      (b) => ({ ...b, documents: [{ ...b.documents[0], text: undefined }] }),
      'BAD_RECORD',
      /document 1 \(d1\): text/,
    ],
    [
      'a document with only id and text',
      (b) => ({ ...b, documents: [{ id: 'd1', text: 'x' }] }),
      'BAD_RECORD',
      /document 1 \(d1\): fileName/,
    ],
    [
      'metadata that is not an object',
      (b) => ({ ...b, documents: [{ ...b.documents[0], metadata: 'oops' }] }),
      'BAD_RECORD',
      /document 1 \(d1\): metadata/,
    ],
    [
      'metadata without a title',
      (b) => ({ ...b, documents: [{ ...b.documents[0], metadata: { ...b.documents[0].metadata, title: 7 } }] }),
      'BAD_RECORD',
      /metadata\.title/,
    ],
    ['a numeric rawText', (b) => ({ ...b, documents: [{ ...b.documents[0], rawText: 42 }] }), 'BAD_RECORD', /rawText/],
    [
      'a removed span past rawText',
      (b) => ({ ...b, documents: [{ ...b.documents[0], removed: [{ start: 0, end: 999, reason: 'blank' }] }] }),
      'BAD_RECORD',
      /past the end of rawText/,
    ],
    [
      'an unknown level',
      (b) => ({ ...b, documents: [{ ...b.documents[0], metadata: { ...b.documents[0].metadata, level: 'galaxy' } }] }),
      'BAD_RECORD',
      /metadata\.level/,
    ],
    ['duplicate document ids', (b) => ({ ...b, documents: [b.documents[0], b.documents[0]] }), 'BAD_RECORD', /appears twice/],
    ['a bad document time', (b) => ({ ...b, documents: [{ ...b.documents[0], updatedAt: 'yesterday' }] }), 'BAD_RECORD', /updatedAt/],
    [
      'an annotation with a bad colour',
      (b) => ({ ...b, annotations: [{ ...annotation, color: 'red' }] }),
      'BAD_RECORD',
      /annotation 1: color/,
    ],
    [
      'an annotation on a missing document',
      (b) => ({ ...b, annotations: [{ ...annotation, documentId: 'zz' }] }),
      'BAD_RECORD',
      /document zz is not in the backup/,
    ],
    [
      'an annotation past the end of its text',
      (b) => ({ ...b, annotations: [{ ...annotation, position: { type: 'TextPositionSelector', start: 2, end: 500 } }] }),
      'BAD_RECORD',
      /past the end/,
    ],
    [
      'reversed offsets',
      (b) => ({ ...b, annotations: [{ ...annotation, position: { type: 'TextPositionSelector', start: 4, end: 1 } }] }),
      'BAD_RECORD',
      /start ≤ end/,
    ],
    ['a broken codebook', (b) => ({ ...b, codebook: { version: 1, themes: 'x' } }), 'BAD_RECORD', /codebook/],
    ['a setting without key', (b) => ({ ...b, settings: [{ value: 1 }] }), 'BAD_RECORD', /setting 1/],
    ['a decision without id', (b) => ({ ...b, decisions: [{ verdict: 'x' }] }), 'BAD_RECORD', /decision 1/],
    ['a decision with only an id', (b) => ({ ...b, decisions: [{ id: 'x1' }] }), 'BAD_RECORD', /decision 1: themeId/],
    [
      'a decision with a bad passage',
      (b) => ({ ...b, decisions: [{ ...b.decisions[0], passage: { docId: 'd1', start: -1, end: 2, quoteHash: 'h' } }] }),
      'BAD_RECORD',
      /decision 1: passage\.start/,
    ],
  ]
  it.each(broken)('refuses %s', (_n, mutate, code, message) => {
    const value = mutate(good())
    const r = parseBackup(typeof value === 'string' ? value : JSON.stringify(value))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe(code)
    expect(r.error.message).toMatch(message)
  })
  it.each([[null], [42], [{}]])('refuses non-text input %j', (v) => {
    expect(parseBackup(v).ok).toBe(false)
  })
})

describe('mergeBackup', () => {
  it('restores everything into an empty library', () => {
    const plan = mergeBackup({ documents: [], annotations: [], settingKeys: [], hasCodebook: false }, contents)
    expect(plan.documents).toEqual(contents.documents)
    expect(plan.annotations).toEqual(contents.annotations)
    expect(plan.settings).toEqual(contents.settings)
    expect(plan.codebook).toEqual(contents.codebook)
    expect(plan.skipped).toEqual({ documents: 0, annotations: 0, decisions: 0 })
  })
  it.each([
    ['library older → backup wins', 1_600_000_000_000, '2026-10-01T00:00:00.000Z', 1, 1],
    ['library newer → library kept', 1_800_000_000_000, '2026-12-01T00:00:00.000Z', 0, 0],
    ['same time → library kept', 1_700_000_000_000, '2026-11-01T00:00:00.000Z', 0, 0],
  ])('%s', (_n, docTime, annTime, docs, anns) => {
    const plan = mergeBackup(
      {
        documents: [{ id: 'd1', updatedAt: docTime, text: '推进河长制湖长制。' }],
        annotations: [{ id: 'a1', updated: annTime }],
        settingKeys: ['language'],
        hasCodebook: true,
      },
      contents,
    )
    expect(plan.documents.length).toBe(docs)
    expect(plan.annotations.length).toBe(anns)
    expect(plan.settings).toEqual([])
    expect(plan.codebook).toBeUndefined()
  })
})

describe('mergeBackup never duplicates a document (same text, other id)', () => {
  const incoming = contents.documents[0]
  const annotated: BackupContents = {
    ...contents,
    memos: [{ id: 'document:d1', kind: 'document', target: 'd1', text: 'memo', created: 'c', updated: 'u' }],
  }
  it("replaces a bundled sample with the backup's copy and moves the library's rows onto it", () => {
    const plan = mergeBackup(
      {
        documents: [{ id: 'seeded', text: incoming.text, sampleFile: 'a.txt', updatedAt: 9e12 }],
        annotations: [],
        settingKeys: [],
        hasCodebook: false,
      },
      annotated,
    )
    expect(plan.documents.map((d) => d.id)).toEqual(['d1'])
    expect(plan.removeDocuments).toEqual(['seeded'])
    expect([...plan.repoint]).toEqual([['seeded', 'd1']])
    expect(plan.duplicates).toBe(0)
  })
  it("keeps the library's own copy and moves the backup's annotations, memos and decisions onto it", () => {
    const plan = mergeBackup(
      { documents: [{ id: 'mine', text: incoming.text, updatedAt: 1 }], annotations: [], settingKeys: [], hasCodebook: false },
      annotated,
    )
    expect(plan.documents).toEqual([])
    expect(plan.duplicates).toBe(1)
    expect(plan.skipped.documents).toBe(0)
    expect(plan.removeDocuments).toEqual([])
    expect(plan.annotations.map((a) => a.documentId)).toEqual(['mine'])
    expect(plan.memos.map((m) => m.target)).toEqual(['mine'])
    expect(plan.decisions.map((d) => d.passage.docId)).toEqual(['mine'])
  })
  it('a different text is a different document', () => {
    const plan = mergeBackup(
      { documents: [{ id: 'seeded', text: '另一份报告。', sampleFile: 'b.txt' }], annotations: [], settingKeys: [], hasCodebook: false },
      contents,
    )
    expect(plan.documents.map((d) => d.id)).toEqual(['d1'])
    expect(plan.removeDocuments).toEqual([])
  })
})

describe('reanchorMerged', () => {
  const OLD = '一、发展经济\n推动制造业高质量发展。'
  const NEW = '前言。\n一、发展经济\n推动制造业高质量发展。'
  const row = (id: string, extra: Partial<Annotation> = {}): Annotation => annotationOn(id, 'd1', OLD, '推动制造业', extra)
  it('re-anchors only live rows made on the other text of a document that differed', () => {
    const rows = [
      row('a'),
      row('orphan', { anchorStatus: 'orphan' }),
      row('elsewhere', { textHash: 'x' }),
      row('other-doc', { documentId: 'd2' }),
    ]
    const r = reanchorMerged(
      [
        { id: 'd1', text: NEW, otherText: OLD },
        { id: 'd2', text: NEW, otherText: undefined },
      ],
      rows,
      'now',
    )
    expect(r.counts).toEqual({ exact: 1, fuzzy: 0, orphan: 0 })
    expect(r.rows.map((x) => [x.id, x.position.start, x.textHash, x.updated])).toEqual([
      ['a', NEW.indexOf('推动制造业'), hashText(NEW), 'now'],
    ])
  })
  it('nothing to do on empty input', () => {
    expect(reanchorMerged([], [], 'now')).toEqual({ rows: [], counts: { exact: 0, fuzzy: 0, orphan: 0 } })
  })
})
