import { describe, expect, it } from 'vitest'
import { compileThemeMatcher, indexThemeTerms, matchIndexed, matchTerms, scanIndexed, scanThemeTerms } from '../../../src/core/terms'
import type { Codebook } from '../../../src/core/themes'

const book: Codebook = {
  version: 1,
  themes: [
    {
      id: 'safety',
      labelZh: '安全',
      labelEn: 'Safety',
      color: '#d9485f',
      terms: [
        { term: '安全', weight: 2 },
        { term: '安全生产', weight: 3 },
        { term: '粮食安全', weight: 0 },
      ],
    },
    {
      id: 'government',
      labelZh: '政府',
      labelEn: 'Government',
      color: '#000000',
      terms: [
        { term: '三公经费', weight: 3 },
        { term: '生产', weight: 1 },
      ],
    },
  ],
}
const matcher = compileThemeMatcher(book)
const text = '强化安全生产。保障粮食安全；严控“三公”经费，安全 生产'

/** A direct reading of the matching rules, for reference: per position and theme the longest term, skipping “” and spaces. */
function naiveMatches(start: number, end: number): { term: string; start: number; end: number }[][] {
  const skipped = /[“”\s]/
  const kept: number[] = []
  for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) if (!skipped.test(text[i]!)) kept.push(i)
  const view = kept.map((i) => text[i]).join('')
  return book.themes.map((theme) => {
    const out: { term: string; start: number; end: number }[] = []
    let covered = -1
    for (let i = 0; i < view.length; i++) {
      const longest = theme.terms.filter((t) => view.startsWith(t.term, i)).sort((a, b) => b.term.length - a.term.length)[0]
      if (!longest || i + longest.term.length <= covered) continue
      covered = i + longest.term.length
      if (longest.weight > 0) out.push({ term: longest.term, start: kept[i]!, end: kept[covered - 1]! + 1 })
    }
    return out
  })
}

/** Every range of the text (start ≤ end), each answered from one index of the whole text. */
function allRanges(): [number, number][] {
  const out: [number, number][] = []
  for (let start = 0; start <= text.length; start++) for (let end = start; end <= text.length + 1; end++) out.push([start, end])
  return out
}

describe('matchIndexed', () => {
  const index = indexThemeTerms(matcher, text)

  it('answers every range exactly as matching the range on its own', () => {
    const strip = (lists: { term: string; start: number; end: number }[][]) =>
      lists.map((l) => l.map(({ term, start, end }) => ({ term, start, end })))
    for (const [start, end] of allRanges()) {
      expect(strip(matchIndexed(index, start, end)), `${start}-${end}`).toEqual(naiveMatches(start, end))
      expect(matchTerms(matcher, text, start, end)).toEqual(matchIndexed(index, start, end))
    }
  })

  it('drops a term that runs past the range and lets a shorter one of its theme count instead', () => {
    // 安全生产 ends at 6; a range ending at 5 holds only 安全 of it.
    const [safety] = matchIndexed(index, 0, 5)
    expect(safety.map((m) => m.term)).toEqual(['安全'])
    expect(matchIndexed(index, 0, 6)[0].map((m) => m.term)).toEqual(['安全生产'])
  })

  it('keeps an excluded phrase hiding the term inside it, and matches through quotation marks and spaces', () => {
    const whole = matchIndexed(index, 0, text.length)
    expect(whole[0].map((m) => m.term)).toEqual(['安全生产', '安全生产'])
    expect(whole[1].map((m) => [m.term, text.slice(m.start, m.end)])).toEqual([
      ['生产', '生产'],
      ['三公经费', '三公”经费'],
      ['生产', '生产'],
    ])
    expect(text.slice(whole[0][1].start, whole[0][1].end)).toBe('安全 生产')
  })

  it('gives empty lists for empty, reversed and outside ranges', () => {
    for (const [start, end] of [
      [3, 3],
      [9, 2],
      [500, 600],
      [-5, 0],
    ])
      expect(matchIndexed(index, start, end)).toEqual([[], []])
    expect(matchIndexed(indexThemeTerms(matcher, ''), 0, 10)).toEqual([[], []])
  })

  it('visits the same matches in position order through scanIndexed', () => {
    const seen: string[] = []
    scanIndexed(index, 0, text.length, (theme, _weight, term, start) => seen.push(`${theme}:${term}@${start}`))
    expect(seen).toEqual(['0:安全生产@2', '1:生产@4', '1:三公经费@17', '0:安全生产@23', '1:生产@26'])
  })
})

describe('scanThemeTerms', () => {
  it('visits in every range, in order, exactly what an index of that range visits', () => {
    const visits = (scan: (visit: (...args: unknown[]) => void) => void): unknown[][] => {
      const out: unknown[][] = []
      scan((...args) => out.push(args))
      return out
    }
    for (const [start, end] of allRanges()) {
      const indexed = visits((v) => scanIndexed(indexThemeTerms(matcher, text, start, end), start, end, v))
      expect(
        visits((v) => scanThemeTerms(matcher, text, start, end, v)),
        `${start}-${end}`,
      ).toEqual(indexed)
    }
    // Ranges outside the text visit nothing.
    expect(visits((v) => scanThemeTerms(matcher, text, -5, 0, v))).toEqual([])
    expect(visits((v) => scanThemeTerms(matcher, text, 500, 600, v))).toEqual([])
  })

  it('starts each scan afresh: a match seen by the previous scan hides nothing in the next', () => {
    const terms = (start: number, end: number): string[] => {
      const out: string[] = []
      scanThemeTerms(matcher, text, start, end, (_theme, _weight, term) => out.push(term))
      return out
    }
    expect(terms(0, 7)).toEqual(['安全生产', '生产'])
    expect(terms(4, 7)).toEqual(['生产'])
  })
})
