import { describe, expect, it } from 'vitest'
import { dominantSubtheme, groupLaneRows, labelRow, rowCoverage, wordFrequencies } from '../../../src/core/compare'

const words = (...w: string[]) => new Map(w.map((x) => [x, 1]))

describe('labelRow', () => {
  const members = [
    words('隐患排查', '危化品', '安全', '推进'),
    words('隐患排查', '危化品', '安全', '消防'),
    words('隐患排查', '安全', '道路'),
  ]
  const others = [words('安全', '推进'), words('安全', '食品'), words('安全', '消防'), words('道路', '安全')]
  const df = wordFrequencies([...members, ...others])
  const total = members.length + others.length

  it('labels a row with the words its members share that are rare elsewhere, best first', () => {
    expect(labelRow(members, df, total)).toEqual(['隐患排查', '危化品'])
  })
  it('leaves out words in only one member, single characters, numbers and boilerplate', () => {
    const label = labelRow([words('推进', '安', '2023', '防汛'), words('推进', '安', '2023', '防汛')], df, total)
    expect(label).toEqual(['防汛'])
  })
  it('drops a word inside a higher-ranked one', () => {
    expect(
      labelRow(
        [words('危化品', '化品'), words('危化品', '化品')],
        new Map([
          ['化品', 2],
          ['危化品', 2],
        ]),
        10,
      ),
    ).toEqual(['危化品'])
  })
  it('one member or none: no label', () => {
    expect(labelRow([members[0]], df, total)).toEqual([])
    expect(labelRow([], df, total)).toEqual([])
  })
})

describe('groupLaneRows', () => {
  const rows = [
    { id: 1, s: 'safety.food' },
    { id: 2, s: undefined },
    { id: 3, s: 'safety.work' },
    { id: 4, s: 'safety.food' },
    { id: 5, s: 'safety.new' },
  ]
  it('puts rows under sub-theme headings in codebook order, unknown ids after, none last', () => {
    const items = groupLaneRows(rows, (r) => r.s, ['safety.work', 'safety.food'])
    expect(items.map((i) => (i.kind === 'heading' ? `#${i.subtheme ?? '-'}:${i.rows}` : i.row.id))).toEqual([
      '#safety.work:1',
      3,
      '#safety.food:2',
      1,
      4,
      '#safety.new:1',
      5,
      '#-:1',
      2,
    ])
  })
  it('no sub-themes at all: rows only', () => {
    expect(groupLaneRows(rows, () => undefined, []).every((i) => i.kind === 'row')).toBe(true)
    expect(groupLaneRows([], () => undefined, [])).toEqual([])
  })
})

describe('dominantSubtheme', () => {
  it('is the most frequent of the theme, each member counted once', () => {
    expect(
      dominantSubtheme([['safety.work', 'safety.work', 'ecology.air'], ['safety.food'], ['safety.food', 'safety.work']], 'safety.'),
    ).toBe('safety.work')
    expect(dominantSubtheme([['safety.food'], ['safety.food', 'ecology.air'], ['ecology.air']], 'safety.')).toBe('safety.food')
    expect(dominantSubtheme([['ecology.air'], []], 'safety.')).toBeUndefined()
  })
})

describe('rowCoverage', () => {
  it('counts places when each document is a place, documents otherwise', () => {
    expect(
      rowCoverage(
        ['a', 'b', 'b'],
        new Map([
          ['a', '盐田区'],
          ['b', '黄浦区'],
          ['c', '某镇'],
        ]),
      ),
    ).toEqual({ covered: 2, total: 3, unit: 'places' })
    expect(
      rowCoverage(
        ['a', 'z'],
        new Map([
          ['a', '国'],
          ['b', '国'],
        ]),
      ),
    ).toEqual({ covered: 1, total: 2, unit: 'documents' })
  })
})
