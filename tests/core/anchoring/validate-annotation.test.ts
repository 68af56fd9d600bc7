// A stored annotation is checked field by field before it is written (backups, imports): the first
// field at fault is named, and what comes back is a fresh object holding only the known fields.
import { describe, expect, it } from 'vitest'
import { validateAnnotation } from '../../../src/core/anchoring/validate-annotation'
import { annotationRow } from '../../fixtures/annotated-library'

const good = annotationRow('a1', 'd1', {
  textHash: '0a1b2c3d4e5f60',
  quote: { type: 'TextQuoteSelector', exact: '生态', prefix: '加强', suffix: '保护' },
  position: { type: 'TextPositionSelector', start: 2, end: 4 },
  themes: ['ecology'],
})

describe('validateAnnotation', () => {
  it('returns a fresh copy without unknown fields', () => {
    const result = validateAnnotation({ ...good, extra: '<script>' })
    expect(result).toEqual({ ok: true, value: good })
    expect(result.ok && result.value).not.toBe(good)
  })

  it.each([
    ['null', null, 'not an object'],
    ['an array', [good], 'not an object'],
    ['a string', 'a1', 'not an object'],
    ['an empty id', { ...good, id: '' }, 'id must be a non-empty string'],
    ['a numeric document id', { ...good, documentId: 7 }, 'documentId must be a non-empty string'],
    ['no note', { ...good, note: undefined }, 'note must be a string'],
    ['a quote of another type', { ...good, quote: { ...good.quote, type: 'TextPositionSelector' } }, 'quote must be a TextQuoteSelector'],
    ['a quote without prefix', { ...good, quote: { ...good.quote, prefix: null } }, 'quote.exact, prefix and suffix must be strings'],
    ['a position as a string', { ...good, position: '2-4' }, 'position must be a TextPositionSelector'],
    ['a negative offset', { ...good, position: { ...good.position, start: -1 } }, 'position needs integer offsets 0 ≤ start ≤ end'],
    ['a fractional offset', { ...good, position: { ...good.position, end: 4.5 } }, 'position needs integer offsets 0 ≤ start ≤ end'],
    ['end before start', { ...good, position: { ...good.position, start: 5 } }, 'position needs integer offsets 0 ≤ start ≤ end'],
    ['an unknown colour', { ...good, color: 'red' }, 'color must be one of yellow, green, blue, pink, purple'],
    ['an unknown status', { ...good, anchorStatus: 'lost' }, 'anchorStatus must be one of exact, fuzzy, orphan'],
    ['themes that are not strings', { ...good, themes: [1] }, 'themes must be a list of strings'],
    ['tags as a string', { ...good, tags: 'a,b' }, 'tags must be a list of strings'],
  ])('refuses %s', (_name, raw, message) => {
    expect(validateAnnotation(raw)).toEqual({ ok: false, error: { code: 'BAD_ANNOTATION', message } })
  })
})
