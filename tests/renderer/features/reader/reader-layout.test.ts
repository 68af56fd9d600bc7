import { describe, expect, it } from 'vitest'
import { columnsWithBeside } from '../../../../src/renderer/features/reader/reader-layout'

const column = (docId: string) => ({ docId, scrollTop: 120, outlineOpen: true })
const ids = (columns: { docId: string }[]) => columns.map((c) => c.docId)

describe('columnsWithBeside (following an echo to its reference)', () => {
  it('adds the target at the end while there is room', () => {
    expect(ids(columnsWithBeside([column('a'), column('b')], 'a', 'ref'))).toEqual(['a', 'b', 'ref'])
  })

  it('leaves the layout as it is when the target is already open', () => {
    const columns = [column('a'), column('ref')]
    expect(columnsWithBeside(columns, 'a', 'ref')).toEqual(columns)
  })

  it('with four columns, replaces the rightmost column other than the one followed from', () => {
    expect(ids(columnsWithBeside([column('a'), column('b'), column('c'), column('d')], 'a', 'ref'))).toEqual(['a', 'b', 'c', 'ref'])
    expect(ids(columnsWithBeside([column('a'), column('b'), column('c'), column('d')], 'd', 'ref'))).toEqual(['a', 'b', 'ref', 'd'])
  })

  it('opens the target scrolled to the top', () => {
    const out = columnsWithBeside([column('a'), column('b'), column('c'), column('d')], 'a', 'ref')
    expect(out[3]).toEqual({ docId: 'ref', scrollTop: 0, outlineOpen: true })
  })
})
