import { describe, expect, it } from 'vitest'
import { charBigrams, contentTerms, foldWord, segmentWords, termsOfTokens } from '../../../src/core/text/tokenize'

describe('foldWord', () => {
  it.each([
    ['网格化', '网格'],
    ['常态化', '常态'],
    ['网格', '网格'],
    ['化', '化'],
    ['', ''],
  ])('%j → %j', (word, folded) => expect(foldWord(word)).toBe(folded))
})

describe('contentTerms', () => {
  it('folds 网格化 and 网格 to the same terms', () => {
    expect(contentTerms('网格化')).toEqual(contentTerms('网格'))
    expect(contentTerms('网格')).toContain('网格')
  })

  it('folds width and case: PM2.5 = ＰＭ２．５ = pm2.5', () => {
    expect(contentTerms('统筹PM2.5治理')).toEqual(contentTerms('统筹ＰＭ２．５治理'))
    expect(contentTerms('统筹pm2.5治理')).toEqual(contentTerms('统筹PM2.5治理'))
  })

  it('drops pure numbers and punctuation', () => {
    const terms = contentTerms('新建污水管道1.25公里，完成2300余次。')
    expect(terms.some((t) => /^[\d.]+$/.test(t))).toBe(false)
    expect(terms.some((t) => /[，。]/.test(t))).toBe(false)
  })

  it.each([[''], ['。，；'], ['   ']])('gives no terms for %j', (text) => expect(contentTerms(text)).toEqual([]))

  it('handles a long line without punctuation by chunking', () => {
    const long = '推进基层治理'.repeat(200)
    expect(contentTerms(long).length).toBeGreaterThan(100)
  })
})

describe('termsOfTokens', () => {
  const text = '坚持和发展新时代枫桥经验，推进网格化管理。统筹PM2.5和臭氧协同治理。'
  it('gives the terms of contentTerms from already segmented words, also for a slice of them', () => {
    const tokens = segmentWords(text)
    expect(termsOfTokens(tokens)).toEqual(contentTerms(text))
    const cut = tokens.findIndex((t) => t.start > text.indexOf('。'))
    expect([...termsOfTokens(tokens, 0, cut), ...termsOfTokens(tokens, cut)]).toEqual(contentTerms(text))
  })

  it('gives no terms for no tokens or an empty slice', () => {
    expect(termsOfTokens([])).toEqual([])
    expect(termsOfTokens(segmentWords(text), 3, 3)).toEqual([])
  })
})

describe('segmentWords', () => {
  it('returns offsets that slice back to the (folded) word', () => {
    const text = '一、总体要求\n加快推动综合网格改革，提升ＰＭ２．５治理水平。'
    for (const t of segmentWords(text)) expect(text.slice(t.start, t.end).length).toBe(t.text.length)
    const pm = segmentWords(text).find((t) => t.text.startsWith('pm'))
    expect(pm && text.slice(pm.start, pm.end)).toBe('ＰＭ２．５')
  })
})

describe('charBigrams', () => {
  it.each([
    ['枫桥经验', ['枫桥', '桥经', '经验']],
    ['平安，稳定', ['平安', '稳定']],
    ['PM2.5浓度', ['pm2.5', '浓度']],
    ['2023年', []],
    ['', []],
  ])('%j → %j', (text, bigrams) => expect(charBigrams(text)).toEqual(bigrams))
})
