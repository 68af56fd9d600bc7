import { describe, expect, it } from 'vitest'
import { estimateParagraphHeight, groupByParagraph, paragraphAt } from '../../../src/renderer/text-view/paragraph-index'

// Three paragraphs with blank lines between them: [0,10) [12,20) [22,30).
const SPANS = [
  { start: 0, end: 10 },
  { start: 12, end: 20 },
  { start: 22, end: 30 },
]

describe('paragraphAt', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, 1], // in the gap: the next paragraph
    [11, 1],
    [12, 1],
    [19, 1],
    [29, 2],
    [30, 2], // past the end: the last
    [500, 2],
    [-5, 0],
  ])('offset %i is in paragraph %i', (offset, index) => {
    expect(paragraphAt(SPANS, offset)).toBe(index)
  })

  it('is -1 without paragraphs', () => {
    expect(paragraphAt([], 3)).toBe(-1)
  })

  it('agrees with a linear scan over a thousand paragraphs', () => {
    const spans = Array.from({ length: 1000 }, (_, i) => ({ start: i * 100, end: i * 100 + 98 }))
    for (const offset of [0, 97, 98, 99, 100, 54_321, 99_997, 99_999]) {
      const linear = spans.findIndex((s) => s.end > offset)
      expect(paragraphAt(spans, offset)).toBe(linear < 0 ? spans.length - 1 : linear)
    }
  })
})

describe('groupByParagraph', () => {
  it('lists each item under every paragraph it touches, in input order', () => {
    const items = [
      { id: 'across', start: 5, end: 25 },
      { id: 'inside', start: 13, end: 15 },
      { id: 'gap-only', start: 10, end: 12 },
      { id: 'empty', start: 14, end: 14 },
      { id: 'reversed', start: 18, end: 13 },
    ]
    const groups = groupByParagraph(SPANS, items).map((g) => g.map((i) => i.id))
    expect(groups).toEqual([['across'], ['across', 'inside'], ['across']])
  })

  it('gives empty groups without items, and nothing without paragraphs', () => {
    expect(groupByParagraph(SPANS, [])).toEqual([[], [], []])
    expect(groupByParagraph([], [{ start: 0, end: 4 }])).toEqual([])
  })
})

describe('estimateParagraphHeight', () => {
  const metrics = { widthPx: 640, charPx: 16, lineHeightPx: 30, gapPx: 12 }
  it('counts full lines of 40 characters plus the gap', () => {
    expect(estimateParagraphHeight(40, metrics)).toBe(42)
    expect(estimateParagraphHeight(41, metrics)).toBe(72)
    expect(estimateParagraphHeight(400, metrics)).toBe(312)
  })
  it('is one line for an empty paragraph or a column narrower than a character', () => {
    expect(estimateParagraphHeight(0, metrics)).toBe(42)
    expect(estimateParagraphHeight(3, { ...metrics, widthPx: 5 })).toBe(3 * 30 + 12)
  })
})
