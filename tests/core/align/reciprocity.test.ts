// Mutual best matches between two documents get a small bonus that re-orders close candidates only.
import { describe, expect, it } from 'vitest'
import { candidatesOf, candidateTable, type CandidateTable } from '../../../src/core/align/candidate-table'
import { reciprocate, RECIPROCITY_BONUS } from '../../../src/core/align/reciprocity'

// Entries 0 (document 0), 1 and 2 (document 1).
const docOf = [0, 1, 1]
const lists = (fromZero: [number, number][], oneBest: number, twoBest: number): CandidateTable =>
  candidateTable([
    new Map([[1, fromZero.map(([entry, score]) => ({ entry, score }))]]),
    new Map(oneBest >= 0 ? [[0, [{ entry: oneBest, score: 0.5 }]]] : []),
    new Map(twoBest >= 0 ? [[0, [{ entry: twoBest, score: 0.5 }]]] : []),
  ])
/** Query 0's candidates in document 1, with whether each was found mutual. */
const fromZero = (t: CandidateTable) =>
  candidatesOf(t, 0)
    .get(1)!
    .map((c, i) => ({ ...c, mutual: t.mutual[t.slotStart[0] + i] === 1 }))

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
    expect(fromZero(out)).toEqual([
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
    expect(fromZero(out).map((c) => c.entry)).toEqual([1, 2])
  })

  it('changes nothing when no candidate is mutual', () => {
    const input = lists(
      [
        [1, 0.62],
        [2, 0.6],
      ],
      -1,
      -1,
    )
    expect(fromZero(reciprocate(input, docOf))).toEqual([
      { entry: 1, score: 0.62, mutual: false },
      { entry: 2, score: 0.6, mutual: false },
    ])
  })

  it('reads whether a match is mutual from the lists as they were, not as re-ranked meanwhile', () => {
    // Entry 1's best in document 0 is entry 3 until entry 1's list is re-ranked (entry 0 is its mutual
    // match); query 3, after it, must still see entry 1 as mutual.
    const t = candidateTable([
      new Map([[1, [{ entry: 1, score: 0.9 }]]]),
      new Map([
        [
          0,
          [
            { entry: 3, score: 0.5 },
            { entry: 0, score: 0.49 },
          ],
        ],
      ]),
      new Map(),
      new Map([
        [
          1,
          [
            { entry: 2, score: 0.6 },
            { entry: 1, score: 0.5 },
          ],
        ],
      ]),
    ])
    reciprocate(t, [0, 1, 1, 0])
    expect(
      candidatesOf(t, 1)
        .get(0)!
        .map((c) => c.entry),
    ).toEqual([0, 3])
    const fromThree = candidatesOf(t, 3).get(1)!
    expect(fromThree.map((c) => c.entry)).toEqual([2, 1])
    expect(fromThree[1].score).toBeCloseTo(0.5 * (1 + RECIPROCITY_BONUS))
  })

  it('handles a table without candidates', () => {
    expect(candidatesOf(reciprocate(candidateTable([new Map()]), [0]), 0)).toEqual(new Map())
  })
})
