import { describe, expect, it } from 'vitest'
import { fromJsonLd, toJsonLd } from '../../../src/core/export'
import { CODEBOOK, hostileInput, options, seedInput } from './export-fixtures'
import { hashText } from '../../../src/core/anchoring'

describe('toJsonLd / fromJsonLd', () => {
  it.each([
    ['seeds', seedInput],
    ['hostile', hostileInput],
  ])('re-imports the %s export to the same annotations', (_name, make) => {
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

  it('names each document by an IRI of its text in target.source, and its file name in bidu:fileName', () => {
    const input = seedInput()
    const json = JSON.parse(toJsonLd(input, options()))
    const iris = new Map(input.documents.map((d) => [d.fileName, `urn:bidu:doc:${hashText(d.text)}`]))
    for (const a of json.items) expect(a.target.source).toBe(iris.get(a.target['bidu:fileName']))
    expect(new Set(json.items.map((a: { target: Record<string, string> }) => a.target['bidu:fileName']))).toEqual(
      new Set(['001_8f52a2821bb8e2be.txt', '000_3a5eedb3a8af94b3.txt']),
    )
  })

  it('writes IRIs for annotations and the collection, and no empty fields', () => {
    const input = seedInput()
    const uuid = '3f2b8c1e-4a5d-4e6f-8a9b-0c1d2e3f4a5b'
    const annotations = [
      { ...input.annotations[0], id: uuid, note: '', themes: [], tags: [], created: '', updated: '' },
      { ...input.annotations[1], id: 'note 2' },
    ]
    const json = JSON.parse(toJsonLd({ ...input, annotations }, options()))
    expect(json.items.map((a: { id: string }) => a.id)).toEqual([`urn:uuid:${uuid}`, 'urn:bidu:annotation:note%202'])
    const bare = json.items[0]
    expect(bare).not.toHaveProperty('created')
    expect(bare).not.toHaveProperty('modified')
    expect(bare).not.toHaveProperty('body')
    expect(bare.motivation).toBe('highlighting')
    expect(json.id).toMatch(/^urn:bidu:collection:[0-9a-f]{14}$/)
    expect(json.first).toMatchObject({ type: 'AnnotationPage', partOf: json.id, startIndex: 0 })
    expect(json.first.items).toEqual(json.items)
    expect(json.total).toBe(2)
    // Read back: the Bidu ids, the file names as sources.
    const back = fromJsonLd(JSON.stringify(json), {
      codebook: CODEBOOK,
      resolveSource: (s) => input.documents.find((d) => d.fileName === s)?.id,
    })
    expect(back.ok && back.value.annotations.map((a) => a.id)).toEqual([uuid, 'note 2'])
    expect(back.ok && back.value.annotations[0].created).toBe('')
  })

  it('reads the items of a collection that has them only in its first page', () => {
    const json = JSON.parse(toJsonLd(seedInput(), options()))
    const { items: _items, ...paged } = json
    const back = fromJsonLd(JSON.stringify(paged), { codebook: CODEBOOK, resolveSource: () => 'd' })
    expect(back.ok && back.value.annotations).toHaveLength(json.items.length)
  })

  it('reads themes from plain tagging bodies written by other tools, and lists unknown sources', () => {
    const other = {
      type: 'AnnotationCollection',
      items: [
        {
          id: 'x1',
          type: 'Annotation',
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: 'safety' },
            { type: 'TextualBody', purpose: 'tagging', value: '网格' },
          ],
          target: { source: 'a.txt', selector: [{ type: 'TextQuoteSelector', exact: '安全' }] },
        },
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
