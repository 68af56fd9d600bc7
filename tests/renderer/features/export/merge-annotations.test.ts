// Importing W3C JSON-LD into the library: source matching, re-anchoring, newer-wins merge, counts,
// and a refused file writing nothing.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { defaultExportOptions, toJsonLd } from '../../../../src/core/export'
import { builtinCodebook } from '../../../../src/core/themes'
import { hashText, type Annotation } from '../../../../src/core/anchoring'
import type { BiduDatabase } from '../../../../src/renderer/db/database'
import { importAnnotationsFile } from '../../../../src/renderer/features/export/import-annotations'
import { planAnnotationMerge, resolveSource, sourceBaseName } from '../../../../src/renderer/features/export/merge-annotations'
import { DOCS, NOTES, storedDoc, TEXT_A } from '../../../fixtures/annotated-library'
import { NEW_TEXT, OLD_TEXT, SHORT_INDEX, SHORT_TRUTH, TARGETS } from '../../../fixtures/anchoring/reworded-figures'
import { testDatabases } from '../../../fixtures/test-database'

const CODEBOOK = builtinCodebook()
const OPTIONS = defaultExportOptions(new Date('2026-11-23T10:00:00Z'), 'test')

function jsonLd(annotations: Annotation[], documents = DOCS): string {
  return toJsonLd({ documents, annotations, codebook: CODEBOOK }, OPTIONS)
}

describe('source matching', () => {
  it('prefers the carried document id, then the file name, then its base name', () => {
    const resolve = resolveSource([storedDoc('a', TEXT_A, { fileName: 'report.txt' }), storedDoc('b', TEXT_A, { fileName: 'report.txt' })])
    expect(resolve('anything', 'b')).toBe('b')
    expect(resolve('report.txt', 'unknown-id')).toBe('a')
    expect(resolve('file:///home/x/report.txt', '')).toBe('a')
    expect(resolve('C:\\docs\\report.txt', '')).toBe('a')
    expect(resolve('other.txt', '')).toBeUndefined()
    expect(resolve('', '')).toBeUndefined()
  })

  it.each([
    ['https://example.org/a/%E5%AE%89.txt?x=1#y', '安.txt'],
    ['100%.txt', '100%.txt'],
    ['', ''],
  ])('base name of %s is %s', (source, base) => {
    expect(sourceBaseName(source)).toBe(base)
  })
})

describe('planAnnotationMerge', () => {
  it('adds annotations into a library that has the documents under other ids (matched by file name)', () => {
    const renamed = DOCS.map((d) => ({ ...d, id: `new-${d.id}` }))
    const plan = planAnnotationMerge(jsonLd(NOTES), renamed, [], CODEBOOK)
    if (!plan.ok) throw new Error(plan.error.message)
    expect(plan.value.counts).toMatchObject({ added: 4, updated: 0, skipped: 0, orphaned: 0, unknown: 0, unknownSources: [] })
    expect(plan.value.rows.map((r) => r.documentId)).toEqual(['new-a', 'new-a', 'new-b', 'new-b'])
    for (const row of plan.value.rows) {
      const original = NOTES.find((n) => n.id === row.id) as Annotation
      expect(row).toMatchObject({
        quote: original.quote,
        position: original.position,
        themes: original.themes,
        tags: original.tags,
        anchorStatus: 'exact',
      })
    }
  })

  it('re-anchors against the current text and keeps orphans with a count', () => {
    const edited = `前言。\n${TEXT_A.replace('空气质量优良天数比例达到95%，', '')}`
    const plan = planAnnotationMerge(jsonLd(NOTES.slice(0, 2)), [storedDoc('a', edited), DOCS[1]], [], CODEBOOK)
    if (!plan.ok) throw new Error(plan.error.message)
    const [moved, orphan] = plan.value.rows
    expect(moved.anchorStatus).toBe('exact')
    expect(edited.slice(moved.position.start, moved.position.end)).toBe('全面落实安全生产责任制')
    expect(orphan.anchorStatus).toBe('orphan')
    expect(orphan.textHash).toBe(NOTES[1].textHash)
    expect(plan.value.counts).toMatchObject({ added: 2, orphaned: 1 })
  })

  describe('a document whose text changed since the file was written', () => {
    const made: Annotation[] = TARGETS.map((t, i) => ({
      ...NOTES[0],
      id: `f${i}`,
      documentId: 'r',
      textHash: hashText(OLD_TEXT),
      ...t,
      tags: [`t${i}`],
    }))
    const file = jsonLd(made, [storedDoc('r', OLD_TEXT)])
    const library = [storedDoc('r', NEW_TEXT)]

    it('anchors its annotations together: a reworded short quote is placed where its neighbours moved', () => {
      const plan = planAnnotationMerge(file, library, [], CODEBOOK)
      if (!plan.ok) throw new Error(plan.error.message)
      expect(plan.value.counts).toMatchObject({ added: 4, orphaned: 0 })
      const short = plan.value.rows.find((r) => r.id === `f${SHORT_INDEX}`) as Annotation
      expect(short).toMatchObject({
        anchorStatus: 'exact',
        textHash: hashText(NEW_TEXT),
        position: { start: SHORT_TRUTH, end: SHORT_TRUTH + 4 },
      })
      expect(short.quote.prefix).toBe(NEW_TEXT.slice(SHORT_TRUTH - 32, SHORT_TRUTH))
      for (const row of plan.value.rows) expect(NEW_TEXT.slice(row.position.start, row.position.end)).toBe(row.quote.exact)
    })

    it('uses the annotations the library keeps (newer there) as neighbours too, writing only the newer ones', () => {
      const stored = made
        .filter((_, i) => i !== SHORT_INDEX)
        .map((a) => ({ ...a, note: 'edited in the library', updated: '2027-01-01T00:00:00.000Z' }))
      const plan = planAnnotationMerge(file, library, stored, CODEBOOK)
      if (!plan.ok) throw new Error(plan.error.message)
      expect(plan.value.counts).toMatchObject({ added: 1, updated: 0, skipped: 3, orphaned: 0 })
      expect(plan.value.rows.map((r) => [r.id, r.anchorStatus, r.position.start])).toEqual([[`f${SHORT_INDEX}`, 'exact', SHORT_TRUTH]])
    })
  })

  it('lets the newer change win and skips what is not newer', () => {
    const stored = [
      { ...NOTES[0], note: 'older', updated: '2025-12-01T00:00:00.000Z' },
      { ...NOTES[1], note: 'newer in library', updated: '2026-06-01T00:00:00.000Z' },
      NOTES[2],
    ]
    const plan = planAnnotationMerge(jsonLd(NOTES), DOCS, stored, CODEBOOK)
    if (!plan.ok) throw new Error(plan.error.message)
    expect(plan.value.counts).toMatchObject({ added: 1, updated: 1, skipped: 2 })
    expect(plan.value.rows.map((r) => r.id).sort()).toEqual(['n1', 'n4'])
  })

  it('counts annotations of unknown sources and leaves them out', () => {
    const plan = planAnnotationMerge(jsonLd(NOTES), [DOCS[0]], [], CODEBOOK)
    if (!plan.ok) throw new Error(plan.error.message)
    expect(plan.value.counts).toMatchObject({ added: 2, unknown: 2, unknownSources: ['b.txt'] })
  })

  it.each([
    ['', 'BAD_JSON'],
    ['not json', 'BAD_JSON'],
    ['{"type":"Annotation"}', 'NOT_A_COLLECTION'],
    ['42', 'NOT_A_COLLECTION'],
  ])('refuses %j with %s', (text, code) => {
    const plan = planAnnotationMerge(text, DOCS, [], CODEBOOK)
    expect(plan.ok ? 'ok' : plan.error.code).toBe(code)
  })

  it('accepts an empty collection and a leading BOM', () => {
    const plan = planAnnotationMerge(`\uFEFF${jsonLd([])}`, DOCS, [], CODEBOOK)
    expect(plan.ok && plan.value.counts).toMatchObject({ added: 0, skipped: 0, unknown: 0 })
  })
})

describe('importAnnotationsFile', () => {
  let db: BiduDatabase
  const freshDatabase = testDatabases('bidu-export-merge')
  beforeEach(async () => {
    db = await freshDatabase()
    await db.documents.bulkAdd(DOCS)
  })

  it('writes the merged rows and a second import of the same file changes nothing', async () => {
    const bytes = new TextEncoder().encode(jsonLd(NOTES))
    const first = await importAnnotationsFile(bytes, CODEBOOK, db)
    expect(first.ok && first.value.added).toBe(4)
    expect((await db.annotations.orderBy('id').toArray()).map((a) => a.quote.exact)).toEqual(NOTES.map((n) => n.quote.exact))
    const again = await importAnnotationsFile(bytes, CODEBOOK, db)
    expect(again.ok && again.value).toMatchObject({ added: 0, updated: 0, skipped: 4 })
  })

  it('leaves the database untouched when the file is refused', async () => {
    await db.annotations.put(NOTES[0])
    const broken = jsonLd(NOTES)
      .replaceAll('"TextQuoteSelector"', '"Nonsense"')
      .replace(/"exact": "[^"]*"/g, '"exact": 5')
    for (const bytes of [new TextEncoder().encode(broken), new Uint8Array([0xff, 0xfe, 0x00]), new Uint8Array()]) {
      const result = await importAnnotationsFile(bytes, CODEBOOK, db)
      expect(result.ok).toBe(false)
    }
    expect(await db.annotations.toArray()).toEqual([NOTES[0]])
  })
})
