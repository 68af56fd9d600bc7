// The flat candidate table every alignment step rewrites: slots found by document, sorted best first.
import { describe, expect, it } from 'vitest'
import { bestIn, candidatesOf, candidateTable, slotOf, sortSlot } from '../../../src/core/align/candidate-table'

const table = () =>
  candidateTable([
    new Map([
      [
        3,
        [
          { entry: 7, score: 0.2 },
          { entry: 5, score: 0.6 },
          { entry: 4, score: 0.6 },
        ],
      ],
      [1, [{ entry: 2, score: 0.9 }]],
    ]),
    new Map(),
    new Map([[0, [{ entry: 0, score: 0.4 }]]]),
  ])

describe('candidate table', () => {
  it('keeps each query its slots in document order and finds them', () => {
    const t = table()
    expect([...candidatesOf(t, 0).keys()]).toEqual([1, 3])
    expect(slotOf(t, 0, 3)).toBe(1)
    expect(slotOf(t, 0, 2)).toBe(-1)
    expect(slotOf(t, 1, 0)).toBe(-1)
    expect(bestIn(t, 2, 0)).toBe(0)
    expect(bestIn(t, 1, 0)).toBe(-1)
  })

  it('sorts a slot by descending score, equal scores by entry, moving every part with its candidate', () => {
    const t = table()
    const s = slotOf(t, 0, 3)
    t.support.set([0.07, 0.05, 0.04], t.slotStart[s])
    sortSlot(t, s)
    expect(
      candidatesOf(t, 0)
        .get(3)!
        .map((c) => c.entry),
    ).toEqual([4, 5, 7])
    expect([...t.support.subarray(t.slotStart[s], t.slotStart[s] + 3)]).toEqual([0.04, 0.05, 0.07])
  })
})
