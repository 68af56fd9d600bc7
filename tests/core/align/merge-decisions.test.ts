// How alignment decisions (confirm, reject, link by hand) merge with recomputed row suggestions:
// they survive reordered rows and moved passages, and decisions that cannot apply are reported.
import { describe, expect, it } from 'vitest'
import { mergeDecisions, resolvePassage, type AlignmentDecision, type PassageKey, type SuggestedRow } from '../../../src/core/align'

const P = (docId: string, start: number, end = start + 50, quoteHash = `${docId}:${start}`): PassageKey => ({
  docId,
  start,
  end,
  quoteHash,
})

// Three documents; suggested rows: {a1, b1, c1}, {a2, b2}, {c2} alone.
const a1 = P('a', 0)
const a2 = P('a', 100)
const b1 = P('b', 0)
const b2 = P('b', 100)
const c1 = P('c', 0)
const c2 = P('c', 100)
const rows: SuggestedRow[] = [
  { members: [a1, b1, c1], score: 0.5 },
  { members: [a2, b2], score: 0.4 },
  { members: [c2], score: 0 },
]

let time = 0
const decide = (kind: AlignmentDecision['kind'], passage: PassageKey, others: PassageKey[]): AlignmentDecision => ({
  id: `${kind}-${passage.docId}-${passage.start}`,
  themeId: 'safety',
  kind,
  passage,
  others,
  createdAt: ++time,
})

/** Rows as sorted lists of "doc:start", statuses marked (✓ confirmed, + linked), largest first. */
function shape(result: ReturnType<typeof mergeDecisions>): string[][] {
  return result.rows.map((r) =>
    r.members
      .map((m) => `${m.passage.docId}:${m.passage.start}${m.status === 'confirmed' ? '✓' : m.status === 'linked' ? '+' : ''}`)
      .sort(),
  )
}

describe('mergeDecisions', () => {
  it.each<[string, SuggestedRow[], AlignmentDecision[], string[][], number]>([
    ['no decisions: the suggestions unchanged', rows, [], [['a:0', 'b:0', 'c:0'], ['a:100', 'b:100'], ['c:100']], 0],
    [
      'reject takes the member out into a row of its own',
      rows,
      [decide('reject', c1, [a1, b1])],
      [['a:0', 'b:0'], ['a:100', 'b:100'], ['c:100'], ['c:0']],
      0,
    ],
    [
      'confirm marks the member and keeps the row',
      rows,
      [decide('confirm', b1, [a1, c1])],
      [['a:0', 'b:0✓', 'c:0'], ['a:100', 'b:100'], ['c:100']],
      0,
    ],
    [
      'link by hand moves a lone passage into a row',
      rows,
      [decide('link', c2, [a2, b2])],
      [
        ['a:0', 'b:0', 'c:0'],
        ['a:100', 'b:100', 'c:100+'],
      ],
      0,
    ],
    [
      'link displaces a suggested member of the same document',
      rows,
      [decide('link', c2, [a1, b1])],
      [['a:0', 'b:0', 'c:100+'], ['a:100', 'b:100'], ['c:0']],
      0,
    ],
    [
      'recomputed rows in another order: decisions follow the passages, not the row numbers',
      [rows[2], rows[1], rows[0]],
      [decide('reject', c1, [a1, b1]), decide('link', c2, [a2, b2])],
      [['a:100', 'b:100', 'c:100+'], ['a:0', 'b:0'], ['c:0']],
      0,
    ],
    [
      'recomputation split a confirmed pair: confirm puts it back',
      [
        { members: [a1, b1], score: 0.5 },
        { members: [c1], score: 0 },
        { members: [a2, b2], score: 0.4 },
        { members: [c2], score: 0 },
      ],
      [decide('confirm', c1, [a1, b1])],
      [['a:0', 'b:0', 'c:0✓'], ['a:100', 'b:100'], ['c:100']],
      0,
    ],
    [
      'recomputation merged a rejected member back: it stays out',
      rows,
      [decide('reject', b2, [a2])],
      [['a:0', 'b:0', 'c:0'], ['a:100'], ['c:100'], ['b:100']],
      0,
    ],
    [
      'a decision whose passage no longer exists is reported stale, the rest applied',
      rows,
      [decide('reject', P('a', 900), [b1]), decide('reject', c1, [a1])],
      [['a:0', 'b:0'], ['a:100', 'b:100'], ['c:100'], ['c:0']],
      1,
    ],
    [
      'a link whose row is gone is stale',
      rows,
      [decide('link', c2, [P('z', 0)])],
      [['a:0', 'b:0', 'c:0'], ['a:100', 'b:100'], ['c:100']],
      1,
    ],
    ['empty rows and decisions', [], [], [], 0],
    ['decisions without rows are all stale', [], [decide('confirm', a1, [b1])], [], 1],
  ])('%s', (_name, input, decisions, expected, staleCount) => {
    const result = mergeDecisions(input, decisions)
    expect(shape(result)).toEqual(expected)
    expect(result.stale).toHaveLength(staleCount)
  })

  it('lists the rejected passage on the row it was rejected from (for undo)', () => {
    const d = decide('reject', c1, [a1, b1])
    const result = mergeDecisions(rows, [d])
    expect(result.rows[0].rejected).toEqual([{ passage: c1, decisionId: d.id }])
  })

  it('applies decisions oldest first: a later link overrides an earlier reject', () => {
    const reject = { ...decide('reject', c1, [a1, b1]), createdAt: 1 }
    const link = { ...decide('link', c1, [a1, b1]), createdAt: 2 }
    expect(shape(mergeDecisions(rows, [link, reject]))).toEqual([['a:0', 'b:0', 'c:0+'], ['a:100', 'b:100'], ['c:100']])
  })

  it('never puts two passages of one document in a row, and loses no passage', () => {
    const decisions = [decide('link', c2, [a1]), decide('link', a2, [c2]), decide('confirm', b2, [a2])]
    const result = mergeDecisions(rows, decisions)
    for (const row of result.rows) {
      const docs = row.members.map((m) => m.passage.docId)
      expect(new Set(docs).size).toBe(docs.length)
    }
    expect(result.rows.flatMap((r) => r.members).length).toBe(6)
  })

  it('does not change its inputs', () => {
    const copy = structuredClone(rows)
    mergeDecisions(rows, [decide('reject', c1, [a1]), decide('link', c2, [a2])])
    expect(rows).toEqual(copy)
  })
})

describe('resolvePassage', () => {
  const candidates = [P('a', 0, 50, 'h0'), P('a', 60, 120, 'h1'), P('b', 0, 50, 'h0')]
  it.each<[string, PassageKey, PassageKey | undefined]>([
    ['same hash in the same document, moved', P('a', 30, 90, 'h1'), candidates[1]],
    ['same offsets, text edited', P('a', 60, 120, 'edited'), candidates[1]],
    ['mostly overlapping after a boundary moved', P('a', 65, 125, 'edited'), candidates[1]],
    ['too little overlap', P('a', 100, 200, 'edited'), undefined],
    ['another document never matches', P('c', 0, 50, 'h0'), undefined],
    ['an empty key on empty text', P('a', 0, 0, 'none'), undefined],
  ])('%s', (_name, key, expected) => {
    expect(resolvePassage(key, candidates)).toBe(expected)
  })
  it('finds nothing among no candidates', () => {
    expect(resolvePassage(P('a', 0), [])).toBeUndefined()
  })
})
