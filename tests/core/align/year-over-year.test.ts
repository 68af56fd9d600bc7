// Year over year: passages of the later report continued, changed or new, and passages of the
// earlier one dropped, on constructed reports of one place.
import { describe, expect, it } from 'vitest'
import { compareYears, CONTINUED_MIN_SHARED, YEAR_MATCH_MIN_SCORE, type AlignDocument } from '../../../src/core/align'

/** A document of one passage per line, with the given themes per passage (none by default). */
function doc(lines: string[], themes: string[][] = []): AlignDocument {
  const text = lines.join('\n')
  let at = 0
  const passages = lines.map((line, i) => {
    const p = { id: `p${i}`, start: at, end: at + line.length, themes: themes[i] ?? [], headings: [] }
    at += line.length + 1
    return p
  })
  return { text, passages }
}

const SAFETY = '加强安全生产监管，开展危险化学品专项整治行动，新建两座小型消防站，守牢安全底线。'
const earlier = doc([
  SAFETY,
  '推进河湖长制，开展黑臭水体治理，沙头角河水质稳定达到地表水五类标准。',
  '举办国际马拉松赛事和帆船邀请赛，打造滨海体育名城。',
])
const later = doc([
  SAFETY,
  '全面落实河湖长制，黑臭水体实现长治久清，沙头角河碧道建成开放，水环境持续改善。',
  '发展低空经济，建设无人机起降场，培育低空飞行产业集群。',
])

describe('compareYears', () => {
  it('marks continued, changed and new passages, and the dropped ones', () => {
    const result = compareYears(earlier, later)
    expect(result.later.map((p) => [p.passage, p.status, p.match])).toEqual([
      ['p0', 'continued', 'p0'],
      ['p1', 'changed', 'p1'],
      ['p2', 'new', undefined],
    ])
    expect(result.dropped).toEqual(['p2'])
  })

  it('ranks a word-for-word passage above a reworded one', () => {
    const [same, reworded] = compareYears(earlier, later).later
    expect(same.shared).toBeGreaterThanOrEqual(CONTINUED_MIN_SHARED)
    expect(reworded.shared).toBeLessThan(CONTINUED_MIN_SHARED)
    expect(same.score).toBeGreaterThan(reworded.score)
    expect(reworded.score).toBeGreaterThanOrEqual(YEAR_MATCH_MIN_SCORE)
  })

  it('a stricter threshold turns weak matches into new and dropped passages', () => {
    const result = compareYears(earlier, later, { minScore: 0.99 })
    expect(result.later.every((p) => p.status === 'new' || p.score >= 0.99)).toBe(true)
    expect(result.dropped.length).toBeGreaterThanOrEqual(2)
  })

  it('compares only the passages of a theme when asked', () => {
    const themed = (d: AlignDocument): AlignDocument => ({
      ...d,
      passages: d.passages.map((p, i) => ({ ...p, themes: i === 0 ? ['safety'] : ['ecology'] })),
    })
    const result = compareYears(themed(earlier), themed(later), { themeId: 'safety' })
    expect(result.later.map((p) => p.status)).toEqual(['continued'])
    expect(result.dropped).toEqual([])
  })

  it.each<[string, AlignDocument, AlignDocument, string[], string[]]>([
    ['both empty', doc([]), doc([]), [], []],
    ['nothing earlier: all new', doc([]), later, ['new', 'new', 'new'], []],
    ['nothing later: all dropped', earlier, doc([]), [], ['p0', 'p1', 'p2']],
    ['garbage text on both sides', doc(['@@@@', '……']), doc(['####']), ['new'], ['p0', 'p1']],
  ])('%s', (_name, a, b, statuses, dropped) => {
    const result = compareYears(a, b)
    expect(result.later.map((p) => p.status)).toEqual(statuses)
    expect(result.dropped).toEqual(dropped)
  })
})
