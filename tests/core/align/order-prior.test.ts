// Within a pair of documents that treat their topics in the same order, a candidate where that order
// puts it beats a slightly closer one elsewhere; pairs without a clear order are left alone.
import { describe, expect, it } from 'vitest'
import { candidatesOf, candidateTable, type Candidate } from '../../../src/core/align/candidate-table'
import { applyOrderPrior } from '../../../src/core/align/order-prior'

const N = 20
/**
 * Document 0: entries 0..N-1 and the query N·2; document 1: entries N..2N-1 and two candidates.
 * Anchor i of document 0 is the mutual best match of entry N + counterpart(i).
 */
function pair(
  counterpart: (i: number) => number,
  anchors = N,
): { lists: Map<number, Candidate[]>[]; docOf: Int32Array; position: Float64Array } {
  const query = 2 * N
  const near = query + 1 // in document 1 where the order puts the query (middle)
  const far = query + 2 // in document 1 near its start
  const docOf = new Int32Array(query + 3)
  const position = new Float64Array(query + 3)
  const lists: Map<number, Candidate[]>[] = Array.from({ length: query + 3 }, () => new Map())
  for (let i = 0; i < N; i++) {
    docOf[N + i] = 1
    position[i] = (i + 0.5) / N
    position[N + i] = (i + 0.5) / N
  }
  for (let i = 0; i < anchors; i++) {
    const j = N + counterpart(i)
    lists[i].set(1, [{ entry: j, score: 0.8 }])
    lists[j].set(0, [{ entry: i, score: 0.8 }])
  }
  position[query] = 0.5
  docOf[near] = docOf[far] = 1
  position[near] = 0.5
  position[far] = 0.05
  lists[query].set(1, [
    { entry: far, score: 0.52 },
    { entry: near, score: 0.5 },
  ])
  return { lists, docOf, position }
}

const firstOfQuery = (p: ReturnType<typeof pair>): number =>
  candidatesOf(applyOrderPrior(candidateTable(p.lists), p.docOf, p.position), 2 * N).get(1)![0].entry

describe('applyOrderPrior', () => {
  it('prefers the candidate where the pair keeps its order', () => {
    expect(firstOfQuery(pair((i) => i))).toBe(2 * N + 1)
  })

  it('leaves a pair whose anchors keep no order as it was', () => {
    // Counterparts scattered over the other document (rank correlation about zero).
    expect(firstOfQuery(pair((i) => (i * 7) % N))).toBe(2 * N + 2)
  })

  it('leaves a pair with too few anchors to show an order as it was', () => {
    expect(firstOfQuery(pair((i) => i, 3))).toBe(2 * N + 2)
  })
})
