import { describe, expect, it } from 'vitest'
import { chooseSyncTarget, passageAt } from '../../../src/core/compare'

const m = (passageId: string, start: number, score: number) => ({ passageId, start, end: start + 10, score })

describe('chooseSyncTarget', () => {
  it('goes to the best-scoring passage above the threshold', () => {
    expect(chooseSyncTarget([m('a', 0, 0.3), m('b', 100, 0.6), m('c', 200, 0.5)], 0.4)).toEqual({
      kind: 'passage',
      passageId: 'b',
      start: 100,
      end: 110,
      score: 0.6,
    })
  })

  it('stays put when nothing clears the threshold, reporting the best score seen', () => {
    expect(chooseSyncTarget([m('a', 0, 0.2), m('b', 100, 0.35)], 0.4)).toEqual({ kind: 'none', best: 0.35 })
  })

  it('a score equal to the threshold counts', () => {
    expect(chooseSyncTarget([m('a', 0, 0.4)], 0.4).kind).toBe('passage')
  })

  it('breaks a near-tie by nearness to where the column is', () => {
    const matches = [m('far', 5000, 0.501), m('near', 900, 0.5)]
    expect(chooseSyncTarget(matches, 0.3, 1000)).toMatchObject({ passageId: 'near' })
    expect(chooseSyncTarget(matches, 0.3, 5200)).toMatchObject({ passageId: 'far' })
  })

  it('a clearly better score wins over nearness', () => {
    expect(chooseSyncTarget([m('far', 5000, 0.7), m('near', 900, 0.5)], 0.3, 1000)).toMatchObject({ passageId: 'far' })
  })

  it('no matches, or garbage scores: nowhere', () => {
    expect(chooseSyncTarget([], 0.4)).toEqual({ kind: 'none', best: undefined })
    expect(chooseSyncTarget([m('x', 0, Number.NaN)], 0)).toEqual({ kind: 'none', best: undefined })
  })
})

describe('passageAt', () => {
  const passages = [
    { id: 'p1', start: 0, end: 10 },
    { id: 'p2', start: 12, end: 30 },
    { id: 'p3', start: 30, end: 50 },
  ]
  it.each([
    [0, 'p1'],
    [9, 'p1'],
    [10, 'p2'],
    [11, 'p2'],
    [30, 'p3'],
    [999, 'p3'],
  ])('offset %i is in %s', (offset, id) => {
    expect(passageAt(passages, offset)?.id).toBe(id)
  })
  it('no passages: undefined', () => {
    expect(passageAt([], 3)).toBeUndefined()
  })
})
