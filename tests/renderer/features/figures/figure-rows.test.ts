// The figures table: figures joined to their passage's theme, theme filter, values and CSV.
import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/core/figures'
import type { ClassifiedPassage } from '../../../../src/core/themes'
import { figureRows, filterByTheme, formatValue, orderRows, toFiguresCsv } from '../../../../src/renderer/features/figures/figure-rows'

const TEXT = 'PM2.5平均浓度下降至13.5微克/立方米。新建公园5个，改造绿地4.5万平方米。没有数字的段落。'
function passage(id: string, start: number, end: number, themes: string[]): ClassifiedPassage {
  return { id, start, end, kind: 'paragraph', headings: [], themes, subthemes: [], evidence: [] }
}
const P1 = TEXT.indexOf('新建')
const P2 = TEXT.indexOf('没有')
const PASSAGES = [
  passage('p0', 0, P1, ['environment']),
  passage('p1', P1, P2, ['urban', 'environment']),
  passage('p2', P2, TEXT.length, []),
]
const figures = extractFigures(TEXT, PASSAGES)
const rows = figureRows('d1', PASSAGES, figures)

describe('figureRows', () => {
  it('gives each figure its passage main theme and span', () => {
    expect(rows.map((r) => [r.figure.text, r.themeId])).toEqual([
      ['13.5微克/立方米', 'environment'],
      ['5个', 'urban'],
      ['4.5万平方米', 'urban'],
    ])
    expect(rows[1]!.passageStart).toBe(P1)
  })
  it('skips figures without a span index or with one out of range', () => {
    const loose = extractFigures(TEXT)
    expect(figureRows('d1', PASSAGES, loose)).toEqual([])
    expect(figureRows('d1', [], figures)).toEqual([])
  })
})

describe('filterByTheme', () => {
  it.each([
    ['', 3],
    ['environment', 3],
    ['urban', 2],
    ['safety', 0],
  ])('theme %s keeps %i rows (any theme of the passage matches)', (theme, count) => {
    expect(filterByTheme(rows, theme)).toHaveLength(count)
  })
})

describe('orderRows', () => {
  const other = figureRows('d2', PASSAGES, figures)
  const both = [...rows, ...other]
  it('keeps document order by document', () => {
    expect(orderRows(both, 'document', ['urban', 'environment'])).toEqual(both)
  })
  it('groups by theme in codebook order, each theme in document order, unknown themes last', () => {
    const ordered = orderRows(both, 'theme', ['urban', 'environment'])
    expect(ordered.map((r) => `${r.themeId}:${r.docId}:${r.figure.text}`)).toEqual([
      'urban:d1:5个',
      'urban:d1:4.5万平方米',
      'urban:d2:5个',
      'urban:d2:4.5万平方米',
      'environment:d1:13.5微克/立方米',
      'environment:d2:13.5微克/立方米',
    ])
    expect(
      orderRows(both, 'theme', ['environment'])
        .slice(-4)
        .every((r) => r.themeId === 'urban'),
    ).toBe(true)
    expect(orderRows([], 'theme', [])).toEqual([])
  })
})

describe('formatValue', () => {
  it('writes plain digits and ranges', () => {
    expect(formatValue(rows[2]!.figure)).toBe('45000')
    expect(formatValue({ ...rows[2]!.figure, value: 5, valueMax: 8, isRange: true })).toBe('5-8')
    expect(formatValue({ ...rows[2]!.figure, value: 1e12, valueMax: 1e12 })).toBe('1000000000000')
  })
})

describe('toFiguresCsv', () => {
  const headers = { document: '文件', theme: '主题', measure: '指标', figure: '原文', value: '数值', unit: '单位' }
  it('writes a BOM, headers and one quoted, guarded row per figure', () => {
    const csv = toFiguresCsv(
      rows.slice(0, 1),
      headers,
      () => '=盐田区, 2023',
      (id) => id,
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe('文件,主题,指标,原文,数值,单位,start,end')
    expect(lines[1]).toMatch(/^"'=盐田区, 2023",environment,.*,13\.5微克\/立方米,13\.5,微克\/立方米,\d+,\d+$/)
  })
  it('writes only the header for no rows', () => {
    expect(toFiguresCsv([], headers, String, String).split('\r\n')).toHaveLength(2)
  })
})
