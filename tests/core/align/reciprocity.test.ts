// Mutual best matches between two documents get a small bonus that re-orders close candidates only.
import { describe, expect, it } from 'vitest'
import type { CandidateLists } from '../../../src/core/align/corroborate'
import { reciprocate, RECIPROCITY_BONUS } from '../../../src/core/align/reciprocity'

// Entries 0 (document 0), 1 and 2 (document 1).
const docOf = [0, 1, 1]
const lists = (fromZero: [number, number][], oneBest: number, twoBest: number): CandidateLists => [
  new Map([[1, fromZero.map(([entry, score]) => ({ entry, score }))]]),
  new Map([[0, [{ entry: oneBest, score: 0.5 }]]]),
  new Map([[0, [{ entry: twoBest, score: 0.5 }]]]),
]

describe('reciprocate', () => {
  it('lets a close candidate that picks the query back overtake one that does not', () => {
    // Entry 1 scores a little higher, but only entry 2 has entry 0 as its own best match.
    const out = reciprocate(
      lists(
        [
          [1, 0.62],
          [2, 0.6],
        ],
        -1,
        0,
      ),
      docOf,
    )
    expect(out[0].get(1)).toEqual([
      { entry: 2, score: 0.6 * (1 + RECIPROCITY_BONUS), mutual: true },
      { entry: 1, score: 0.62, mutual: false },
    ])
  })

  it('leaves a clearly better candidate first', () => {
    const out = reciprocate(
      lists(
        [
          [1, 0.9],
          [2, 0.6],
        ],
        -1,
        0,
      ),
      docOf,
    )
    expect(out[0].get(1)!.map((c) => c.entry)).toEqual([1, 2])
  })

  it('changes nothing when no candidate is mutual, and does not modify its input', () => {
    const input = lists(
      [
        [1, 0.62],
        [2, 0.6],
      ],
      -1,
      -1,
    )
    const before = JSON.stringify([...input[0]])
    expect(reciprocate(input, docOf)[0].get(1)).toEqual([
      { entry: 1, score: 0.62, mutual: false },
      { entry: 2, score: 0.6, mutual: false },
    ])
    expect(JSON.stringify([...input[0]])).toBe(before)
  })

  it('returns an empty list set for no candidates', () => {
    expect(reciprocate([], [])).toEqual([])
    expect(reciprocate([new Map()], [0])).toEqual([new Map()])
  })
})
