import { describe, expect, it } from 'vitest'
import { backgroundShare, broadTerms, describeBroadTerm } from '../../../src/core/align/broad-terms'
import { builtinCodebook, policyConceptCodebook, type Codebook } from '../../../src/core/themes'

const book = (terms: { term: string; weight: number }[]): Codebook => ({
  version: 1,
  themes: [{ id: 'water', labelZh: '水', labelEn: 'Water', color: '#1f77b4', terms: [{ term: '河长制', weight: 3 }, ...terms] }],
})

describe('broad codebook terms', () => {
  it('names a one-character term of weight 3 that would tag most passages', () => {
    const found = broadTerms(book([{ term: '发', weight: 3 }]))
    expect(found.map((b) => b.term)).toEqual(['发'])
    expect(found[0]).toMatchObject({ themeId: 'water', weight: 3 })
    expect(found[0].share).toBeGreaterThan(0.2)
    expect(describeBroadTerm(found[0])).toContain('"发"')
  })

  it('names a genre word made decisive, but not the same word as supporting evidence', () => {
    expect(broadTerms(book([{ term: '发展', weight: 3 }])).map((b) => b.term)).toEqual(['发展'])
    expect(broadTerms(book([{ term: '发展', weight: 1 }]))).toEqual([])
  })

  it('names a weight-2 term only when it is in most passages (two such terms tag a passage)', () => {
    expect(broadTerms(book([{ term: '的', weight: 2 }])).map((b) => b.term)).toEqual(['的'])
    expect(broadTerms(book([{ term: '经济', weight: 2 }]))).toEqual([])
  })

  it('leaves specific terms, excluded phrases, the built-in codebook and the policy concepts alone', () => {
    expect(
      broadTerms(
        book([
          { term: '巡河', weight: 3 },
          { term: '的', weight: 0 },
        ]),
      ),
    ).toEqual([])
    expect(broadTerms(builtinCodebook())).toEqual([])
    expect(broadTerms(policyConceptCodebook())).toEqual([])
  })

  it('estimates shares from the background: common characters high, rare phrases near zero', () => {
    expect(backgroundShare('的')).toBeGreaterThan(backgroundShare('河'))
    expect(backgroundShare('河长制')).toBeLessThan(0.01)
    expect(backgroundShare('ＰＭ２．５')).toBe(backgroundShare('pm2.5'))
  })
})
