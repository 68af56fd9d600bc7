// Merging annotations into REFI-QDA selections: one selection per span, each code once, notes joined
// (QualCoder keeps only the first coding of a code on a span, so a second selection loses its note).
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../src/core/anchoring/types'
import { mergeSelections } from '../../../src/core/export'
import { annotationRow } from '../../fixtures/annotated-library'

function row(id: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return annotationRow(id, 'd', {
    textHash: 'h',
    quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end },
    ...extra,
  })
}

const ALL = { themes: true, tags: true }

describe('mergeSelections', () => {
  it('merges two annotations on one span with one code into one selection, both notes kept', () => {
    const merged = mergeSelections(
      [
        row('b', 10, 20, {
          themes: ['safety'],
          note: 'second thought',
          created: '2026-01-02T00:00:00.000Z',
          updated: '2026-01-05T00:00:00.000Z',
        }),
        row('a', 10, 20, { themes: ['safety'], note: 'first thought' }),
      ],
      100,
      ALL,
    )
    expect(merged).toEqual([
      {
        id: 'a',
        start: 10,
        end: 20,
        quote: 'x'.repeat(10),
        codes: ['theme:safety'],
        note: 'first thought\n\nsecond thought',
        created: '2026-01-01T00:00:00.000Z',
        updated: '2026-01-05T00:00:00.000Z',
      },
    ])
  })

  it('takes the union of codes (themes then tags, each once) and drops empty and repeated notes', () => {
    const [sel] = mergeSelections(
      [
        row('a', 0, 5, { themes: ['safety'], tags: ['t'], note: ' same ' }),
        row('b', 0, 5, { themes: ['ecology', 'safety'], tags: ['t'], note: 'same' }),
        row('c', 0, 5),
      ],
      10,
      ALL,
    )
    expect(sel?.codes).toEqual(['theme:safety', 'tag:t', 'theme:ecology'])
    expect(sel?.note).toBe('same')
  })

  it('keeps different spans apart, in text order, even when they overlap', () => {
    const merged = mergeSelections(
      [row('a', 5, 9, { themes: ['s'] }), row('b', 0, 6, { themes: ['s'] }), row('c', 0, 5, { themes: ['s'] })],
      10,
      ALL,
    )
    expect(merged.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [0, 6],
      [5, 9],
    ])
  })

  it('leaves out orphans, empty spans and spans past the text', () => {
    const merged = mergeSelections([row('a', 0, 5, { anchorStatus: 'orphan' }), row('b', 3, 3), row('c', 8, 12), row('d', 1, 2)], 10, ALL)
    expect(merged.map((s) => s.id)).toEqual(['d'])
  })

  it('honours which codes are included', () => {
    const [sel] = mergeSelections([row('a', 0, 5, { themes: ['s'], tags: ['t'] })], 10, { themes: false, tags: true })
    expect(sel?.codes).toEqual(['tag:t'])
  })

  it('gives nothing for no annotations', () => {
    expect(mergeSelections([], 0, ALL)).toEqual([])
  })
})
