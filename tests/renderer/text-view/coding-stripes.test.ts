// Coding stripes' layout: a lane per theme in codebook order, stripes from the y of an annotation's
// start to the y of its end over measured paragraph boxes, never shorter than MIN_STRIPE_PX.
import { describe, expect, it } from 'vitest'
import { layoutStripes, MIN_STRIPE_PX, offsetToY, type BlockBox } from '../../../src/renderer/text-view'

// Two paragraphs: text 0–100 drawn 0–40 px, text 102–202 drawn 50–90 px (a blank line between).
const BOXES: BlockBox[] = [
  { start: 0, end: 100, top: 0, height: 40 },
  { start: 102, end: 202, top: 50, height: 40 },
]
const src = (id: string, start: number, end: number, themes: string[], note = '') => ({ id, start, end, themes, note })

describe('offsetToY', () => {
  it.each([
    ['a block start', 0, 0],
    ['inside a block, linearly', 50, 20],
    ['the gap between blocks: the next block top', 101, 50],
    ['the second block middle', 152, 70],
    ['past the last block: its bottom', 500, 90],
    ['before the first block', -3, 0],
  ])('maps %s', (_name, offset, y) => {
    expect(offsetToY(BOXES, offset)).toBe(y)
  })
  it('gives nothing without boxes', () => {
    expect(offsetToY([], 5)).toBeUndefined()
  })
})

describe('layoutStripes', () => {
  it('gives each theme in use one lane, in codebook order, unknown codes last', () => {
    const { lanes } = layoutStripes(
      [src('a', 0, 10, ['zzz', 'governance']), src('b', 20, 30, ['safety'])],
      ['safety', 'ecology', 'governance'],
      BOXES,
    )
    expect(lanes).toEqual(['safety', 'governance', 'zzz'])
  })

  it('draws one stripe per theme covering the range, across paragraphs', () => {
    const { stripes } = layoutStripes([src('a', 50, 152, ['safety', 'governance'], 'n')], ['safety', 'governance'], BOXES)
    expect(stripes).toEqual([
      { annotationId: 'a', themeId: 'safety', lane: 0, top: 20, height: 50, note: 'n' },
      { annotationId: 'a', themeId: 'governance', lane: 1, top: 20, height: 50, note: 'n' },
    ])
  })

  it('keeps a one-character range visible, and overlapping ranges of one theme in the same lane', () => {
    const { stripes } = layoutStripes([src('a', 10, 11, ['safety']), src('b', 5, 60, ['safety'])], ['safety'], BOXES)
    expect(stripes.map((s) => [s.annotationId, s.lane, s.height])).toEqual([
      ['a', 0, MIN_STRIPE_PX],
      ['b', 0, 22],
    ])
  })

  it('leaves out ranges without themes or length, and everything without boxes', () => {
    expect(layoutStripes([src('a', 0, 10, []), src('b', 5, 5, ['safety'])], ['safety'], BOXES)).toEqual({ lanes: [], stripes: [] })
    expect(layoutStripes([src('a', 0, 10, ['safety'])], ['safety'], []).stripes).toEqual([])
  })
})
