// How the lanes split merged rows: aligned rows, "only here" passages, and the view narrowed to one
// document (the matrix's cell click) without losing the other columns' members of its rows.
import { describe, expect, it } from 'vitest'
import type { MergedRow, PassageKey } from '../../../../src/core/align'
import { focusFirst, laneSections } from '../../../../src/renderer/features/compare/lane-sections'

const p = (docId: string, start: number): PassageKey => ({ docId, start, end: start + 10, quoteHash: `${docId}${start}` })
const row = (members: PassageKey[], rejected: PassageKey[] = []): MergedRow => ({
  members: members.map((passage) => ({ passage, status: 'suggested' as const })),
  rejected: rejected.map((passage) => ({ passage, decisionId: `r-${passage.docId}` })),
  score: 0.5,
})

const a1 = p('a', 0)
const b1 = p('b', 0)
const c1 = p('c', 0)
const a2 = p('a', 50)
const b2 = p('b', 50)
const c2 = p('c', 50)
const rows = [row([a1, b1, c1]), row([b2, c2]), row([a2]), row([p('b', 90)]), row([p('c', 90)], [p('a', 70)])]

describe('laneSections', () => {
  it('puts rows of two or more (or with a rejection to undo) in the lanes and lone passages under "only here"', () => {
    const { aligned, onlyHere, alignedTotal } = laneSections(rows)
    expect(aligned).toEqual([rows[0], rows[1], rows[4]])
    expect(onlyHere.map((x) => `${x.docId}${x.start}`)).toEqual(['a50', 'b90'])
    expect(alignedTotal).toBe(3)
  })

  it('keeps a passage rejected from a row out of "only here" while its rejection is shown', () => {
    // a2 stands alone in row 2 and is also shown as rejected in row 4: it is listed once, in row 4.
    const rejectedRows = [row([p('c', 90)], [a2]), row([a2])]
    expect(laneSections(rejectedRows).onlyHere).toEqual([])
  })

  it('narrows to the rows and lone passages of the focused document, counting every aligned row', () => {
    const focused = laneSections(rows, 'c')
    expect(focused.aligned).toEqual([rows[0], rows[1], rows[4]])
    expect(focused.onlyHere).toEqual([])
    const onA = laneSections(rows, 'a')
    expect(onA.aligned).toEqual([rows[0], rows[4]])
    expect(onA.onlyHere.map((x) => x.start)).toEqual([50])
    expect(onA.alignedTotal).toBe(3)
  })

  it('handles no rows and an unknown focus', () => {
    expect(laneSections([])).toEqual({ aligned: [], onlyHere: [], alignedTotal: 0 })
    expect(laneSections(rows, 'nowhere')).toEqual({ aligned: [], onlyHere: [], alignedTotal: 3 })
  })
})

describe('focusFirst', () => {
  const docs = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
  it('moves the focused document to the front and leaves the others in order', () => {
    expect(focusFirst(docs, 'c').map((d) => d.id)).toEqual(['c', 'a', 'b'])
    expect(focusFirst(docs, undefined).map((d) => d.id)).toEqual(['a', 'b', 'c'])
    expect(focusFirst(docs, 'x').map((d) => d.id)).toEqual(['a', 'b', 'c'])
    expect(focusFirst([], 'a')).toEqual([])
  })
})
