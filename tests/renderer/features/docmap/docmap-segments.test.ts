// The document map's segments (widths as shares of the text, main theme, first words) and legend.
import { describe, expect, it } from 'vitest'
import type { ClassifiedPassage } from '../../../../src/core/themes'
import { mapSegments, usedThemes } from '../../../../src/renderer/features/docmap/docmap-segments'

function passage(id: string, start: number, end: number, themes: string[]): ClassifiedPassage {
  return { id, start, end, kind: 'paragraph', headings: [], themes, subthemes: [], evidence: [] }
}

describe('mapSegments', () => {
  const text = '一二三四五\n六七八九十'
  const segments = mapSegments(text, [passage('p0', 0, 5, ['safety', 'governance']), passage('p1', 6, 11, [])])
  it('places segments by offset as percentages of the text', () => {
    expect(segments.map((s) => [s.left.toFixed(2), s.width.toFixed(2)])).toEqual([
      ['0.00', '45.45'],
      ['54.55', '45.45'],
    ])
  })
  it('takes the first assigned theme as the main one, none as empty', () => {
    expect(segments.map((s) => s.themeId)).toEqual(['safety', ''])
  })
  it('shows the first words with whitespace collapsed', () => {
    expect(mapSegments('  甲\n\n乙丙', [passage('p0', 0, 7, [])])[0]!.words).toBe('甲 乙丙')
  })
  it('gives nothing for an empty text or no passages', () => {
    expect(mapSegments('', [passage('p0', 0, 0, [])])).toEqual([])
    expect(mapSegments('abc', [])).toEqual([])
  })
  it('lists used themes in codebook order for the legend', () => {
    expect(usedThemes(['governance', 'safety', 'urban'], [segments, []])).toEqual(['safety'])
    expect(usedThemes([], [])).toEqual([])
  })
})
