import { describe, expect, it } from 'vitest'
import {
  dominantSubtheme,
  groupLaneRows,
  growLabelWord,
  labelRow,
  MAX_GROWN_CHARS,
  rowCoverage,
  wordFrequencies,
} from '../../../src/core/compare'

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
  it('grows a character pair the segmenter did not know into the word every member writes', () => {
    const df = new Map([
      ['化品', 3],
      ['末梢', 3],
      ['推进', 40],
    ])
    const texts = ['加强危化品运输监管,延伸治理末梢', '开展危化品专项整治,打通治理末梢', '危化品企业全部纳入监管,夯实治理末梢']
    const members = texts.map(() => words('化品', '末梢', '推进'))
    expect(labelRow(members, df, 100)).toEqual(['化品', '末梢'])
    expect(labelRow(members, df, 100, { texts })).toEqual(['危化品', '治理末梢'])
  })
  it('drops a grown word that overlaps a better one', () => {
    const texts = ['单位国内生产总值能耗下降', '单位国内生产总值能耗降低']
    const members = texts.map(() => words('总值', '能耗'))
    expect(
      labelRow(
        members,
        new Map([
          ['总值', 2],
          ['能耗', 3],
        ]),
        100,
        { texts },
      ),
    ).toHaveLength(1)
  })
  it('stops growing where members differ, and at a phrase length', () => {
    expect(growLabelWord('化品', ['危化品运输', '危化品仓储'])).toBe('危化品')
    expect(growLabelWord('化品', ['危化品运输', '化品', '其他'])).toBe('化品')
    expect(growLabelWord('安全', ['安全生产安全生产', '安全生产'])).toBe('安全生产')
    expect(growLabelWord('风险', ['重大安全风险隐患排查整治', '重大安全风险隐患排查整治']).length).toBe(MAX_GROWN_CHARS)
    expect(growLabelWord('缺失', ['没有这个词'])).toBe('缺失')
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
