import { describe, expect, it } from 'vitest'
import { buildMatrix, cellValue, countAnnotationsByTheme, reorderColumns, scaleMax } from '../../../src/core/matrix'
import type { MatrixDocument, MatrixTheme } from '../../../src/core/matrix'

const themes: MatrixTheme[] = [
  { id: 'safety', label: '安全', color: '#d9485f' },
  { id: 'governance', label: '治理', color: '#3b82f6' },
]
const documents: MatrixDocument[] = [
  { id: 'a', label: '盐田区 · 2023', level: 'district', year: 2023 },
  { id: 'b', label: '温泉镇 · 2021', level: 'town', year: 2021 },
]

describe('countAnnotationsByTheme', () => {
  it.each([
    { name: 'empty', annotations: [], doc: 'a', theme: 'safety', want: undefined },
    { name: 'one each', annotations: [{ documentId: 'a', themes: ['safety', 'governance'] }], doc: 'a', theme: 'governance', want: 1 },
    {
      name: 'theme listed twice counts once',
      annotations: [{ documentId: 'a', themes: ['safety', 'safety'] }],
      doc: 'a',
      theme: 'safety',
      want: 1,
    },
    {
      name: 'two annotations',
      annotations: [
        { documentId: 'b', themes: ['safety'] },
        { documentId: 'b', themes: ['safety'] },
      ],
      doc: 'b',
      theme: 'safety',
      want: 2,
    },
  ])('$name', ({ annotations, doc, theme, want }) => {
    expect(countAnnotationsByTheme(annotations).get(doc)?.get(theme)).toBe(want)
  })
})

describe('buildMatrix', () => {
  it('puts shares and counts in theme rows and document columns', () => {
    const matrix = buildMatrix({
      themes,
      documents,
      shares: { a: { safety: 0.2, governance: 0.05 }, b: { safety: 0.1 } },
      annotations: [
        { documentId: 'a', themes: ['governance'] },
        { documentId: 'a', themes: ['governance'] },
        { documentId: 'b', themes: ['safety'] },
        { documentId: 'zzz', themes: ['safety'] },
        { documentId: 'a', themes: ['unknown-theme'] },
      ],
    })
    expect(matrix.cells.map((row) => row.map((c) => [c.share, c.count]))).toEqual([
      [
        [0.2, 0],
        [0.1, 1],
      ],
      [
        [0.05, 2],
        [0, 0],
      ],
    ])
    expect(matrix.maxShare).toBe(0.2)
    expect(matrix.maxCount).toBe(2)
    expect(cellValue(matrix.cells[1]![0]!, 'count')).toBe(2)
    expect(scaleMax(matrix, 'share')).toBe(0.2)
  })

  it.each([
    { name: 'NaN', value: Number.NaN, want: 0 },
    { name: 'negative', value: -0.5, want: 0 },
    { name: 'over one', value: 7, want: 1 },
    { name: 'infinite', value: Number.POSITIVE_INFINITY, want: 0 },
  ])('cleans a garbage share ($name)', ({ value, want }) => {
    const matrix = buildMatrix({ themes, documents, shares: { a: { safety: value } }, annotations: [] })
    expect(matrix.cells[0]![0]!.share).toBe(want)
  })

  it('gives an empty matrix for no themes or no documents', () => {
    expect(buildMatrix({ themes: [], documents, shares: {}, annotations: [] }).cells).toEqual([])
    const noDocs = buildMatrix({ themes, documents: [], shares: {}, annotations: [] })
    expect(noDocs.cells).toEqual([[], []])
    expect(noDocs.maxShare).toBe(0)
  })
})

describe('reorderColumns', () => {
  const matrix = buildMatrix({ themes, documents, shares: { a: { safety: 0.3 } }, annotations: [] })
  it('moves documents and cells together', () => {
    const swapped = reorderColumns(matrix, [1, 0])
    expect(swapped.documents.map((d) => d.id)).toEqual(['b', 'a'])
    expect(swapped.cells[0]!.map((c) => c.docId)).toEqual(['b', 'a'])
    expect(swapped.cells[0]![1]!.share).toBe(0.3)
  })
  it('throws on an index out of range', () => {
    expect(() => reorderColumns(matrix, [2])).toThrow(RangeError)
  })
})
