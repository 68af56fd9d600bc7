// Term extraction for alignment: one passage at a time, or many through one index of the text.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractPassageTerms, passageTermsOf } from '../../../src/core/align'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../../../src/core/themes'
import { bigramKeyOf, bigramText, contentTerms } from '../../../src/core/text/tokenize'

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
    expect(terms.bigrams.get(bigramKeyOf('河长'))).toBe(1)
  })

  it('cuts clauses at 。；！？ and ASCII ;!? once a clause has 12 characters, joining shorter ones to the next', () => {
    const clauseTexts = (text: string): string[] =>
      passageTermsOf(text)({ id: 'p0', start: 0, end: text.length, themes: [], headings: [] }).clauses.map((c) =>
        [...c.bigrams.keys()].map(bigramText).join(' '),
      )
    // 12+ characters before each mark: three clauses, whatever the mark's width.
    expect(clauseTexts('推进河长制全面落实巡河制度!加强垃圾分类建设无废城市?治理黑臭水体改善水质;')).toHaveLength(3)
    expect(clauseTexts('推进河长制全面落实巡河制度！加强垃圾分类建设无废城市？治理黑臭水体改善水质；')).toHaveLength(3)
    // A short first clause joins the next; commas never end one.
    expect(clauseTexts('抓安全。推进河长制全面落实巡河制度，加强垃圾分类建设无废城市。')).toEqual([
      '抓安 安全 推进 进河 河长 长制 制全 全面 面落 落实 实巡 巡河 河制 制度 加强 强垃 垃圾 圾分 分类 类建 建设 设无 无废 废城 城市',
    ])
  })

  it('counts the whole passage as the sum of its clauses, terms in order of first use', () => {
    const text = '治理黑臭水体，推进河长制巡河。治理河道，推进河长制，治理黑臭水体。'
    const terms = passageTermsOf(text)({ id: 'p0', start: 0, end: text.length, themes: [], headings: [] })
    expect(terms.clauses).toHaveLength(2)
    for (const channel of ['words', 'bigrams', 'concepts'] as const) {
      const sum = new Map<unknown, number>()
      for (const c of terms.clauses) for (const [k, n] of c[channel]) sum.set(k, (sum.get(k) ?? 0) + n)
      expect([...terms[channel]]).toEqual([...sum])
    }
    expect(terms.bigrams.get(bigramKeyOf('治理'))).toBe(3)
  })

  it('counts the words of the two nearest headings as context, the same for every passage under them', () => {
    const text = '推进河长制。加强垃圾分类。'
    const extract = passageTermsOf(text)
    const passage = (id: string, start: number, end: number, titles: string[]) =>
      extract({ id, start, end, themes: [], headings: titles.map((title) => ({ title })) })
    const a = passage('p0', 0, 6, ['一、总体要求', '（一）生态环境', '1. 河湖治理'])
    const b = passage('p1', 6, 13, ['一、总体要求', '（一）生态环境', '1. 河湖治理'])
    expect([...a.context.keys()]).toEqual([...contentTerms('（一）生态环境'), ...contentTerms('1. 河湖治理')])
    expect(a.context.has('要求')).toBe(false)
    expect(b.context).toEqual(a.context)
    // Titles are not run together: a line break inside one title does not make it another pair.
    const c = passage('p2', 0, 6, ['生态\n环境', '治理'])
    const d = passage('p3', 0, 6, ['生态', '环境\n治理'])
    expect(c.context).not.toBe(d.context)
    expect(passage('p4', 0, 6, []).context.size).toBe(0)
  })

  it('gives an empty passage empty counts', () => {
    const terms = passageTermsOf('')({ id: 'p0', start: 0, end: 0, themes: [], headings: [] })
    expect([terms.words.size, terms.bigrams.size, terms.concepts.size]).toEqual([0, 0, 0])
  })
})
