import { describe, expect, it } from 'vitest'
import { combineEchoes } from '../../../src/core/trace'

const s = (start: number, end: number) => ({ start, end, refStart: start, refEnd: end })

describe('combineEchoes', () => {
  it('keeps the earlier reference where echoes overlap and every echo elsewhere, sorted', () => {
    const combined = combineEchoes([
      { referenceId: 'national', spans: [s(50, 80), s(0, 20)] },
      { referenceId: 'province', spans: [s(10, 30), s(30, 45), s(79, 90)] },
    ])
    expect(combined.map((e) => [e.start, e.referenceId])).toEqual([
      [0, 'national'],
      [30, 'province'],
      [50, 'national'],
    ])
  })

  it('takes no references and references without echoes', () => {
    expect(combineEchoes([])).toEqual([])
    expect(combineEchoes([{ referenceId: 'a', spans: [] }])).toEqual([])
  })
})
