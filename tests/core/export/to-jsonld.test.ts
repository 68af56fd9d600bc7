import { describe, expect, it } from 'vitest'
import { fromJsonLd, toJsonLd } from '../../../src/core/export'
import { CODEBOOK, hostileInput, options, seedInput } from './export-fixtures'

describe('toJsonLd / fromJsonLd', () => {
  it.each([['seeds', seedInput], ['hostile', hostileInput]])('re-imports the %s export to the same annotations', (_name, make) => {
    const input = make()
    const text = toJsonLd(input, options())
    const json = JSON.parse(text)
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(json.type).toBe('AnnotationCollection')
    const byFile = new Map(input.documents.map((d) => [d.fileName, d.id]))
    const back = fromJsonLd(text, { codebook: CODEBOOK, resolveSource: (s) => byFile.get(s) })
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.value.unknownSources).toEqual([])
    const sortById = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(sortById(back.value.annotations)).toEqual(sortById(input.annotations))
  })

  it('names each document by its file name in target.source', () => {
    const json = JSON.parse(toJsonLd(seedInput(), options()))
    expect(new Set(json.items.map((a: { target: { source: string } }) => a.target.source))).toEqual(new Set(['001_8f52a2821bb8e2be.txt', '000_3a5eedb3a8af94b3.txt']))
  })

  it('reads themes from plain tagging bodies written by other tools, and lists unknown sources', () => {
    const other = {
      type: 'AnnotationCollection',
      items: [
        { id: 'x1', type: 'Annotation', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'safety' }, { type: 'TextualBody', purpose: 'tagging', value: '网格' }], target: { source: 'a.txt', selector: [{ type: 'TextQuoteSelector', exact: '安全' }] } },
        { id: 'x2', type: 'Annotation', target: { source: 'missing.txt', selector: [{ type: 'TextQuoteSelector', exact: 'q' }] } },
      ],
    }
    const r = fromJsonLd(JSON.stringify(other), { codebook: CODEBOOK, resolveSource: (s) => (s === 'a.txt' ? 'doc-a' : undefined) })
    expect(r.ok && r.value.annotations.map((a) => [a.documentId, a.themes, a.tags])).toEqual([['doc-a', ['safety'], ['网格']]])
    expect(r.ok && r.value.unknownSources).toEqual(['missing.txt'])
  })

  it.each([
    ['', 'BAD_JSON'],
    ['not json', 'BAD_JSON'],
    ['{"type":"Other"}', 'NOT_A_COLLECTION'],
    ['[{"id":"a","type":"Annotation"}]', 'NO_TARGET'],
  ])('fails on garbage %j with %s', (text, code) => {
    const r = fromJsonLd(text, { codebook: CODEBOOK })
    expect(r.ok ? 'ok' : r.error.code).toBe(code)
  })

  it('reads an empty collection', () => {
    const r = fromJsonLd('{"type":"AnnotationCollection","items":[]}', { codebook: CODEBOOK })
    expect(r.ok && r.value.annotations).toEqual([])
  })
})
