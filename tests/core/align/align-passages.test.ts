import { describe, expect, it } from 'vitest'
import {
  alignDocuments,
  alignDocumentsBaseline,
  buildAlignmentRows,
  documentsWithoutChinese,
  groupMatchesIntoRows,
  type AlignDocument,
} from '../../../src/core/align'

/** One document per list of paragraphs; each paragraph a passage, themes given per passage. */
function doc(paragraphs: [string, string[]?][]): AlignDocument {
  let text = ''
  const passages = paragraphs.map(([p, themes = []], i) => {
    const start = text.length
    text += p + '\n'
    return { id: `p${i}`, start, end: start + p.length, themes, headings: [] }
  })
  return { text, passages }
}

const A = doc([
  ['坚持和发展新时代“枫桥经验”，完善矛盾纠纷多元化解机制。', ['governance']],
  ['有序推进碳达峰碳中和，建设近零碳排放区。', ['ecology']],
  ['加快建设现代产业体系，推动制造业高质量发展。', ['economy']],
])
const B = doc([
  ['推动制造业转型升级，培育现代产业集群。', ['economy']],
  ['积极推广新时代枫桥经验，健全矛盾纠纷多元化解工作机制，化解信访积案。', ['governance']],
  ['积极稳妥推进碳达峰碳中和，创建低碳社区。', ['ecology']],
])

const rankOf = (matches: ReturnType<typeof alignDocuments>, from: string, to: string) =>
  matches.find((m) => m.from.doc === 0 && m.from.passage === from && m.to.passage === to)?.rank

describe('alignDocuments', () => {
  it.each([
    ['p0', 'p1'],
    ['p1', 'p2'],
    ['p2', 'p0'],
  ])('ranks the paraphrase of A.%s (B.%s) first, above unrelated passages', (from, to) => {
    expect(rankOf(alignDocuments([A, B]), from, to)).toBe(1)
  })

  it('never matches a passage with its own document and respects top', () => {
    const matches = alignDocuments([A, B, A], { top: 2 })
    expect(matches.every((m) => m.from.doc !== m.to.doc)).toBe(true)
    const slots = new Map<string, number[]>()
    for (const m of matches) {
      const k = `${m.from.doc}|${m.from.passage}|${m.to.doc}`
      slots.set(k, [...(slots.get(k) ?? []), m.rank])
    }
    for (const ranks of slots.values()) expect(ranks).toEqual([1, 2].slice(0, ranks.length))
  })

  it('gives documents without Chinese text no matches, with either method, and names them', () => {
    const english = doc([['We will promote safety in production and protect rivers.'], ['Rivers and lakes: safety first.']])
    const digits = doc([['2024 2025 12.5%']])
    const docs = [A, english, B, { ...english }, digits, { text: '', passages: [] }]
    expect(documentsWithoutChinese(docs)).toEqual([1, 3, 4, 5])
    for (const align of [alignDocuments, alignDocumentsBaseline]) {
      const matches = align(docs)
      expect(matches.length).toBeGreaterThan(0)
      expect(matches.every((m) => [0, 2].includes(m.from.doc) && [0, 2].includes(m.to.doc))).toBe(true)
    }
    expect(alignDocuments([english, digits])).toEqual([])
  })

  it('ranks by descending score', () => {
    const matches = alignDocuments([A, B])
    for (const m of matches) {
      const next = matches.find(
        (x) => x.from.passage === m.from.passage && x.from.doc === m.from.doc && x.to.doc === m.to.doc && x.rank === m.rank + 1,
      )
      if (next) expect(next.score).toBeLessThanOrEqual(m.score)
    }
  })

  it('limits alignment to one theme and reports progress', () => {
    const progress: [number, number][] = []
    const matches = alignDocuments([A, B], { themeId: 'ecology', onProgress: (d, t) => progress.push([d, t]) })
    expect(matches.map((m) => `${m.from.passage}>${m.to.passage}`).sort()).toEqual(['p1>p2', 'p2>p1'])
    expect(progress.at(-1)).toEqual([2, 2])
  })

  it.each([
    ['no documents', []],
    ['one document', [A]],
    ['documents without passages', [doc([]), doc([])]],
    ['garbage text', [doc([['@@@###', []]]), doc([['!!!', []]])]],
  ])('returns [] for %s', (_name, docs) => {
    expect(alignDocuments(docs as AlignDocument[])).toEqual([])
  })

  it('rejects a bad top as a programmer error', () => {
    expect(() => alignDocuments([A, B], { top: 0 })).toThrow(RangeError)
  })
})

describe('alignDocumentsBaseline', () => {
  it('follows the same contract', () => {
    const matches = alignDocumentsBaseline([A, B])
    expect(matches.every((m) => m.rank >= 1 && m.rank <= 3 && m.from.doc !== m.to.doc)).toBe(true)
    expect(alignDocumentsBaseline([])).toEqual([])
  })
})

describe('buildAlignmentRows', () => {
  it('groups mutual best matches into rows with at most one passage per document', () => {
    const C = doc([['深入推进枫桥经验，完善矛盾纠纷多元化解体系。', ['governance']]])
    const rows = buildAlignmentRows([A, B, C])
    const fengqiao = rows.find((r) => r.members.some((m) => m.doc === 0 && m.passage === 'p0'))!
    expect(fengqiao.members).toEqual([
      { doc: 0, passage: 'p0' },
      { doc: 1, passage: 'p1' },
      { doc: 2, passage: 'p0' },
    ])
    for (const r of rows) expect(new Set(r.members.map((m) => m.doc)).size).toBe(r.members.length)
    const all = rows.flatMap((r) => r.members.map((m) => `${m.doc}|${m.passage}`))
    expect(new Set(all).size).toBe(all.length)
    expect(all).toHaveLength(7)
  })

  it('keeps a passage no other document matches as a row of one', () => {
    const D = doc([['文化', []]])
    const rows = buildAlignmentRows([A, D])
    expect(rows.every((r) => r.members.length === 1)).toBe(true)
  })

  it('restricts rows to a theme and returns [] without passages', () => {
    const rows = buildAlignmentRows([A, B], { themeId: 'ecology' })
    expect(rows).toEqual([
      {
        members: [
          { doc: 0, passage: 'p1' },
          { doc: 1, passage: 'p2' },
        ],
        score: expect.any(Number),
      },
    ])
    expect(buildAlignmentRows([])).toEqual([])
  })
})

describe('groupMatchesIntoRows', () => {
  it('links only mutual best matches above the minimum score, one passage per document per row', () => {
    const m = (fd: number, fp: string, td: number, tp: string, score: number) => ({
      from: { doc: fd, passage: fp },
      to: { doc: td, passage: tp },
      rank: 1,
      score,
    })
    const passages = [
      { doc: 0, passage: 'p0' },
      { doc: 1, passage: 'p0' },
      { doc: 1, passage: 'p1' },
      { doc: 2, passage: 'p0' },
    ]
    const rows = groupMatchesIntoRows(passages, [
      m(0, 'p0', 1, 'p0', 0.5),
      m(1, 'p0', 0, 'p0', 0.5),
      m(1, 'p1', 0, 'p0', 0.9), // not mutual: 0.p0's best in document 1 is p0
      m(2, 'p0', 0, 'p0', 0.05),
      m(0, 'p0', 2, 'p0', 0.05), // mutual but below the minimum score
    ])
    expect(rows[0].members).toEqual([
      { doc: 0, passage: 'p0' },
      { doc: 1, passage: 'p0' },
    ])
    expect(rows).toHaveLength(3)
    expect(groupMatchesIntoRows([], [])).toEqual([])
  })
})
