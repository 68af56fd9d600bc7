import { describe, expect, it } from 'vitest'
import { displayColumns, documentHoverTitle, documentLabel, documentLabels, type LabelSource } from '../../../src/core/compare'

const TYPES: Record<string, string> = { 'government-work-report': '报告', 'action-plan': '方案', other: '' }
const options = { typeLabel: (t: string) => TYPES[t] ?? '' }
const doc = (place: string, year: number | undefined, docType = 'government-work-report', title = '', fileName = 'a.txt'): LabelSource => ({
  fileName,
  metadata: { place, year, docType, title },
})

describe('documentLabel', () => {
  it.each([
    ['short place, everything fits', doc('盐田区', 2023), {}, '盐田区 · 2023 · 报告'],
    ['type dropped before the place is cut', doc('中华人民共和国', 2019), { maxColumns: 22 }, '中华人民共和国 · 2019'],
    ['place cut, year kept', doc('中华人民共和国', 2019), { maxColumns: 16 }, '中华人民… · 2019'],
    ['very narrow: the year still survives', doc('中华人民共和国', 1954), { maxColumns: 4 }, '中… · 1954'],
    ['unknown year', doc('黄浦区', undefined), {}, '黄浦区 · 报告'],
    ['no place or year: the title', doc('', undefined, 'other', '某某文件'), {}, '某某文件'],
    ['no title: the file name', doc('', undefined, 'other', '', 'x.txt'), {}, 'x.txt'],
    ['type without a short name', doc('温泉镇', 2024, 'other'), {}, '温泉镇 · 2024'],
  ])('%s', (_name, input, extra, expected) => {
    expect(documentLabel(input, { ...options, ...extra })).toBe(expected)
  })

  it('keeps every label within the width whenever the year fits', () => {
    for (const max of [12, 16, 20, 24, 30]) {
      const label = documentLabel(doc('新疆维吾尔自治区乌鲁木齐市', 2021), { ...options, maxColumns: max })
      expect(label).toContain('2021')
      expect(displayColumns(label)).toBeLessThanOrEqual(max)
    }
  })

  it('cuts a long title with an ellipsis', () => {
    expect(
      documentLabel(doc('', undefined, 'other', '关于进一步加强基层治理体系和治理能力现代化建设的意见'), { ...options, maxColumns: 10 }),
    ).toBe('关于进一…')
  })
})

describe('documentLabels', () => {
  it('gives 52 reports of one place 52 different labels, each with its year', () => {
    const docs = Array.from({ length: 52 }, (_, i) => doc('中华人民共和国', 1954 + i))
    const labels = documentLabels(docs, { ...options, maxColumns: 16 })
    expect(new Set(labels).size).toBe(52)
    labels.forEach((l, i) => expect(l).toContain(String(1954 + i)))
  })

  it('tells apart two documents that would share a label', () => {
    const labels = documentLabels(
      [doc('盐田区', 2023, 'government-work-report', 'T'), doc('黄浦区', 2023), doc('盐田区', 2023, 'government-work-report', 'T')],
      options,
    )
    expect(labels).toEqual(['盐田区 · 2023 · 报告 #1', '黄浦区 · 2023 · 报告', '盐田区 · 2023 · 报告 #2'])
  })

  it('returns nothing for nothing', () => {
    expect(documentLabels([], options)).toEqual([])
  })
})

describe('displayColumns and the hover title', () => {
  it('counts Han characters double', () => {
    expect(displayColumns('盐田 2023')).toBe(9)
    expect(displayColumns('')).toBe(0)
  })
  it('shows the title and the file name', () => {
    expect(documentHoverTitle(doc('盐田区', 2023, 'plan', '盐田区工作报告', 'yt.txt'))).toBe('盐田区工作报告\nyt.txt')
    expect(documentHoverTitle(doc('', undefined, 'plan', '', 'yt.txt'))).toBe('yt.txt')
  })
})
