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
