import { describe, expect, it } from 'vitest'
import { groupColumns, groupedOrder, groupSpans } from '../../../src/core/matrix'
import type { MatrixDocument } from '../../../src/core/matrix'

const docs: MatrixDocument[] = [
  { id: 'a', label: 'a', level: 'town', year: 2021 },
  { id: 'b', label: 'b', level: 'district', year: 2023 },
  { id: 'c', label: 'c', level: 'unknown' },
  { id: 'd', label: 'd', level: 'district', year: 2017 },
  { id: 'e', label: 'e', level: 'national', year: 2023 },
]

describe('groupColumns', () => {
  it.each([
    { grouping: 'none' as const, want: [['all', [0, 1, 2, 3, 4]]] },
    {
      grouping: 'level' as const,
      want: [
        ['level:national', [4]],
        ['level:district', [1, 3]],
        ['level:town', [0]],
        ['level:unknown', [2]],
      ],
    },
    {
      grouping: 'year' as const,
      want: [
        ['year:2017', [3]],
        ['year:2021', [0]],
        ['year:2023', [1, 4]],
        ['year:unknown', [2]],
      ],
    },
  ])('groups by $grouping, keeping order inside a group and unknowns last', ({ grouping, want }) => {
    expect(groupColumns(docs, grouping).map((g) => [g.key, g.columns])).toEqual(want)
  })

  it('gives the year or level as the value to label', () => {
    expect(groupColumns(docs, 'year').map((g) => g.value)).toEqual(['2017', '2021', '2023', ''])
    expect(groupColumns(docs, 'level')[0]!.value).toBe('national')
  })

  it('gives no groups for no documents, whatever the grouping', () => {
    for (const g of ['none', 'level', 'year'] as const) expect(groupColumns([], g)).toEqual([])
  })

  it('treats a garbage year or level as unknown', () => {
    const odd = [
      { id: 'x', label: 'x', level: 'planet' as never, year: 20.5 },
      { id: 'y', label: 'y', level: 'city' as const, year: 2020 },
    ]
    expect(groupColumns(odd, 'year').map((g) => g.key)).toEqual(['year:2020', 'year:unknown'])
    expect(groupColumns(odd, 'level').map((g) => g.key)).toEqual(['level:city', 'level:unknown'])
  })

  it('flattens groups into a column order', () => {
    expect(groupedOrder(groupColumns(docs, 'year'))).toEqual([3, 0, 1, 4, 2])
  })

  describe('groupSpans: the headings over the columns drawn', () => {
    // Years displayed as 2017 | 2021 | 2023 2023 | unknown: columns 0 | 1 | 2 3 | 4.
    const groups = groupColumns(docs, 'year')
    const spans = (first: number, last: number) => groupSpans(groups, first, last).map((s) => [s.group.value, s.span])

    it('gives every group whole when every column is drawn', () => {
      expect(spans(0, 4)).toEqual([
        ['2017', 1],
        ['2021', 1],
        ['2023', 2],
        ['', 1],
      ])
    })

    it('cuts a group to the columns drawn and leaves out groups with none', () => {
      expect(spans(3, 4)).toEqual([
        ['2023', 1],
        ['', 1],
      ])
      expect(spans(1, 2)).toEqual([
        ['2021', 1],
        ['2023', 1],
      ])
    })

    it('spans the drawn columns exactly, whatever the range', () => {
      for (let first = 0; first < 5; first++)
        for (let last = first; last < 5; last++)
          expect(groupSpans(groups, first, last).reduce((n, s) => n + s.span, 0)).toBe(last - first + 1)
    })
  })
})
