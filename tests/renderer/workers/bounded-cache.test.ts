import { describe, expect, it } from 'vitest'
import { remember } from '../../../src/renderer/workers/bounded-cache'

describe('remember', () => {
  it('keeps at most max entries, dropping the one set first, and returns the value', () => {
    const cache = new Map<string, number>()
    expect(remember(cache, 'a', 1, 2)).toBe(1)
    remember(cache, 'b', 2, 2)
    remember(cache, 'c', 3, 2)
    expect([...cache.keys()]).toEqual(['b', 'c'])
  })

  it('re-setting a key does not grow the cache or drop another entry', () => {
    const cache = new Map([
      ['a', 1],
      ['b', 2],
    ])
    remember(cache, 'a', 10, 2)
    expect([...cache.entries()]).toEqual([
      ['a', 10],
      ['b', 2],
    ])
  })
})
