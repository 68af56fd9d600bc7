import { describe, expect, it } from 'vitest'
import { BUILTIN_THEME_IDS, builtinCodebook, ENVIRONMENT_WORDS } from '../../../src/core/themes'

describe('builtinCodebook', () => {
  const book = builtinCodebook()

  it('has the twelve stable theme ids in order', () => {
    expect(book.themes.map((t) => t.id)).toEqual([...BUILTIN_THEME_IDS])
    expect(BUILTIN_THEME_IDS).toHaveLength(12)
  })

  it('gives every theme labels, a hex colour and terms without duplicates', () => {
    for (const t of book.themes) {
      expect(t.labelZh && t.labelEn).toBeTruthy()
      expect(t.color).toMatch(/^#[0-9a-f]{6}$/i)
      expect(t.terms.length).toBeGreaterThan(10)
      const terms = t.terms.map((x) => x.term)
      expect(new Set(terms).size, `duplicate term in ${t.id}`).toBe(terms.length)
    }
  })

  it('gives the themes colours a reader can tell apart (CIE76 ΔE of at least 25 between any two)', () => {
    const lab = (hex: string): number[] => {
      const lin = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      const [r, g, b] = lin as [number, number, number]
      const xyz = [
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
      ]
      const [x, y, z] = xyz.map((v) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116)) as [number, number, number]
      return [116 * y - 16, 500 * (x - y), 200 * (y - z)]
    }
    const themes = book.themes
    for (let i = 0; i < themes.length; i++) {
      for (let j = i + 1; j < themes.length; j++) {
        const d = Math.hypot(...lab(themes[i].color).map((v, k) => v - lab(themes[j].color)[k]))
        expect(d, `${themes[i].id} / ${themes[j].id}`).toBeGreaterThanOrEqual(25)
      }
    }
  })

  it('includes the whole environmental-attention word list in ecology', () => {
    const ecology = new Set(book.themes.find((t) => t.id === 'ecology')!.terms.map((t) => t.term))
    for (const w of ENVIRONMENT_WORDS) expect(ecology.has(w), w).toBe(true)
    expect(ENVIRONMENT_WORDS).toHaveLength(15)
  })

  it('returns a fresh copy each time', () => {
    const a = builtinCodebook()
    a.themes[0].terms[0].weight = 99
    expect(builtinCodebook().themes[0].terms[0].weight).not.toBe(99)
  })
})
