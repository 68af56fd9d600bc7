import { describe, expect, it } from 'vitest'
import { checkSet, resolveSet, toSetRule, type SetMember } from '../../../src/core/compare'

const d = (id: string, place: string, year: number | undefined, level = 'district'): SetMember => ({ id, metadata: { place, year, level } })
const library = [
  d('n2019', '中华人民共和国', 2019, 'national'),
  d('yt23', '盐田区', 2023),
  d('hp23', '黄浦区', 2023),
  d('hp24', '黄浦区', 2024),
  d('n2020', '中华人民共和国', 2020, 'national'),
  d('x', '某镇', undefined, 'town'),
]
const ids = (docs: SetMember[]) => docs.map((x) => x.id)

describe('resolveSet', () => {
  it('some documents: those still in the library, ordered by place then year, and the ones gone', () => {
    const r = resolveSet({ kind: 'documents', ids: ['hp24', 'gone', 'yt23', 'hp23', 'gone'] }, library)
    // 黄浦 (huáng) before 盐田 (yán) in Chinese collation order, years ascending within a place.
    expect(ids(r.docs)).toEqual(['hp23', 'hp24', 'yt23'])
    expect(r.missing).toEqual(['gone'])
  })

  it('places in a year range, both ends included; unknown years left out of a range', () => {
    expect(ids(resolveSet({ kind: 'places', places: ['黄浦区', '中华人民共和国'], from: 2020, to: 2023 }, library).docs).sort()).toEqual([
      'hp23',
      'n2020',
    ])
    expect(ids(resolveSet({ kind: 'places', places: ['某镇'] }, library).docs)).toEqual(['x'])
    expect(ids(resolveSet({ kind: 'places', places: ['某镇'], from: 2000 }, library).docs)).toEqual([])
  })

  it('a level, or the whole library', () => {
    expect(ids(resolveSet({ kind: 'level', level: 'national' }, library).docs)).toEqual(['n2019', 'n2020'])
    expect(resolveSet({ kind: 'level', level: 'all' }, library).docs).toHaveLength(library.length)
  })

  it('orders years within a place, unknown years last', () => {
    const docs = resolveSet({ kind: 'level', level: 'all' }, [d('b', 'P', undefined), d('a', 'P', 2024), d('c', 'P', 2020)]).docs
    expect(ids(docs)).toEqual(['c', 'a', 'b'])
  })

  it('an empty library: nothing, and every listed id missing', () => {
    expect(resolveSet({ kind: 'documents', ids: ['a'] }, [])).toEqual({ docs: [], missing: ['a'] })
  })
})

describe('checkSet', () => {
  it.each([
    ['', { kind: 'level', level: 'all' }, 'EMPTY_NAME'],
    ['  ', { kind: 'level', level: 'all' }, 'EMPTY_NAME'],
    ['x'.repeat(81), { kind: 'level', level: 'all' }, 'NAME_TOO_LONG'],
    ['五区', { kind: 'documents', ids: [] }, 'NO_DOCUMENTS'],
    ['五区', { kind: 'places', places: [] }, 'NO_DOCUMENTS'],
    ['国务院', { kind: 'places', places: ['中华人民共和国'], from: 2025, to: 2019 }, 'BAD_YEARS'],
    ['国务院 2019–2025', { kind: 'places', places: ['中华人民共和国'], from: 2019, to: 2025 }, undefined],
  ] as const)('%s → %s', (name, rule, problem) => {
    expect(checkSet(name, rule as Parameters<typeof checkSet>[1])).toBe(problem)
  })
})

describe('toSetRule', () => {
  it('reads back valid rules and refuses damaged ones', () => {
    expect(toSetRule({ kind: 'documents', ids: ['a'] })).toEqual({ kind: 'documents', ids: ['a'] })
    expect(toSetRule({ kind: 'places', places: ['P'], from: 2019 })).toEqual({ kind: 'places', places: ['P'], from: 2019, to: undefined })
    expect(toSetRule({ kind: 'level', level: 'town' })).toEqual({ kind: 'level', level: 'town' })
    for (const bad of [null, 3, 'x', {}, { kind: 'documents', ids: [1] }, { kind: 'places', places: ['P'], from: 1.5 }, { kind: 'level' }])
      expect(toSetRule(bad)).toBeUndefined()
  })
})
