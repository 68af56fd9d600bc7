// The theme form's term list: one term per line with an optional weight, round-tripping the codebook.
import { describe, expect, it } from 'vitest'
import { builtinCodebook } from '../../../../src/core/themes'
import { fromTermsText, fromThemeFields, toTermsText, toThemeFields } from '../../../../src/renderer/features/codebook/codebook-form'

describe('fromTermsText', () => {
  it.each([
    ['', []],
    ['   \n\n  ', []],
    [
      '扫黑除恶 3\n平安建设',
      [
        { term: '扫黑除恶', weight: 3 },
        { term: '平安建设', weight: 1 },
      ],
    ],
    [
      '网格化，枫桥经验、调解',
      [
        { term: '网格化', weight: 1 },
        { term: '枫桥经验', weight: 1 },
        { term: '调解', weight: 1 },
      ],
    ],
    [
      'PM2.5 2\nPM10',
      [
        { term: 'PM2.5', weight: 2 },
        { term: 'PM10', weight: 1 },
      ],
    ],
    ['消防 2\n消防 3', [{ term: '消防', weight: 2 }]],
    ['营商环境 0', [{ term: '营商环境', weight: 0 }]],
    ['碳达峰 1.5', [{ term: '碳达峰', weight: 1.5 }]],
  ])('%j', (text, terms) => {
    expect(fromTermsText(text)).toEqual(terms)
  })

  it('round-trips every built-in theme', () => {
    for (const theme of builtinCodebook().themes) expect(fromTermsText(toTermsText(theme.terms))).toEqual(theme.terms)
  })
})

describe('theme fields', () => {
  it('fills a new theme with the default colour and reads labels trimmed', () => {
    expect(toThemeFields(undefined, '#123456')).toEqual({ labelZh: '', labelEn: '', color: '#123456', terms: '' })
    const theme = fromThemeFields({ labelZh: ' 住房 ', labelEn: 'Housing ', color: '#123456', terms: '保障性住房 3' })
    expect(theme).toEqual({ labelZh: '住房', labelEn: 'Housing', color: '#123456', terms: [{ term: '保障性住房', weight: 3 }] })
  })
})
