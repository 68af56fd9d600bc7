import { describe, expect, it } from 'vitest'
import { MIN_COMMON_CHARS, sharedWording } from '../../../src/core/align'

describe('sharedWording', () => {
  it('finds the shared phrase with offsets into each passage', () => {
    const a = '常态化推进扫黑除恶斗争，严厉打击违法犯罪。'
    const b = '常态化开展扫黑除恶斗争。'
    const w = sharedWording(a, b)
    const shared = w.common.find((c) => c.text.includes('扫黑除恶斗争'))!
    expect(shared).toBeDefined()
    expect(a.slice(shared.aStart, shared.aEnd)).toBe(shared.text)
    expect(b.slice(shared.bStart, shared.bEnd)).toBe(shared.text)
  })

  it('drops common runs shorter than the minimum', () => {
    const w = sharedWording('推进甲乙丙丁', '推进戊己庚辛')
    expect(w.common).toEqual([])
    expect(w.common.every((c) => c.text.length >= MIN_COMMON_CHARS)).toBe(true)
  })

  it('covers every character of each side exactly once', () => {
    const a = '发扬新时代“枫桥经验”，健全矛盾纠纷多元化解机制。\n深化“八五”普法。'
    const b = '坚持和发展新时代“枫桥经验”，完善矛盾纠纷多元排查化解机制。\n持续推动“八五”普法。'
    const w = sharedWording(a, b)
    const cover = (spans: { start: number; end: number }[], n: number) => spans.reduce((s, x) => s + x.end - x.start, 0) + n
    expect(
      cover(
        w.onlyA,
        w.common.reduce((s, c) => s + c.aEnd - c.aStart, 0),
      ),
    ).toBe(a.length - 1)
    expect(
      cover(
        w.onlyB,
        w.common.reduce((s, c) => s + c.bEnd - c.bStart, 0),
      ),
    ).toBe(b.length - 1)
  })

  it.each([
    ['', '', 0, 0],
    ['甲乙丙丁', '', 1, 0],
    ['', '甲乙丙丁', 0, 1],
  ])('handles empty input (%j, %j)', (a, b, onlyA, onlyB) => {
    const w = sharedWording(a, b)
    expect(w.common).toEqual([])
    expect(w.onlyA).toHaveLength(onlyA)
    expect(w.onlyB).toHaveLength(onlyB)
  })
})
