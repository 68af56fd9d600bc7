// Aligned passages of an exported annotation (from a theme's alignment rows) and the pane filter label.
import { describe, expect, it } from 'vitest'
import type { ThemeRows } from '../../../../src/renderer/features/analysis'
import { alignedPassagesOf, themesToAlign } from '../../../../src/renderer/features/export/aligned-passages'
import { filterLabel } from '../../../../src/renderer/features/export/filter-label'
import { NOTES, TEXT_A, TEXT_B } from '../../../fixtures/annotated-library'

const source = (fileName: string, text: string, place: string, title: string, year?: number) => ({
  fileName,
  text,
  metadata: { place, title, ...(year !== undefined ? { year } : {}) },
})
const texts = new Map([
  ['a', source('a.txt', TEXT_A, '甲市', '甲市报告', 2023)],
  ['b', source('b.txt', TEXT_B, '乙县', '乙县政府工作报告', 2024)],
  ['c', source('c.txt', '一、安全\n抓好安全生产。', '', '')],
])
const member = (docId: string, start: number, end: number) => ({ docId, passageId: `${docId}-${start}`, start, end })
const n1 = NOTES[0] // a: 全面落实安全生产责任制, theme safety
const rows: ThemeRows = {
  rows: [
    { members: [member('a', 0, 6), member('b', 0, 6)], score: 0.5, label: [] },
    { members: [member('a', n1.position.start - 2, n1.position.end + 4), member('b', 30, 42), member('c', 5, 12)], score: 0.4, label: [] },
    { members: [member('a', n1.position.end, n1.position.end + 3)], score: 0, label: [] },
  ],
}

describe('alignedPassagesOf', () => {
  it('takes the other members of the row whose passage overlaps the quote most', () => {
    const aligned = alignedPassagesOf(n1, new Map([['safety', rows]]), (id) => texts.get(id))
    // Each carries its document's citation (the other documents are outside the export's scope);
    // a document without a title is named by its file.
    expect(aligned).toEqual([
      {
        documentId: 'b',
        start: 30,
        end: 42,
        text: TEXT_B.slice(30, 42),
        citation: { place: '乙县', year: 2024, title: '乙县政府工作报告' },
      },
      { documentId: 'c', start: 5, end: 12, text: '抓好安全生产。', citation: { place: '', title: 'c.txt' } },
    ])
  })

  it('gives nothing without rows for the theme, for orphans, unthemed annotations or unknown documents', () => {
    expect(alignedPassagesOf(n1, new Map(), (id) => texts.get(id))).toEqual([])
    expect(alignedPassagesOf({ ...n1, anchorStatus: 'orphan' }, new Map([['safety', rows]]), (id) => texts.get(id))).toEqual([])
    expect(alignedPassagesOf({ ...n1, themes: [] }, new Map([['safety', rows]]), (id) => texts.get(id))).toEqual([])
    expect(alignedPassagesOf(n1, new Map([['safety', rows]]), () => undefined)).toEqual([])
    expect(alignedPassagesOf(n1, new Map([['safety', { rows: [] }]]), (id) => texts.get(id))).toEqual([])
  })

  it('lists each passage once across several themes', () => {
    const twice = { ...n1, themes: ['safety', 'governance'] }
    const aligned = alignedPassagesOf(
      twice,
      new Map([
        ['safety', rows],
        ['governance', rows],
      ]),
      (id) => texts.get(id),
    )
    expect(aligned.map((p) => p.documentId)).toEqual(['b', 'c'])
  })

  it('asks for the themes of placed annotations only', () => {
    expect(themesToAlign(NOTES)).toEqual(['safety', 'environment'])
    expect(themesToAlign([{ ...NOTES[0], anchorStatus: 'orphan' }])).toEqual([])
    expect(themesToAlign([])).toEqual([])
  })
})

describe('filterLabel', () => {
  const empty = { documentId: '', themeId: '', color: '', tag: '', text: '' }
  it.each([
    [empty, ''],
    [{ ...empty, themeId: 'safety', color: 'yellow', tag: '指标' }, '公共安全 · 黄色 · #指标'],
    [{ ...empty, documentId: 'd1', text: '  就业 ' }, '甲市报告 · “就业”'],
    [{ ...empty, themeId: 'custom' }, 'custom'],
    [{ ...empty, text: '   ' }, ''],
  ])('%j → %s', (filter, label) => {
    const names = {
      document: (id: string) => (id === 'd1' ? '甲市报告' : undefined),
      theme: (id: string) => (id === 'safety' ? '公共安全' : undefined),
      color: (c: string) => (c === 'yellow' ? '黄色' : undefined),
    }
    expect(filterLabel(filter, names)).toBe(label)
  })
})
