import { describe, expect, it } from 'vitest'
import { firstEndingAfter, partitionPoint, spanAt } from '../../src/core/sorted-search'

const spans = [
  { start: 0, end: 10 },
  { start: 12, end: 20 },
]

describe('partitionPoint', () => {
  it('finds the first index where the predicate stops holding', () => {
    const sorted = [1, 3, 3, 5, 8]
    expect(partitionPoint(sorted.length, (i) => sorted[i]! < 3)).toBe(1)
    expect(partitionPoint(sorted.length, (i) => sorted[i]! <= 3)).toBe(3)
    expect(partitionPoint(sorted.length, () => true)).toBe(5)
    expect(partitionPoint(sorted.length, () => false)).toBe(0)
    expect(partitionPoint(0, () => true)).toBe(0)
  })
})

describe('firstEndingAfter', () => {
  it.each([
    [-1, 0],
    [9, 0],
    [10, 1],
    [11, 1],
    [19, 1],
    [20, 2],
  ])('gives the first span ending after offset %i', (offset, index) => {
    expect(firstEndingAfter(spans, offset)).toBe(index)
  })
})

describe('spanAt', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, undefined],
    [12, 1],
    [19, 1],
    [20, undefined],
    [-1, undefined],
  ])('finds the span holding offset %i', (offset, index) => {
    expect(spanAt(spans, offset)).toBe(index === undefined ? undefined : spans[index])
  })
  it('finds nothing in an empty list', () => expect(spanAt([], 3)).toBeUndefined())
})
