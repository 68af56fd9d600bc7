import { describe, expect, it } from 'vitest'
import { foldText } from '../../../src/core/text/fold'

describe('foldText', () => {
  it.each([
    ['ＰＭ２．５', 'pm2.5'],
    ['PM2.5', 'pm2.5'],
    ['PM10和ＰＭ１０', 'pm10和pm10'],
    ['网格化', '网格化'],
    ['a\u3000b', 'a b'],
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
})
