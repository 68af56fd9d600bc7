import { describe, expect, it } from 'vitest'
import { findOccurrences } from '../../../src/core/text/find-occurrences'

describe('findOccurrences', () => {
  it.each([
    [
      'every occurrence in order',
      '安全生产，安全发展，守牢安全底线',
      '安全',
      [
        [0, 2],
        [5, 7],
        [12, 14],
      ],
    ],
    [
      'no overlapping matches',
      '哈哈哈哈',
      '哈哈',
      [
        [0, 2],
        [2, 4],
      ],
    ],
    [
      'case and full-width ASCII fold, offsets of the text',
      'ＧＤＰ增长，gdp总量',
      'GDP',
      [
        [0, 3],
        [6, 9],
      ],
    ],
    ['nothing found', '生态环境', '治安', []],
    ['empty query', '生态环境', '', []],
    ['whitespace query', '生态 环境', '  ', []],
    ['empty text', '', '安全', []],
  ])('%s', (_name, text, query, expected) => {
    expect(findOccurrences(text, query).map((s) => [s.start, s.end])).toEqual(expected)
  })

  it('stops at the limit', () => {
    expect(findOccurrences('的'.repeat(100), '的', 7)).toHaveLength(7)
  })

  it('the matched text is the query (folded) at each offset', () => {
    const text = '推进河湖长制。河湖长制全面推行，河湖长巡河。'
    for (const span of findOccurrences(text, '河湖长制')) expect(text.slice(span.start, span.end)).toBe('河湖长制')
  })
})
