// Sorting and filtering the library table, and validating the metadata form.
import { describe, expect, it } from 'vitest'
import type { DocumentMeta } from '../../../../src/renderer/db/database'
import { EMPTY_FILTER, filterAndSort, yearsOf, type SortOrder } from '../../../../src/renderer/features/library/library-table'
import { parseMetadataForm, toMetadataForm, type MetadataForm } from '../../../../src/renderer/features/library/metadata-form'
import type { DocumentMetadata } from '../../../../src/core/import/types'

function doc(id: string, metadata: Partial<DocumentMetadata>, length: number, importedAt: number): DocumentMeta {
  return {
    id,
    fileName: `${id}.txt`,
    format: 'txt',
    textLength: length,
    textHash: `hash-${id}`,
    metadata: { title: id, place: '', level: 'unknown', docType: 'other', ...metadata },
    importedAt,
    updatedAt: importedAt,
  }
}

const DOCS = [
  doc('a', { title: '盐田区政府工作报告', place: '盐田区', level: 'district', year: 2023, docType: 'government-work-report' }, 2000, 1),
  doc('b', { title: '温泉镇政府工作报告', place: '温泉镇', level: 'town', year: 2024, docType: 'government-work-report' }, 10000, 2),
  doc('c', { title: '盐田区行动计划', place: '盐田区', level: 'district', year: 2017, docType: 'action-plan' }, 12000, 3),
  doc('d', { title: 'Untitled', place: '', level: 'unknown', docType: 'other' }, 10, 4),
]

const ids = (docs: DocumentMeta[]) => docs.map((d) => d.id)
const by = (column: SortOrder['column'], descending = false): SortOrder => ({ column, descending })

describe('filterAndSort', () => {
  it.each([
    [by('year'), ['c', 'a', 'b', 'd']],
    [by('year', true), ['d', 'b', 'a', 'c']],
    [by('length'), ['d', 'a', 'b', 'c']],
    [by('importedAt', true), ['d', 'c', 'b', 'a']],
    [by('level'), ['a', 'c', 'b', 'd']],
  ] as const)('sorts by %j', (order, expected) => {
    expect(ids(filterAndSort(DOCS, EMPTY_FILTER, order))).toEqual(expected)
  })

  it.each([
    [{ text: '盐田' }, ['a', 'c']],
    [{ text: 'UNTITLED' }, ['d']],
    [{ text: 'b.txt' }, ['b']],
    [{ level: 'town' }, ['b']],
    [{ year: '2017' }, ['c']],
    [{ docType: 'government-work-report', level: 'district' }, ['a']],
    [{ text: '不存在' }, []],
    [{ text: '   ' }, ['a', 'b', 'c', 'd']],
  ])('filters by %j', (filter, expected) => {
    expect(ids(filterAndSort(DOCS, { ...EMPTY_FILTER, ...filter }, by('importedAt')))).toEqual(expected)
  })

  it('sorts levels from the top down (national, province, city, district, county, town), unknown last', () => {
    const levels = ['town', 'unknown', 'county', 'national', 'city', 'province', 'district'] as const
    const docs = levels.map((level, i) => doc(level, { level }, 1, i))
    expect(ids(filterAndSort(docs, EMPTY_FILTER, by('level')))).toEqual([
      'national',
      'province',
      'city',
      'district',
      'county',
      'town',
      'unknown',
    ])
  })

  it('handles an empty library', () => {
    expect(filterAndSort([], EMPTY_FILTER, by('title'))).toEqual([])
    expect(yearsOf([])).toEqual([])
  })

  it('lists distinct years newest first', () => {
    expect(yearsOf([...DOCS, DOCS[0]])).toEqual([2024, 2023, 2017])
  })
})

describe('parseMetadataForm', () => {
  const base: MetadataForm = toMetadataForm(DOCS[0].metadata)

  it('round-trips valid metadata', () => {
    expect(parseMetadataForm(base)).toEqual({ ok: true, value: DOCS[0].metadata })
  })

  it.each([
    [{ year: '1949' }, 1949],
    [{ year: ' 2100 ' }, 2100],
    [{ year: '' }, undefined],
  ])('accepts year %j', (patch, year) => {
    const result = parseMetadataForm({ ...base, ...patch })
    expect(result.ok).toBe(true)
    expect(result.ok ? result.value.year : 'invalid').toBe(year)
  })

  it.each([
    [{ year: '1948' }, 'year'],
    [{ year: '2101' }, 'year'],
    [{ year: '20.5' }, 'year'],
    [{ year: '二〇二三' }, 'year'],
    [{ year: '1e3' }, 'year'],
    [{ title: '   ' }, 'title'],
    [{ title: '长'.repeat(301) }, 'title'],
    [{ place: '区'.repeat(61) }, 'place'],
    [{ level: 'galaxy' }, 'level'],
    [{ docType: '' }, 'docType'],
  ])('rejects invalid input, case %#', (patch, field) => {
    const result = parseMetadataForm({ ...base, ...patch })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors)).toContain(field)
  })

  it('trims values and drops empty optional places', () => {
    const result = parseMetadataForm({ ...base, title: '  标题  ', province: '  ', city: ' 深圳市 ' })
    expect(result.ok && result.value).toMatchObject({ title: '标题', city: '深圳市' })
    expect(result.ok && 'province' in result.value).toBe(false)
  })
})
