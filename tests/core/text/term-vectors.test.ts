// Term vectors learned from co-occurrence (PPMI → truncated eigen-decomposition): on small constructed
// corpora, terms used in the same contexts become similar and terms of different topics do not.
import { describe, expect, it } from 'vitest'
import { learnTermVectors, termSimilarity } from '../../../src/core/text/term-vectors'
import { leadingEigenpairs } from '../../../src/core/text/symmetric-eigen'

/** Deterministic pseudo-random picks, so the corpus is the same on every run. */
function picker(seed: number): (n: number) => number {
  let x = seed
  // High bits: the low bits of this generator cycle with a short period.
  return (n) => ((x = (x * 1103515245 + 12345) % 2147483648) >>> 16) % n
}

/**
 * Two topics that never share a passage: water governance and public order. Within a topic the
 * passages mix its words at random, as reports do; 河长制 and 水环境 never appear together, so only
 * their shared neighbours can make them similar.
 */
function twoTopicCorpus(): string[][] {
  const pick = picker(7)
  const water = ['河长制', '巡河', '污水', '水质', '黑臭水体', '排污口']
  const order = ['扫黑除恶', '治安防控', '违法犯罪', '反诈', '禁毒', '警务']
  const units: string[][] = []
  for (let i = 0; i < 200; i++) {
    const words = i % 2 === 0 ? water : order
    const unit = Array.from({ length: 3 }, () => words[pick(words.length)])
    // Two words that each occur only with the others of their topic, never with each other.
    if (i % 4 === 0) unit.push('河长制')
    if (i % 4 === 2) unit.push('水环境')
    if (i % 4 === 1) unit.push('扫黑除恶')
    units.push(unit.filter((w) => !(w === '河长制' && unit.includes('水环境'))))
  }
  return units
}

describe('learnTermVectors', () => {
  const model = learnTermVectors(twoTopicCorpus(), { dims: 4, minCount: 3 })

  it('makes words of one topic similar even when they never co-occur', () => {
    expect(termSimilarity(model, '河长制', '水环境')).toBeGreaterThan(0.8)
    expect(termSimilarity(model, '扫黑除恶', '治安防控')).toBeGreaterThan(0.8)
  })

  it('keeps words of different topics apart', () => {
    expect(termSimilarity(model, '河长制', '扫黑除恶')).toBeLessThan(0.2)
    expect(termSimilarity(model, '水环境', '违法犯罪')).toBeLessThan(0.2)
  })

  it('returns unit vectors, and 0 for a word it has no vector for', () => {
    for (let r = 0; r < model.terms.length; r++) {
      const row = model.vectors.subarray(r * model.dims, (r + 1) * model.dims)
      expect(Math.hypot(...row)).toBeCloseTo(1, 5)
    }
    expect(termSimilarity(model, '河长制', '从未出现')).toBe(0)
  })

  it('leaves out words rarer than minCount and learns nothing from an empty corpus', () => {
    const m = learnTermVectors(
      [
        ['甲', '乙'],
        ['甲', '乙'],
        ['甲', '丙'],
      ],
      { minCount: 2, dims: 2 },
    )
    expect(m.terms.sort()).toEqual(['乙', '甲'])
    expect(learnTermVectors([]).terms).toEqual([])
  })
})

describe('leadingEigenpairs', () => {
  it('finds the largest eigenvalues of a symmetric matrix', () => {
    // diag(5, 3, 1) rotated is still symmetric with those eigenvalues; the diagonal form suffices here.
    const m = { n: 3, rows: Int32Array.from([0, 1, 2]), cols: Int32Array.from([0, 1, 2]), values: Float64Array.from([5, 3, 1]) }
    const { values, vectors } = leadingEigenpairs(m, 2, 10, 1)
    expect(values[0]).toBeCloseTo(5, 6)
    expect(values[1]).toBeCloseTo(3, 6)
    expect(Math.abs(vectors[0 * 2 + 0])).toBeCloseTo(1, 6)
  })
})
