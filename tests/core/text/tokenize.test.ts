import { describe, expect, it } from 'vitest'
import {
  bigramKey,
  bigramKeyOf,
  bigramKeys,
  bigramText,
  charBigrams,
  contentTerms,
  foldWord,
  segmentWords,
  termsOfTokens,
} from '../../../src/core/text/tokenize'

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

  it('turns each run of adjacent single characters into its bigrams, folding a trailing 化 of a run of three or more', () => {
    // Tokens as a segmenter gives them: text and offsets; a gap in offsets (punctuation) ends a run.
    const tokens = (...parts: [string, number][]) => parts.map(([t, start]) => ({ text: t, start, end: start + t.length }))
    expect(termsOfTokens(tokens(['甲', 0], ['乙', 1], ['丙', 2]))).toEqual(['甲乙', '乙丙'])
    expect(termsOfTokens(tokens(['网', 0], ['格', 1], ['化', 2], ['管理', 3]))).toEqual(['网格', '管理'])
    expect(termsOfTokens(tokens(['美', 0], ['化', 1]))).toEqual(['美化'])
    expect(termsOfTokens(tokens(['甲', 0], ['乙', 2], ['丙', 3], ['12', 4], ['丁', 6], ['戊', 7]))).toEqual(['乙丙', '丁戊'])
    // The same pair twice gives equal terms (counted as one word).
    expect(termsOfTokens(tokens(['枫', 0], ['桥', 1], ['枫', 3], ['桥', 4]))).toEqual(['枫桥', '枫桥'])
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

describe('bigramKeys', () => {
  it('gives the bigrams charBigrams gives, as keys that turn back into the same text', () => {
    const text = '推进枫桥经验，ＰＭ２．５浓度下降。經濟发展5G网络2023年pm2.5..治理'
    const keys = bigramKeys(text)
    expect(keys.map(bigramText)).toEqual(charBigrams(text))
    expect(keys.map((k) => bigramKeyOf(bigramText(k)))).toEqual(keys)
    // Two Han characters make a number, an ASCII word stays itself.
    expect(keys.filter((k) => typeof k === 'string')).toEqual(['pm2.5', '5g', 'pm2.5'])
  })

  it('keys every pair of Han characters (extension A to the end of the basic block) distinctly, as small integers', () => {
    const edges = [0x3400, 0x3401, 0x4dbf, 0x4e00, 0x4e01, 0x9ffe, 0x9fff]
    const seen = new Set<number>()
    for (const a of edges)
      for (const b of edges) {
        const key = bigramKey(a, b)
        expect(Number.isInteger(key) && key >= 0 && key < 2 ** 30).toBe(true)
        expect(bigramText(key)).toBe(String.fromCharCode(a, b))
        seen.add(key)
      }
    expect(seen.size).toBe(edges.length ** 2)
  })

  it('breaks bigrams at characters outside the BMP (surrogate pairs), as charBigrams does', () => {
    // 𠀀 (U+20000, extension B) and an emoji are surrogate pairs: not Han units, so no bigram spans them.
    const text = '河长𠀀巡河😀水质'
    expect(bigramKeys(text).map(bigramText)).toEqual(['河长', '巡河', '水质'])
    expect(charBigrams(text)).toEqual(['河长', '巡河', '水质'])
  })

  it('keeps text that is not two Han characters as itself', () => {
    expect(bigramKeyOf('5g')).toBe('5g')
    expect(bigramKeyOf('pm2.5')).toBe('pm2.5')
    expect(bigramKeyOf('河')).toBe('河')
    expect(bigramKeyOf('河a')).toBe('河a')
    expect(typeof bigramKeyOf('河长')).toBe('number')
  })

  it('appends to the list it is given and reads only the range asked', () => {
    const text = '甲乙丙丁'
    const out = bigramKeys(text, 0, 2)
    expect(bigramKeys(text, 2, 4, out).map(bigramText)).toEqual(['甲乙', '丙丁'])
  })
})
