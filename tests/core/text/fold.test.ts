import { describe, expect, it } from 'vitest'
import { foldText } from '../../../src/core/text/fold'

describe('foldText', () => {
  it.each([
    ['ＰＭ２．５', 'pm2.5'],
    ['PM2.5', 'pm2.5'],
    ['PM10和ＰＭ１０', 'pm10和pm10'],
    ['网格化', '网格化'],
    ['a\u3000b', 'a b'],
    ['我們國家經濟發展', '我们国家经济发展'],
    ['加強安全生產監督管理', '加强安全生产监督管理'],
    ['', ''],
  ])('folds %j to %j with the same length', (input, expected) => {
    const folded = foldText(input)
    expect(folded).toBe(expected)
    expect(folded.length).toBe(input.length)
  })

  it('keeps offsets: a match in the folded text slices the original', () => {
    const text = '统筹ＰＭ２．５和臭氧协同治理'
    const at = foldText(text).indexOf('pm2.5')
    expect(text.slice(at, at + 5)).toBe('ＰＭ２．５')
  })

  it('leaves characters that simplified Chinese uses in their own right (乾, 後, 於, 徵), so simplified text folds to itself', () => {
    for (const text of ['乾坤', '然後', '於是', '特徵', '显著', '坚持以人民为中心的发展思想']) expect(foldText(text)).toBe(text)
  })

  it('finds simplified terms in traditional text at the same offsets', () => {
    const text = '各地區要嚴格落實安全生產責任制'
    const at = foldText(text).indexOf('安全生产')
    expect(text.slice(at, at + 4)).toBe('安全生產')
  })
})
