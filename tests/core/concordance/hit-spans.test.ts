// What "Code all hits" codes: the hit, its sentence or its passage, once per distinct span.
import { describe, expect, it } from 'vitest'
import { enclosingSpan, spansToCode } from '../../../src/core/concordance'

// 坚持和发展新时代枫桥经验。(0–13) 推进枫桥经验落地。(13–22) 网格化。(22–26)
const SENTENCES = [
  { start: 0, end: 13 },
  { start: 13, end: 22 },
  { start: 22, end: 26 },
]

describe('enclosingSpan', () => {
  it.each([
    { name: 'inside one span', start: 8, end: 12, want: { start: 0, end: 13 } },
    { name: 'across a span end', start: 11, end: 15, want: { start: 0, end: 22 } },
    { name: 'at a span start', start: 13, end: 15, want: { start: 13, end: 22 } },
    { name: 'outside every span', start: 30, end: 32, want: { start: 30, end: 32 } },
  ])('$name', ({ start, end, want }) => {
    expect(enclosingSpan(SENTENCES, start, end)).toEqual(want)
  })
  it('falls back to the hit for no spans', () => {
    expect(enclosingSpan([], 3, 5)).toEqual({ start: 3, end: 5 })
  })
})

describe('spansToCode', () => {
  const hits = [
    { docId: 'a', start: 8, end: 12 },
    { docId: 'a', start: 15, end: 19 },
    { docId: 'a', start: 8, end: 12 },
    { docId: 'b', start: 0, end: 0 },
  ]
  it.each([
    {
      scope: 'hit' as const,
      want: [
        { docId: 'a', start: 8, end: 12 },
        { docId: 'a', start: 15, end: 19 },
      ],
    },
    {
      scope: 'sentence' as const,
      want: [
        { docId: 'a', start: 0, end: 13 },
        { docId: 'a', start: 13, end: 22 },
      ],
    },
    { scope: 'passage' as const, want: [{ docId: 'a', start: 0, end: 22 }] },
  ])('codes each distinct $scope once and skips zero-length hits', ({ scope, want }) => {
    const units = scope === 'passage' ? [{ start: 0, end: 22 }] : SENTENCES
    expect(spansToCode(hits, scope, () => units)).toEqual(want)
  })
  it('gives nothing for no hits', () => {
    expect(spansToCode([], 'sentence', () => SENTENCES)).toEqual([])
  })
})
