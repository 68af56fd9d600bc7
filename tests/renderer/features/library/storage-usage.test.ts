import { describe, expect, it } from 'vitest'
import { formatSize } from '../../../../src/renderer/features/library/StorageUsage'

describe('formatSize', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1536, '1.5 KB'],
    [42 * 1024 * 1024, '42 MB'],
    [3.25 * 1024 ** 3, '3.3 GB'],
    [-5, '0 B'],
  ])('%i bytes → %s', (bytes, text) => {
    expect(formatSize(bytes, 'en')).toBe(text)
  })
  it('uses the locale’s digits grouping', () => {
    expect(formatSize(1500 * 1024 ** 4, 'en')).toBe('1,500 TB')
  })
})
