import { describe, expect, it } from 'vitest'
import {
  buildCandidateIndex,
  EXHAUSTIVE_LIMIT,
  MAX_POSTINGS_READ,
  postingCount,
  searchCandidates,
} from '../../../src/core/align/candidate-index'
import type { SparseVector } from '../../../src/core/align/passage-vectors'

const vec = (pairs: [number, number][]): SparseVector => ({
  ids: Int32Array.from(pairs, (p) => p[0]),
  weights: Float32Array.from(pairs, (p) => p[1]),
})

function found(index: ReturnType<typeof buildCandidateIndex>, query: SparseVector): Map<number, number> {
  const n = searchCandidates(index, query)
  return new Map(Array.from({ length: n }, (_, i) => [index.hits[i], index.hitScores[i]]))
}

describe('candidate index', () => {
  it('finds exact dot products over shared features in small corpora', () => {
    const vectors = [
      vec([
        [0, 0.6],
        [1, 0.8],
      ]),
      vec([
        [1, 0.5],
        [2, 0.5],
      ]),
      vec([[3, 1]]),
      vec([[0, 1]]),
    ]
    const index = buildCandidateIndex(vectors)
    expect(index.exhaustive).toBe(true)
    const hits = found(index, vectors[0])
    expect(hits.get(1)).toBeCloseTo(0.4)
    expect(hits.get(3)).toBeCloseTo(0.6)
    expect(hits.has(2)).toBe(false)
  })

  it('handles empty input and empty queries', () => {
    expect(searchCandidates(buildCandidateIndex([]), vec([]))).toBe(0)
    expect(searchCandidates(buildCandidateIndex([vec([[0, 1]]), vec([[0, 1]])]), vec([]))).toBe(0)
  })

  it('above the exhaustive limit keeps the heaviest postings of a long list', () => {
    // Feature 0 in every passage (too common to index); feature 1 in 150 of them, weights rising.
    const n = EXHAUSTIVE_LIMIT + 1_000
    const vectors = Array.from({ length: n }, (_, i) =>
      vec(
        i % 20 === 0
          ? [
              [0, 0.5],
              [1, i / n],
            ]
          : [[0, 0.5]],
      ),
    )
    const index = buildCandidateIndex(vectors)
    expect(index.exhaustive).toBe(false)
    expect(postingCount(index, 0)).toBe(0)
    expect(postingCount(index, 1)).toBe(MAX_POSTINGS_READ)
    const entries = index.entry.subarray(index.start[1], index.start[2])
    const weights = index.weight.subarray(index.start[1], index.start[2])
    const kept = new Set(entries)
    const dropped = vectors.flatMap((v, i) => (i % 20 === 0 && !kept.has(i) ? [v.weights[1]] : []))
    expect(dropped.length).toBe(150 - MAX_POSTINGS_READ)
    expect(Math.min(...weights)).toBeGreaterThanOrEqual(Math.max(...dropped))
  })

  it('above the exhaustive limit keeps exactly the postings a full sort picks, ties in entry order', () => {
    // Feature 1 in 300 passages with weights on a few levels (many ties at the cut-off).
    const n = EXHAUSTIVE_LIMIT * 4
    const weightOf = (i: number): number => ((i * 7919) % 5) / 5 + 0.1
    const vectors = Array.from({ length: n }, (_, i) => vec(i < 300 ? [[1, weightOf(i)]] : [[2 + i, 1]]))
    const index = buildCandidateIndex(vectors)
    const weights = Float32Array.from({ length: 300 }, (_, i) => weightOf(i))
    const cutoff = Float32Array.from(weights).sort()[300 - MAX_POSTINGS_READ]
    const above = [...weights.keys()].filter((i) => weights[i] > cutoff)
    const ties = [...weights.keys()].filter((i) => weights[i] === cutoff)
    const expected = [...above, ...ties].slice(0, MAX_POSTINGS_READ)
    expect(Array.from(index.entry.subarray(index.start[1], index.start[2]))).toEqual(expected)
  })

  it('reuses its buffers: a search does not disturb the next one', () => {
    const vectors = [
      vec([[0, 1]]),
      vec([
        [0, 1],
        [1, 1],
      ]),
      vec([[1, 1]]),
    ]
    const index = buildCandidateIndex(vectors)
    const first = found(index, vectors[0])
    found(index, vectors[2])
    expect(found(index, vectors[0])).toEqual(first)
  })
})
