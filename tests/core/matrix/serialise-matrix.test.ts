import { describe, expect, it } from 'vitest'
import { buildMatrix, formatShare, heatColor, heatLevel, toMatrixCsv, toMatrixSvg } from '../../../src/core/matrix'

const matrix = buildMatrix({
  themes: [
    { id: 'safety', label: '安全, "稳定"', color: '#d9485f' },
    { id: 'evil', label: '=HYPERLINK("x")', color: 'url(javascript:alert(1))' },
  ],
  documents: [
    { id: 'a', label: '盐田区 · 2023', level: 'district', year: 2023 },
    { id: 'b', label: '<script>&', level: 'town' },
  ],
  shares: { a: { safety: 0.1234 }, b: { evil: 0.5 } },
  annotations: [{ documentId: 'a', themes: ['safety'] }],
})

describe('toMatrixCsv', () => {
  it('writes a BOM, a header and one row per theme with shares as percentages, quoting and guarding', () => {
    const csv = toMatrixCsv(matrix, { mode: 'share', themeHeader: '主题' })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      '主题,盐田区 · 2023,<script>&',
      '"安全, ""稳定""",12.34,0.00',
      `"'=HYPERLINK(""x"")",0.00,50.00`,
      '',
    ])
  })

  it('writes counts in count mode, and a group row when asked', () => {
    const csv = toMatrixCsv(matrix, { mode: 'count', themeHeader: 'Theme', groupLabels: ['2023', '?'], bom: false })
    expect(csv.split('\r\n').slice(0, 3)).toEqual([',2023,?', 'Theme,盐田区 · 2023,<script>&', '"安全, ""稳定""",1,0'])
  })

  it('throws when group labels do not match the columns', () => {
    expect(() => toMatrixCsv(matrix, { mode: 'count', themeHeader: 'T', groupLabels: ['x'] })).toThrow(RangeError)
  })

  it('gives only the header for an empty matrix', () => {
    const empty = buildMatrix({ themes: [], documents: [], shares: {}, annotations: [] })
    expect(toMatrixCsv(empty, { mode: 'share', themeHeader: 'T', bom: false })).toBe('T\r\n')
  })
})

describe('toMatrixSvg', () => {
  const svg = toMatrixSvg(matrix, { mode: 'share', title: 'A & B' })
  it('escapes every label and refuses unsafe colours', () => {
    expect(svg).toContain('&lt;script&gt;&amp;')
    expect(svg).toContain('A &amp; B')
    expect(svg).toContain('安全, &quot;稳定&quot;')
    expect(svg).not.toContain('<script>')
    expect(svg).not.toContain('javascript')
  })
  it('draws one rect per cell plus swatches and background', () => {
    expect(svg.match(/<rect /g)).toHaveLength(1 + 2 + 4)
    expect(svg).toContain('12.3%')
  })
  it('renders an empty matrix as a valid small image', () => {
    const empty = toMatrixSvg(buildMatrix({ themes: [], documents: [], shares: {}, annotations: [] }), { mode: 'count' })
    expect(empty.startsWith('<svg')).toBe(true)
    expect(empty.trim().endsWith('</svg>')).toBe(true)
  })
})

describe('heat scale', () => {
  it.each([
    { value: 0, max: 1, want: 0 },
    { value: 1, max: 0, want: 0 },
    { value: Number.NaN, max: 1, want: 0 },
    { value: 1, max: 1, want: 1 },
    { value: 5, max: 1, want: 1 },
  ])('heatLevel($value, $max) = $want', ({ value, max, want }) => {
    expect(heatLevel(value, max)).toBe(want)
  })
  it('orders levels by value and keeps small values visible', () => {
    expect(heatLevel(0.001, 1)).toBeGreaterThan(0.05)
    expect(heatLevel(0.25, 1)).toBeLessThan(heatLevel(0.5, 1))
  })
  it('goes from white to the full colour, and clamps garbage', () => {
    expect(heatColor(0)).toBe('#ffffff')
    expect(heatColor(1)).toBe('#1f5faa')
    expect(heatColor(Number.NaN)).toBe('#ffffff')
    expect(heatColor(9)).toBe('#1f5faa')
  })
  it.each([
    [0, '0%'],
    [0.1234, '12.3%'],
    [1, '100.0%'],
    [Number.NaN, '0%'],
  ])('formatShare(%s) = %s', (share, want) => {
    expect(formatShare(share)).toBe(want)
  })
})
