import { describe, expect, it } from 'vitest'
import { diversify, DIVERSITY_PENALTY } from '../../../src/core/align/diversify'

/** Candidates 0..3: 0 and 1 are near-copies (one topic), 2 and 3 treat other topics. */
const SIMILAR: Record<string, number> = { '0|1': 0.9, '0|2': 0.1, '0|3': 0.05, '1|2': 0.1, '1|3': 0.05, '2|3': 0.1 }
const similarity = (x: number, y: number): number => (x === y ? 1 : (SIMILAR[`${Math.min(x, y)}|${Math.max(x, y)}`] ?? 0))
const list = [
  { entry: 0, score: 1.0 },
  { entry: 1, score: 0.95 },
  { entry: 2, score: 0.9 },
  { entry: 3, score: 0.5 },
]

describe('diversify', () => {
  it.each([
    ['an empty list', [], 3, []],
    ['one candidate', [{ entry: 7, score: 0.4 }], 3, [7]],
    ['top 1 (no diversity to add)', list, 1, [0]],
  ])('handles %s', (_name, input, top, entries) => {
    expect(diversify(input, top, similarity).map((c) => c.entry)).toEqual(entries)
  })

  it('keeps rank 1 and moves a near-copy of it below a candidate on another topic', () => {
    const out = diversify(list, 3, similarity)
    expect(out.map((c) => c.entry)).toEqual([0, 2, 1])
    expect(out[0].score).toBe(1.0)
    expect(out[1].score).toBeCloseTo(0.9 - DIVERSITY_PENALTY * 0.1)
  })

  it('returns scores that never increase with rank, at most `top` of them', () => {
    for (const top of [2, 3, 4, 9]) {
      const out = diversify(list, top, similarity)
      expect(out.length).toBe(Math.min(top, list.length))
      for (let i = 1; i < out.length; i++) expect(out[i].score).toBeLessThanOrEqual(out[i - 1].score)
    }
  })

  it('leaves the order alone when no penalty applies', () => {
    expect(diversify(list, 4, similarity, 0).map((c) => c.entry)).toEqual([0, 1, 2, 3])
  })
})
