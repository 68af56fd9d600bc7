import { describe, expect, it } from 'vitest'
import { builtinCodebook, fromCodebookJson, toCodebookJson, validateCodebook } from '../../../src/core/themes'

const theme = (over: Record<string, unknown> = {}) => ({
  id: 'safety',
  labelZh: '公共安全',
  labelEn: 'Public safety',
  color: '#d9485f',
  terms: [{ term: '安全生产', weight: 3 }],
  ...over,
})

describe('validateCodebook', () => {
  it('accepts the built-in codebook and round-trips it through JSON', () => {
    const book = builtinCodebook()
    expect(validateCodebook(book)).toEqual({ ok: true, value: book })
    expect(fromCodebookJson(toCodebookJson(book))).toEqual({ ok: true, value: book })
  })

  it.each([
    ['empty codebook', { version: 1, themes: [] }, 'EMPTY_CODEBOOK'],
    ['theme without terms', { themes: [theme({ terms: [] })] }, 'NO_TERMS'],
    ['theme with terms missing', { themes: [theme({ terms: undefined })] }, 'NO_TERMS'],
    ['duplicate ids', { themes: [theme(), theme()] }, 'DUPLICATE_ID'],
    ['bad colour', { themes: [theme({ color: 'red' })] }, 'BAD_COLOR'],
    ['colour with junk', { themes: [theme({ color: '#12345g' })] }, 'BAD_COLOR'],
    ['blank term', { themes: [theme({ terms: [{ term: '  ', weight: 1 }] })] }, 'BAD_TERM'],
    ['negative weight', { themes: [theme({ terms: [{ term: '安全', weight: -1 }] })] }, 'BAD_TERM'],
    ['only excluded phrases', { themes: [theme({ terms: [{ term: '粮食安全', weight: 0 }] })] }, 'NO_TERMS'],
    ['bad id', { themes: [theme({ id: 'Public Safety' })] }, 'BAD_SHAPE'],
    ['no labels', { themes: [theme({ labelZh: '', labelEn: '' })] }, 'BAD_SHAPE'],
    ['not an object', 'safety', 'BAD_SHAPE'],
    ['null', null, 'BAD_SHAPE'],
    ['themes not an array', { themes: {} }, 'BAD_SHAPE'],
    ['unknown version', { version: 3, themes: [theme()] }, 'BAD_SHAPE'],
  ])('rejects %s', (_name, raw, code) => {
    const r = validateCodebook(raw)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe(code)
      expect(r.error.message.length).toBeGreaterThan(5)
    }
  })

  it('names the offending theme', () => {
    const r = validateCodebook({ themes: [theme(), theme({ id: 'ecology', terms: [] })] })
    expect(!r.ok && r.error.message).toContain('ecology')
  })

  it('accepts an excluded phrase (weight 0) beside real terms', () => {
    const r = validateCodebook({
      themes: [
        theme({
          terms: [
            { term: '安全', weight: 2 },
            { term: '粮食安全', weight: 0 },
          ],
        }),
      ],
    })
    expect(r.ok && r.value.themes[0].terms.map((t) => t.weight)).toEqual([2, 0])
  })

  it('defaults a missing weight to 1', () => {
    const r = validateCodebook({ themes: [theme({ terms: [{ term: '安全' }] })] })
    expect(r.ok && r.value.themes[0].terms[0].weight).toBe(1)
  })

  it('reports broken JSON as BAD_JSON', () => {
    const r = fromCodebookJson('{"themes": [')
    expect(!r.ok && r.error.code).toBe('BAD_JSON')
  })
})
