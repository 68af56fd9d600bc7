import { describe, expect, it } from 'vitest'
import { anchorAnnotation, describeSelection, reanchorByDocument } from '../../../src/core/anchoring'
import { NEW_TEXT, SHORT_INDEX, SHORT_TRUTH, TARGETS } from '../../fixtures/anchoring/reworded-figures'

describe('reanchorByDocument', () => {
  it('anchors each document once, with its neighbours: the reworded short quote is placed, in input order', () => {
    // Alone it is an orphan (the behaviour of anchoring annotations one by one) ...
    expect(anchorAnnotation(NEW_TEXT, TARGETS[SHORT_INDEX]).status).toBe('orphan')
    // ... interleaved with another document's annotations, each document's are anchored together.
    const other = '一、安全生产\n全面落实安全生产责任制。'
    const at = other.indexOf('安全生产责任制')
    const otherTarget = { documentId: 'b', ...describeSelection(other, at, at + 7) }
    const targets = TARGETS.flatMap((t, i) => (i === 1 ? [otherTarget, { ...t, documentId: 'a' }] : [{ ...t, documentId: 'a' }]))
    const results = reanchorByDocument(targets, (id) => (id === 'a' ? NEW_TEXT : id === 'b' ? other : undefined))
    expect(results.map((r) => r?.status)).toEqual(['exact', 'exact', 'exact', 'exact', 'exact'])
    expect(results[1]?.position).toEqual({ type: 'TextPositionSelector', start: at, end: at + 7 })
    expect(results[SHORT_INDEX + 1]?.position).toEqual({ type: 'TextPositionSelector', start: SHORT_TRUTH, end: SHORT_TRUTH + 4 })
  })

  it('gives nothing for documents without text and for no input', () => {
    expect(reanchorByDocument([], () => NEW_TEXT)).toEqual([])
    expect(reanchorByDocument([{ ...TARGETS[0], documentId: 'gone' }], () => undefined)).toEqual([undefined])
  })
})
