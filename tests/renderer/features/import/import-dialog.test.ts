// The import dialog's detail line: the importer's message without the file name the row already shows.
import { describe, expect, it } from 'vitest'
import { detailOf } from '../../../../src/renderer/features/import/ImportDialog'

describe('detailOf', () => {
  it.each([
    ['big.pdf', 'big.pdf: the file is 61.2 MB; the limit is 50 MB', 'the file is 61.2 MB; the limit is 50 MB'],
    ['a.txt', 'a.txt could not be read: permission denied', 'a.txt could not be read: permission denied'],
    ['a.txt', undefined, ''],
    ['', ': odd', 'odd'],
  ])('%j, %j → %j', (name, message, expected) => {
    expect(detailOf(name, message)).toBe(expected)
  })
})
