// Term extraction for alignment: one passage at a time, or many through one index of the text.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractPassageTerms, passageTermsOf } from '../../../src/core/align'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../../../src/core/themes'

const matcher = compileThemeMatcher(builtinCodebook())

describe('passageTermsOf', () => {
  it('gives every passage of the seeds exactly the terms extractPassageTerms gives it alone', () => {
    for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`seeds/${file}`, 'utf8')
      const extract = passageTermsOf(text)
      for (const p of classifyDocument(text, matcher)) expect(extract(p), `${file} ${p.id}`).toEqual(extractPassageTerms(text, p))
    }
  })

  it('counts concepts, words and bigrams per clause and for the whole passage', () => {
    const text = '推进河长制，治理黑臭水体。加强垃圾分类，建设无废城市。'
    const terms = passageTermsOf(text)({ id: 'p0', start: 0, end: text.length, themes: [], headings: [] })
    expect(terms.clauses).toHaveLength(2)
    expect(terms.concepts.get('water')).toBe(2)
    expect(terms.concepts.get('soil-waste')).toBe(2)
    expect(terms.clauses[0].concepts.has('soil-waste')).toBe(false)
    expect(terms.bigrams.get('河长')).toBe(1)
  })

  it('gives an empty passage empty counts', () => {
    const terms = passageTermsOf('')({ id: 'p0', start: 0, end: 0, themes: [], headings: [] })
    expect([terms.words.size, terms.bigrams.size, terms.concepts.size]).toEqual([0, 0, 0])
  })
})
