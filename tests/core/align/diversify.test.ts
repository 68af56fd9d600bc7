import { describe, expect, it } from 'vitest'
import { diversify, DIVERSITY_PENALTY } from '../../../src/core/align/diversify'
import { passageSimilarity } from '../../../src/core/align/align-passages'
import { dot, type SparseVector } from '../../../src/core/align/passage-vectors'

/** Candidates 0..3: 0 and 1 are near-copies (one topic), 2 and 3 treat other topics. */
const SIMILAR: Record<string, number> = { '0|1': 0.9, '0|2': 0.1, '0|3': 0.05, '1|2': 0.1, '1|3': 0.05, '2|3': 0.1 }
const similarity = (x: number, y: number): number => (x === y ? 1 : (SIMILAR[`${Math.min(x, y)}|${Math.max(x, y)}`] ?? 0))
const scores = [1.0, 0.95, 0.9, 0.5]

/** The positions diversify chooses from the first `n` scores. */
const chosen = (s: number[], top: number, sim = similarity, penalty = DIVERSITY_PENALTY): number[] => {
  const order = new Int32Array(s.length)
  return [...order.subarray(0, diversify(s, s.length, top, sim, order, penalty))]
}

/** Maximal marginal relevance as first written: every similarity computed, the best adjusted score taken each round. */
function reference(s: number[], top: number, sim: (i: number, j: number) => number): number[] {
  if (s.length <= 1 || top <= 1) return s.map((_, i) => i).slice(0, top)
  const out = [0]
  const rest = s.map((_, i) => i).slice(1)
  const nearest = rest.map((i) => sim(i, 0))
  while (out.length < top && rest.length > 0) {
    let best = 0
    let bestScore = -Infinity
    rest.forEach((c, i) => {
      const a = s[c] - DIVERSITY_PENALTY * nearest[i]
      if (a > bestScore) {
        bestScore = a
        best = i
      }
    })
    const pick = rest[best]
    out.push(pick)
    rest.splice(best, 1)
    nearest.splice(best, 1)
    rest.forEach((c, i) => (nearest[i] = Math.max(nearest[i], sim(c, pick))))
  }
  return out
}

/** A deterministic pseudo-random source in [0, 1). */
const random = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648

describe('diversify', () => {
  it.each([
    ['an empty list', [], 3, []],
    ['one candidate', [0.4], 3, [0]],
    ['top 1 (no diversity to add)', scores, 1, [0]],
  ])('handles %s', (_name, input, top, positions) => {
    expect(chosen(input, top)).toEqual(positions)
  })

  it('keeps rank 1 and moves a near-copy of it below a candidate on another topic', () => {
    expect(chosen(scores, 3)).toEqual([0, 2, 1])
  })

  it('returns at most `top` candidates, each once', () => {
    for (const top of [2, 3, 4, 9]) {
      const out = chosen(scores, top)
      expect(out.length).toBe(Math.min(top, scores.length))
      expect(new Set(out).size).toBe(out.length)
    }
  })

  it('leaves the order alone when no penalty applies', () => {
    expect(chosen(scores, 4, similarity, 0)).toEqual([0, 1, 2, 3])
  })

  it('chooses as plain maximal marginal relevance does, on lists of every length (ties included)', () => {
    const next = random(7)
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(next() * 12)
      const s = Array.from({ length: n }, () => Math.round(next() * 20) / 20).sort((a, b) => b - a)
      const table = Array.from({ length: n * n }, () => Math.round(next() * 10) / 10)
      const sim = (i: number, j: number): number => table[Math.min(i, j) * n + Math.max(i, j)]
      for (const top of [1, 2, 3, 5]) expect(chosen(s, top, sim)).toEqual(reference(s, top, sim))
    }
  })
})

describe('passageSimilarity', () => {
  it('gives the dot product of the two passage vectors to the bit, whatever the order of the calls', () => {
    const next = random(11)
    const vector = (): SparseVector => {
      const ids = [...new Set(Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * 60)))].sort((a, b) => a - b)
      return { ids: Int32Array.from(ids), weights: Float32Array.from(ids, () => next()) }
    }
    const vectors = Array.from({ length: 20 }, vector)
    const similarity = passageSimilarity(vectors, 60)
    for (let k = 0; k < 400; k++) {
      const x = Math.floor(next() * 20)
      const y = Math.floor(next() * 20)
      expect(similarity(x, y)).toBe(dot(vectors[x], vectors[y]))
    }
  })
})
