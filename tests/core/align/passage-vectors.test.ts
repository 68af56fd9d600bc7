// Passage vectors read the term ids collectTermStats recorded for each counted map; a map it never
// saw (a copy, a clause of a longer passage) is looked up term by term. Both give the same vector.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { passageTermsOf } from '../../../src/core/align'
import {
  clauseVectors,
  collectTermStats,
  contextVector,
  denseVector,
  normalise,
  passageVector,
  passageVectors,
  type PassageTerms,
} from '../../../src/core/align/passage-vectors'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../../../src/core/themes'
import { background } from '../../../src/core/align/background'

const copy = (t: PassageTerms): PassageTerms => ({
  words: new Map(t.words),
  bigrams: new Map(t.bigrams),
  concepts: new Map(t.concepts),
  context: new Map(t.context),
  clauses: t.clauses.map((c) => ({ words: new Map(c.words), bigrams: new Map(c.bigrams), concepts: new Map(c.concepts) })),
})

describe('passage vectors from recorded term ids', () => {
  it('equal the vectors looked up term by term, for every passage of a sample', () => {
    const text = readFileSync('seeds/000_3a5eedb3a8af94b3.txt', 'utf8')
    const extract = passageTermsOf(text)
    const terms = classifyDocument(text, compileThemeMatcher(builtinCodebook())).map((p) => extract(p))
    const stats = collectTermStats(terms)
    expect(terms.length).toBeGreaterThan(20)
    for (const t of terms) {
      const fresh = copy(t)
      expect(passageVector(stats, t)).toEqual(passageVector(stats, fresh))
      expect(clauseVectors(stats, t)).toEqual(clauseVectors(stats, fresh))
      expect(contextVector(stats, t)).toEqual(contextVector(stats, fresh))
      expect(denseVector(stats, t)).toEqual(denseVector(stats, fresh))
    }
  })

  it('built all at once, equal the vectors built one by one, dense sums included', () => {
    const text = readFileSync('seeds/000_3a5eedb3a8af94b3.txt', 'utf8')
    const extract = passageTermsOf(text)
    const terms = classifyDocument(text, compileThemeMatcher(builtinCodebook())).map((p) => extract(p))
    const stats = collectTermStats(terms)
    const dense = terms.map(() => new Float32Array(background().dims))
    const all = passageVectors(stats, terms, dense)
    terms.forEach((t, i) => {
      const one = passageVector(stats, t)
      expect(Array.from(all[i].ids)).toEqual(Array.from(one.ids))
      expect(Array.from(all[i].weights)).toEqual(Array.from(one.weights))
      expect(Array.from(normalise(dense[i]))).toEqual(Array.from(denseVector(stats, t)))
    })
    expect(all.some((v, i) => v.ids.length > 1 && dense[i].some((x) => x !== 0))).toBe(true)
  })
})
