import { describe, expect, it } from 'vitest'
import { builtinCodebook, compileThemeMatcher, countWords, ENVIRONMENT_WORDS, matchTerms } from '../../../src/core/themes'

const matcher = compileThemeMatcher(builtinCodebook())
const ids = matcher.themeIds
const termsOf = (text: string, theme: string) => matchTerms(matcher, text)[ids.indexOf(theme)].map((m) => m.term)

describe('matchTerms', () => {
  it('matches through quotation marks and width differences', () => {
    expect(termsOf('严控“三公”经费', 'government')).toContain('三公经费')
    expect(termsOf('统筹ＰＭ２．５和臭氧协同治理', 'ecology')).toContain('PM2.5')
  })

  it('does not count a shorter term inside a longer one of the same theme', () => {
    expect(termsOf('强化安全生产监管', 'safety')).toEqual(['安全生产', '监管'])
  })

  it('lets an excluded phrase (weight 0) hide the shorter terms inside it without being evidence itself', () => {
    const book = {
      version: 1 as const,
      themes: [
        {
          id: 'ecology',
          labelZh: '生态',
          labelEn: 'Ecology',
          color: '#2f9e44',
          terms: [
            { term: '环境', weight: 2 },
            { term: '营商环境', weight: 0 },
          ],
        },
      ],
    }
    const own = compileThemeMatcher(book)
    expect(matchTerms(own, '优化营商环境，改善生态环境')[0].map((m) => m.start)).toEqual([11])
    expect(matchTerms(own, '优化营商环境')[0]).toEqual([])
  })

  it("keeps an excluded phrase of one theme from hiding another theme's terms", () => {
    // 政治生态 is excluded from ecology only; government's 政治 terms, if any, are unaffected.
    expect(termsOf('净化政治生态', 'ecology')).toEqual([])
    expect(termsOf('加强生态保护，净化政治生态', 'ecology')).toEqual(['生态'])
  })

  it('reports offsets into the original text', () => {
    const text = '一是加快推动综合网格改革'
    const m = matchTerms(matcher, text)[ids.indexOf('governance')][0]
    expect(text.slice(m.start, m.end)).toBe('综合网格')
  })

  it.each([[''], ['，。；'], ['abc xyz']])('finds nothing in %j', (text) => {
    expect(matchTerms(matcher, text).every((l) => l.length === 0)).toBe(true)
  })
})

describe('countWords', () => {
  it.each([
    ['', 0],
    ['加强环境保护，减少污染和二氧化碳排放，PM2.5下降', 4],
    ['生态生态', 2],
    ['ＰＭ２．５与pm10', 2],
    ['发展经济', 0],
  ])('counts environmental words in %j', (text, n) => expect(countWords(text, ENVIRONMENT_WORDS)).toBe(n))
})
