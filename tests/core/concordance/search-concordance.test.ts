import { describe, expect, it } from 'vitest'
import { buildConcordanceIndex, searchConcordance, sortHits } from '../../../src/core/concordance'
import type { ConcordanceDoc, ConcordanceQuery, ConcordanceResult } from '../../../src/core/concordance'

const docs: ConcordanceDoc[] = [
  { id: 'a', text: '坚持和发展新时代枫桥经验。推进网格化管理，配齐网格员。' },
  { id: 'b', text: '安全生产责任制。安全生产大检查。' },
  { id: 'c', text: '' },
  { id: 'd', text: '枫桥经验在基层。GEP核算与gep试点。' },
]
const index = buildConcordanceIndex(docs)

function search(query: ConcordanceQuery, context?: number): ConcordanceResult {
  const result = searchConcordance(index, query, context)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** Every hit's offsets must slice its own document to the match, with context next to it. */
function expectFaithful(result: ConcordanceResult, corpus: readonly ConcordanceDoc[]) {
  for (const h of result.hits) {
    // A NUL inside a text shows as U+FFFD in context (the index's stand-in); offsets are unchanged.
    const text = corpus[h.docIndex]!.text.replace(/\u0000/g, '\ufffd')
    expect(corpus[h.docIndex]!.id).toBe(h.docId)
    expect(text.slice(h.start, h.end)).toBe(h.match)
    expect(text.slice(0, h.start).endsWith(h.left)).toBe(true)
    expect(text.slice(h.end).startsWith(h.right)).toBe(true)
  }
}

describe('searchConcordance', () => {
  it.each<[string, ConcordanceQuery, [string, number, string][]]>([
    [
      'a phrase in two documents',
      { kind: 'text', pattern: '枫桥经验' },
      [
        ['a', 8, '枫桥经验'],
        ['d', 0, '枫桥经验'],
      ],
    ],
    [
      'repeated in one document',
      { kind: 'text', pattern: '安全生产' },
      [
        ['b', 0, '安全生产'],
        ['b', 8, '安全生产'],
      ],
    ],
    [
      'a regex with alternation',
      { kind: 'regex', pattern: '网格(化|员)' },
      [
        ['a', 15, '网格化'],
        ['a', 23, '网格员'],
      ],
    ],
    [
      'case-insensitive by default',
      { kind: 'text', pattern: 'gep' },
      [
        ['d', 8, 'GEP'],
        ['d', 14, 'gep'],
      ],
    ],
    ['case-sensitive on request', { kind: 'text', pattern: 'gep', caseSensitive: true }, [['d', 14, 'gep']]],
    [
      'case-insensitive regex',
      { kind: 'regex', pattern: 'g[e]p' },
      [
        ['d', 8, 'GEP'],
        ['d', 14, 'gep'],
      ],
    ],
    ['regex special characters in a text query', { kind: 'text', pattern: '。推进' }, [['a', 12, '。推进']]],
    [
      '^ and $ at document edges',
      { kind: 'regex', pattern: '^.{2}|。$' },
      [
        ['a', 0, '坚持'],
        ['a', 26, '。'],
        ['b', 0, '安全'],
        ['b', 15, '。'],
        ['d', 0, '枫桥'],
        ['d', 19, '。'],
      ],
    ],
    ['no hits', { kind: 'text', pattern: '不存在的词' }, []],
  ])('%s', (_name, query, expected) => {
    const result = search(query)
    expect(result.hits.map((h) => [h.docId, h.start, h.match])).toEqual(expected)
    expect(result.total).toBe(expected.length)
    expectFaithful(result, docs)
  })

  it('gives context clipped at the document edges', () => {
    const [first, second] = search({ kind: 'text', pattern: '枫桥经验' }, 4).hits
    expect([first!.left, first!.right]).toEqual(['展新时代', '。推进网'])
    expect([second!.left, second!.right]).toEqual(['', '在基层。'])
  })
  it('counts per document and caps the hits returned', () => {
    const result = search({ kind: 'regex', pattern: '[安枫]', maxHits: 2 })
    expect(result.hits).toHaveLength(2)
    expect(result.total).toBe(4)
    expect(result.truncated).toBe(true)
    expect(result.counts).toEqual([
      { docId: 'a', count: 1 },
      { docId: 'b', count: 2 },
      { docId: 'd', count: 1 },
    ])
  })
  it('never matches across two documents, but still finds a shorter match inside one', () => {
    const pair = buildConcordanceIndex([
      { id: 'x', text: '甲乙甲' },
      { id: 'y', text: '丙乙' },
    ])
    const crossing = searchConcordance(pair, { kind: 'regex', pattern: '甲[^丙]*乙' })
    expect(crossing.ok && crossing.value.hits.map((h) => [h.docId, h.match])).toEqual([['x', '甲乙']])
    const spanning = searchConcordance(pair, { kind: 'regex', pattern: '甲[\\s\\S]*丙' })
    expect(spanning.ok && spanning.value.total).toBe(0)
    const newline = searchConcordance(pair, { kind: 'regex', pattern: '\\n?丙' })
    expect(newline.ok && newline.value.hits.map((h) => [h.docId, h.start, h.match])).toEqual([['y', 0, '丙']])
  })
  it('returns zero-length matches as empty hits and terminates', () => {
    const result = search({ kind: 'regex', pattern: '(?=安全)' })
    expect(result.hits.map((h) => [h.docId, h.start, h.end])).toEqual([
      ['b', 0, 0],
      ['b', 8, 8],
    ])
    const everywhere = searchConcordance(
      buildConcordanceIndex([
        { id: 'x', text: 'ab' },
        { id: 'y', text: 'c' },
      ]),
      { kind: 'regex', pattern: 'z*' },
    )
    expect(everywhere.ok && everywhere.value.hits.map((h) => [h.docId, h.start])).toEqual([
      ['x', 0],
      ['x', 1],
      ['x', 2],
      ['y', 0],
      ['y', 1],
    ])
  })
  it('keeps offsets when a text holds NUL or characters that lowercase longer', () => {
    const odd = [
      { id: 'x', text: 'a\u0000İstanbul安全' },
      { id: 'y', text: '安全' },
    ]
    const result = searchConcordance(buildConcordanceIndex(odd), { kind: 'text', pattern: '安全' })
    expect(result.ok && result.value.hits.map((h) => [h.docId, h.start])).toEqual([
      ['x', 10],
      ['y', 0],
    ])
    // İ lowercases to two code units, so no lowered copy is kept: the search falls back to a regex.
    const cased = searchConcordance(buildConcordanceIndex(odd), { kind: 'text', pattern: 'STANBUL' })
    expect(cased.ok && cased.value.hits.map((h) => [h.docId, h.start])).toEqual([['x', 3]])
    if (result.ok) expectFaithful(result.value, odd)
  })
})

describe('searchConcordance: bad and empty input', () => {
  it.each<[string, unknown, string]>([
    ['an empty pattern', { kind: 'text', pattern: '' }, 'EMPTY_PATTERN'],
    ['a bad regex', { kind: 'regex', pattern: '网格(' }, 'BAD_REGEX'],
    ['a bad regex quantifier', { kind: 'regex', pattern: '*安全' }, 'BAD_REGEX'],
    ['an unknown kind', { kind: 'fuzzy', pattern: '安全' }, 'BAD_QUERY'],
    ['no pattern', { kind: 'text' }, 'BAD_QUERY'],
    ['not an object', null, 'BAD_QUERY'],
    ['a huge pattern', { kind: 'text', pattern: '安'.repeat(5000) }, 'BAD_QUERY'],
  ])('%s', (_name, query, code) => {
    const result = searchConcordance(index, query as ConcordanceQuery)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe(code)
  })
  it('searches an empty index', () => {
    const empty = buildConcordanceIndex([])
    for (const query of [
      { kind: 'text', pattern: '安全' },
      { kind: 'regex', pattern: 'x*' },
    ] as ConcordanceQuery[]) {
      const result = searchConcordance(empty, query)
      expect(result.ok && result.value).toEqual({ hits: [], total: 0, truncated: false, counts: [] })
    }
  })
})

describe('sortHits', () => {
  const hits = buildConcordanceIndex([
    { id: 'x', text: '乙安全丙。甲安全乙。' },
    { id: 'y', text: '丙安全甲。' },
  ])
  const result = searchConcordance(hits, { kind: 'text', pattern: '安全' }, 2)
  const all = result.ok ? result.value.hits : []
  it.each<['doc' | 'left' | 'right', string[]]>([
    ['doc', ['x:0', 'x:5', 'y:0']],
    // Left contexts end in 乙 (x:0), 甲 (x:5), 丙 (y:0); right contexts start with 丙, 乙, 甲: code-unit order 丙 < 乙 < 甲.
    ['left', ['y:0', 'x:0', 'x:5']],
    ['right', ['x:0', 'x:5', 'y:0']],
  ])('by %s', (order, expected) => {
    expect(sortHits(all, order).map((h) => `${h.docId}:${h.start - 1}`)).toEqual(expected)
  })
  it('does not change its input and handles no hits', () => {
    const before = all.map((h) => h.start)
    sortHits(all, 'left')
    expect(all.map((h) => h.start)).toEqual(before)
    expect(sortHits([], 'right')).toEqual([])
  })
})
