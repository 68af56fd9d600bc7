import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../src/core/anchoring'
import { fromWebAnnotation, parseAnnotationCollection, toAnnotationCollection, toWebAnnotation, withSelectors } from '../../../src/core/w3c'

const annotation: Annotation = {
  id: 'a1',
  documentId: 'doc-1',
  textHash: '00ff00ff00ff00',
  quote: { type: 'TextQuoteSelector', exact: '河长制', prefix: '深入推进', suffix: '湖长制' },
  position: { type: 'TextPositionSelector', start: 4, end: 7 },
  color: 'green',
  themes: ['ecology'],
  tags: ['河湖', '重点'],
  note: '**注意** 与省级对照',
  created: '2026-11-01T08:00:00.000Z',
  updated: '2026-11-02T09:00:00.000Z',
  anchorStatus: 'fuzzy',
}

describe('toWebAnnotation / fromWebAnnotation', () => {
  it('round-trips every field, themes apart from tags', () => {
    const json = toWebAnnotation(annotation, { source: 'report.txt', themeLabel: (id) => (id === 'ecology' ? '生态' : undefined) })
    expect(json['bidu:offsetUnit']).toBe('UTF-16 code units')
    expect(json.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: '生态', 'bidu:theme': 'ecology' })
    expect(json.body).toContainEqual({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: annotation.note })
    const back = fromWebAnnotation(JSON.parse(JSON.stringify(json)))
    expect(back.ok && back.value.annotation).toEqual(annotation)
    expect(back.ok && back.value.source).toBe('report.txt')
  })

  it('keeps unknown properties and foreign body items of an imported annotation', () => {
    const raw = {
      type: 'Annotation',
      id: 'x',
      'ex:mine': 42,
      body: [{ type: 'SpecificResource', purpose: 'linking', source: 'u' }],
      target: { source: 's', selector: annotation.quote, 'ex:t': 1 },
    }
    const imported = fromWebAnnotation(raw)
    expect(imported.ok).toBe(true)
    if (!imported.ok) return
    const out = toWebAnnotation(imported.value.annotation, { source: 's', base: raw })
    expect(out['ex:mine']).toBe(42)
    expect((out.target as Record<string, unknown>)['ex:t']).toBe(1)
    expect(out.body).toContainEqual(raw.body[0])
    expect(raw.target.selector).toBe(annotation.quote)
  })

  it('withSelectors moves only the selectors and sets anchorStatus', () => {
    const raw = { type: 'Annotation', keep: [1, 2], target: { source: 's', selector: annotation.quote } }
    const out = withSelectors(raw, { ...annotation.quote, exact: '河湖长制' }, { type: 'TextPositionSelector', start: 9, end: 13 }, 'fuzzy')
    expect(out).toEqual({
      type: 'Annotation',
      keep: [1, 2],
      target: {
        source: 's',
        selector: [
          { ...annotation.quote, exact: '河湖长制' },
          { type: 'TextPositionSelector', start: 9, end: 13 },
        ],
      },
      anchorStatus: 'fuzzy',
    })
    expect(raw).not.toHaveProperty('anchorStatus')
  })

  it.each([
    ['null', null, 'NOT_AN_OBJECT'],
    ['a string', 'annotation', 'NOT_AN_OBJECT'],
    ['an array', [], 'NOT_AN_OBJECT'],
    ['wrong type', { type: 'Note', target: {} }, 'NOT_AN_ANNOTATION'],
    ['no target', { type: 'Annotation' }, 'NO_TARGET'],
    ['target without quote', { type: 'Annotation', target: { selector: { type: 'TextPositionSelector', start: 1, end: 2 } } }, 'NO_QUOTE'],
    ['quote exact not a string', { target: { selector: { type: 'TextQuoteSelector', exact: 5 } } }, 'BAD_SELECTOR'],
    ['negative offset', { target: { selector: [annotation.quote, { type: 'TextPositionSelector', start: -1, end: 2 }] } }, 'BAD_SELECTOR'],
    ['reversed offsets', { target: { selector: [annotation.quote, { type: 'TextPositionSelector', start: 5, end: 2 }] } }, 'BAD_SELECTOR'],
    [
      'fractional offsets',
      { target: { selector: [annotation.quote, { type: 'TextPositionSelector', start: 1.5, end: 2 }] } },
      'BAD_SELECTOR',
    ],
    ['body of numbers', { target: { selector: annotation.quote }, body: [1] }, 'BAD_BODY'],
  ])('refuses %s', (_n, value, code) => {
    const r = fromWebAnnotation(value)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe(code)
  })

  it('accepts a single selector and fills neutral defaults', () => {
    const r = fromWebAnnotation({ target: { selector: { type: 'TextQuoteSelector', exact: '河长制' } } }, 4)
    expect(r.ok && r.value.annotation).toMatchObject({
      id: 'annotation-5',
      color: 'yellow',
      position: { start: 0, end: 0 },
      quote: { prefix: '', suffix: '' },
    })
  })
})

describe('collections', () => {
  const item = toWebAnnotation(annotation, { source: 'r.txt' })
  it.each([
    ['a collection', toAnnotationCollection([item, item], { id: 'urn:bidu:collection:test', label: 'notes' }), true],
    ['a bare array', [item], false],
    ['an empty array', [], false],
  ])('reads %s', (_n, value, hasContainer) => {
    const r = parseAnnotationCollection(JSON.parse(JSON.stringify(value)))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value.container !== undefined).toBe(hasContainer)
  })
  it.each([
    ['garbage', 42, 'NOT_A_COLLECTION'],
    ['object without items', { type: 'AnnotationCollection' }, 'NOT_A_COLLECTION'],
    ['wrong collection type', { type: 'Foo', items: [] }, 'NOT_A_COLLECTION'],
    ['a bad second item', [item, { type: 'Annotation' }], 'NO_TARGET'],
  ])('refuses %s', (_n, value, code) => {
    const r = parseAnnotationCollection(value)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe(code)
  })
})

describe('fromWebAnnotation refuses malformed selectors with the field named', () => {
  const target = (selector: unknown[]) => ({ type: 'Annotation', target: { source: 'doc.txt', selector } })
  const quote = { type: 'TextQuoteSelector', exact: '生态' }
  it.each([
    ['an exact that is a number', [{ ...quote, exact: 3 }], 'annotation 1: TextQuoteSelector.exact is not a string'],
    ['a prefix that is a list', [{ ...quote, prefix: ['加强'] }], 'annotation 1: TextQuoteSelector prefix/suffix must be strings'],
    [
      'a negative start',
      [quote, { type: 'TextPositionSelector', start: -1, end: 2 }],
      'annotation 1: TextPositionSelector needs integer offsets 0 ≤ start ≤ end',
    ],
    [
      'end before start',
      [quote, { type: 'TextPositionSelector', start: 4, end: 2 }],
      'annotation 1: TextPositionSelector needs integer offsets 0 ≤ start ≤ end',
    ],
    [
      'offsets as strings',
      [quote, { type: 'TextPositionSelector', start: '0', end: '2' }],
      'annotation 1: TextPositionSelector needs integer offsets 0 ≤ start ≤ end',
    ],
  ])('%s', (_name, selector, message) => {
    expect(fromWebAnnotation(target(selector))).toEqual({ ok: false, error: { code: 'BAD_SELECTOR', message } })
  })

  it('reads a missing prefix and suffix as empty', () => {
    const result = fromWebAnnotation(target([quote]))
    expect(result.ok && result.value.annotation.quote).toEqual({ type: 'TextQuoteSelector', exact: '生态', prefix: '', suffix: '' })
  })
})
