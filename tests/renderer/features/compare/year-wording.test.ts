// Year over year's shared wording: which passages are paired, and how the worker's wording becomes
// marks on both sides (an earlier passage matched twice gets the union).
import { describe, expect, it } from 'vitest'
import type { YearView } from '../../../../src/renderer/features/compare/useYearOverYear'
import { toYearMarks, yearPairs } from '../../../../src/renderer/features/compare/year-wording'

const earlierText = '加强河湖长制。推进垃圾分类。'
const laterText = '深化河湖长制。新建口袋公园。强化河湖长制考核。'
const view: YearView = {
  comparison: {
    later: [
      { passage: 'l0', status: 'changed', match: 'e0', score: 0.6, shared: 0.5 },
      { passage: 'l1', status: 'new', score: 0, shared: 0 },
      { passage: 'l2', status: 'changed', match: 'e0', score: 0.5, shared: 0.4 },
    ],
    dropped: ['e1'],
  },
  earlier: new Map([
    ['e0', { id: 'e0', start: 0, end: 7, themes: ['ecology'] }],
    ['e1', { id: 'e1', start: 7, end: 14, themes: ['ecology'] }],
  ]),
  later: new Map([
    ['l0', { id: 'l0', start: 0, end: 7, themes: ['ecology'] }],
    ['l1', { id: 'l1', start: 7, end: 14, themes: [] }],
    ['l2', { id: 'l2', start: 14, end: 23, themes: ['ecology'] }],
  ]),
}

describe('yearPairs', () => {
  it('pairs each later passage that has a match with it, with both texts', () => {
    expect(yearPairs(view, earlierText, laterText)).toEqual([
      { later: 'l0', earlier: 'e0', texts: ['深化河湖长制。', '加强河湖长制。'] },
      { later: 'l2', earlier: 'e0', texts: ['强化河湖长制考核。', '加强河湖长制。'] },
    ])
  })

  it('pairs nothing when nothing matched', () => {
    expect(
      yearPairs(
        { ...view, comparison: { later: [{ passage: 'l1', status: 'new', score: 0, shared: 0 }], dropped: [] } },
        earlierText,
        laterText,
      ),
    ).toEqual([])
  })
})

describe('toYearMarks', () => {
  it('marks both sides, the earlier passage with the shared wording of every later one', () => {
    const pairs = yearPairs(view, earlierText, laterText)
    const marks = toYearMarks(pairs, [
      [[{ start: 2, end: 6 }], [{ start: 2, end: 6 }]],
      [[{ start: 2, end: 6 }], [{ start: 0, end: 2 }]],
    ])
    expect(marks.get('later:l0')).toEqual([{ start: 2, end: 6 }])
    expect(marks.get('later:l2')).toEqual([{ start: 2, end: 6 }])
    expect(marks.get('earlier:e0')).toEqual([
      { start: 2, end: 6 },
      { start: 0, end: 2 },
    ])
    expect(marks.has('later:l1')).toBe(false)
  })

  it('gives compared passages without shared wording an empty list, and tolerates missing wording', () => {
    const pairs = yearPairs(view, earlierText, laterText)
    const marks = toYearMarks(pairs, [])
    expect(marks.get('later:l0')).toEqual([])
    expect(marks.get('earlier:e0')).toEqual([])
  })
})
