// The align command writes millions of matches with its own writer; each must be exactly what
// JSON.stringify writes for the match.
import { describe, expect, it } from 'vitest'
import { matchJson } from '../../../src/cli/runtime/match-json'
import type { PassageMatch } from '../../../src/core/align/align-passages'

describe('matchJson', () => {
  it('writes each match as JSON.stringify does, whatever the score or passage id', () => {
    const json = matchJson()
    const from = { doc: 0, passage: 'p1' }
    const scores = [0, 1, 0.0001, 0.1234, 0.5, 0.9999, 0.12345, 1 / 3, -0, -0.25, 1.5, 12, 1e-7, NaN, Infinity, -Infinity]
    const ids = ['p2', 'p"3', 'p\\4', '第五段', 'p\n6', '\u2028']
    const matches: PassageMatch[] = scores.flatMap((score, i) =>
      ids.map((passage, j) => ({
        from: i % 2 ? from : { doc: 3, passage: ids[i % ids.length] },
        to: { doc: j, passage },
        rank: 1 + (j % 3),
        score,
      })),
    )
    // Twice, so the second pass reads the kept pieces.
    for (const m of [...matches, ...matches]) expect(json(m)).toBe(JSON.stringify(m))
  })
})
