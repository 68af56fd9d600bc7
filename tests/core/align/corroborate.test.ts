// Corroboration through third documents: a candidate gains the sum of its best paths a → c → b, each
// path as strong as its weaker link. Checked on small constructed tables against a plain reading of
// that rule, since the fast version pushes paths from the intermediate passages instead.
import { describe, expect, it } from 'vitest'
import { candidatesOf, candidateTable, type Candidate, type CandidateTable } from '../../../src/core/align/candidate-table'
import { corroborate, SUPPORT_DOCUMENTS, SUPPORT_VIA } from '../../../src/core/align/corroborate'

/** The rule as the module states it, candidate by candidate, on lists of candidates per query and document. */
function reference(lists: Map<number, Candidate[]>[]): { support: Map<number, number>[]; score: Map<number, Candidate[]>[] } {
  const linkScore = (from: number, target: number, doc: number): number =>
    lists[from]?.get(doc)?.find((c) => c.entry === target)?.score ?? 0
  const support = lists.map((perDoc) => {
    const out = new Map<number, number>()
    for (const [doc, list] of perDoc) {
      for (const c of list) {
        const paths: number[] = []
        for (const [third, vias] of perDoc) {
          if (third === doc) continue
          let path = 0
          for (const via of vias.slice(0, SUPPORT_VIA)) path = Math.max(path, Math.min(via.score, linkScore(via.entry, c.entry, doc)))
          if (path > 0) paths.push(path)
        }
        paths.sort((a, b) => b - a)
        out.set(
          c.entry * 1000 + doc,
          paths.slice(0, SUPPORT_DOCUMENTS).reduce((s, p) => s + p, 0),
        )
      }
    }
    return out
  })
  const score = lists.map(
    (perDoc, q) =>
      new Map(
        [...perDoc].map(([doc, list]) => [
          doc,
          list
            .map((c) => ({ entry: c.entry, score: c.score + support[q].get(c.entry * 1000 + doc)! }))
            .sort((a, b) => b.score - a.score || a.entry - b.entry),
        ]),
      ),
  )
  return { support, score }
}

/** A deterministic pseudo-random table: `docs` documents of `per` passages, each passage with up to `keep` candidates per other document. */
function randomLists(seed: number, docs: number, per: number, keep: number): { lists: Map<number, Candidate[]>[]; docOf: number[] } {
  let x = seed
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
  const docOf = Array.from({ length: docs * per }, (_, e) => Math.floor(e / per))
  const lists = docOf.map((own) => {
    const perDoc = new Map<number, Candidate[]>()
    for (let doc = 0; doc < docs; doc++) {
      if (doc === own || next() < 0.15) continue
      const entries = Array.from({ length: per }, (_, i) => doc * per + i).filter(() => next() < 0.6)
      // Scores on a coarse grid, so ties are common; a few negative ones (order penalties).
      const list = entries.slice(0, keep).map((entry) => ({ entry, score: Math.round(next() * 10 - 1) / 10 }))
      perDoc.set(
        doc,
        list.sort((a, b) => b.score - a.score || a.entry - b.entry),
      )
    }
    return perDoc
  })
  return { lists, docOf }
}

const supportOf = (t: CandidateTable, q: number): Map<number, number> => {
  const out = new Map<number, number>()
  for (let s = t.firstSlot[q]; s < t.firstSlot[q + 1]; s++)
    for (let c = t.slotStart[s]; c < t.slotStart[s] + t.slotLength[s]; c++) out.set(t.entry[c] * 1000 + t.slotDoc[s], t.support[c])
  return out
}

describe('corroborate', () => {
  it('adds the weaker link of the path through a third document', () => {
    // Entry 0 (document 0) → 1 (document 1) directly at 0.5; via 2 (document 2): 0 → 2 at 0.4, 2 → 1 at 0.7.
    const lists = [
      new Map([
        [1, [{ entry: 1, score: 0.5 }]],
        [2, [{ entry: 2, score: 0.4 }]],
      ]),
      new Map<number, Candidate[]>(),
      new Map([[1, [{ entry: 1, score: 0.7 }]]]),
    ]
    const t = corroborate(candidateTable(lists), [0, 1, 2])
    expect(candidatesOf(t, 0).get(1)).toEqual([{ entry: 1, score: 0.5 + 0.4 }])
    // Nothing leads from 1 back to 0 through a third document, so the link into 2 gains nothing.
    expect(candidatesOf(t, 0).get(2)).toEqual([{ entry: 2, score: 0.4 }])
  })

  it.each([
    [1, 4, 3, 3],
    [2, 6, 4, 3],
    [3, 8, 3, 5],
    [4, 5, 6, 2],
  ])('gives every candidate the sum of its best paths, as the rule reads (seed %i)', (seed, docs, per, keep) => {
    const { lists, docOf } = randomLists(seed, docs, per, keep)
    const t = corroborate(candidateTable(lists), docOf)
    const want = reference(lists)
    lists.forEach((_, q) => {
      expect(supportOf(t, q)).toEqual(want.support[q])
      expect(candidatesOf(t, q)).toEqual(want.score[q])
    })
  })
})
