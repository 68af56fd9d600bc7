import { describe, expect, it } from 'vitest'
import { MAX_PASSAGE_CHARS, segmentPassages } from '../../../src/core/passages'
import { MIN_RUN_CHARS, SPLIT_PARAGRAPHS_OVER, SUBTHEME_SHIFT_MIN_CHARS } from '../../../src/core/passages/segment-passages'
import type { DocumentStructure, OutlineNode, Span } from '../../../src/core/structure/types'
import { builtinCodebook, compileThemeMatcher, policyConceptCodebook } from '../../../src/core/themes'

const matcher = compileThemeMatcher(builtinCodebook())

/** A minimal structure: paragraphs are lines, sentences end at 。；！？, headings given by their line. */
function structureOf(text: string, headingLines: number[] = []): DocumentStructure {
  const paragraphs: Span[] = []
  const sentences: Span[] = []
  let start = 0
  for (const line of text.split('\n')) {
    const end = start + line.length
    if (line.length) paragraphs.push({ start, end })
    let s = start
    for (let i = start; i < end; i++) {
      if ('。；！？'.includes(text[i])) {
        sentences.push({ start: s, end: i + 1 })
        s = i + 1
      }
    }
    if (s < end) sentences.push({ start: s, end })
    start = end + 1
  }
  const outline: OutlineNode[] = headingLines.map((n, i) => ({
    id: `h${i}`,
    kind: 'cn-paren',
    depth: 0,
    label: '',
    title: text.slice(paragraphs[n].start, paragraphs[n].end),
    heading: paragraphs[n],
    section: { start: paragraphs[n].start, end: headingLines[i + 1] !== undefined ? paragraphs[headingLines[i + 1]].start : text.length },
    children: [],
  }))
  return { outline, paragraphs, sentences }
}

const SAFETY = '强化安全生产监管，开展消防隐患排查整治，提升应急救援能力。'
const ECOLOGY = '统筹PM2.5和臭氧协同治理，深化河湖长制，推进垃圾分类。'

describe('segmentPassages', () => {
  it('makes a heading line its own passage and gives body passages their heading', () => {
    const text = `（五）如履薄冰保安全\n${SAFETY}`
    const passages = segmentPassages(text, structureOf(text, [0]), { matcher })
    expect(passages.map((p) => p.kind)).toEqual(['heading', 'paragraph'])
    expect(passages[1].headings.map((h) => h.title)).toEqual(['（五）如履薄冰保安全'])
    expect(passages[0].headings).toEqual([])
  })

  it('splits a long mixed paragraph where the theme changes, into whole sentences', () => {
    const text = SAFETY.repeat(4) + ECOLOGY.repeat(4)
    const structure = structureOf(text)
    const passages = segmentPassages(text, structure, { matcher })
    expect(passages.length).toBeGreaterThan(1)
    const ends = new Set(structure.sentences.map((s) => s.end))
    for (const p of passages) expect(ends.has(p.end)).toBe(true)
    expect(passages.some((p) => p.end === SAFETY.length * 4)).toBe(true)
  })

  it.each([
    ['many sentences', '推进项目建设，完成年度目标任务。'.repeat(120)],
    ['semicolon clauses in one sentence', '推进项目建设，完成年度目标任务；'.repeat(80) + '。'],
    ['mixed themes', (SAFETY + ECOLOGY).repeat(20)],
  ])('keeps passages within %s under the length rule', (_name, text) => {
    const passages = segmentPassages(text, structureOf(text), { matcher })
    for (const p of passages) {
      const body = text.slice(p.start, p.end)
      const sentences = body.split(/[。！？；!?;]/).filter((s) => s.trim()).length
      expect(p.end - p.start <= MAX_PASSAGE_CHARS || sentences <= 1).toBe(true)
    }
  })

  it('returns ordered, non-overlapping passages whose offsets slice back to trimmed text', () => {
    const text = `  一、总体要求  \n\n${SAFETY.repeat(4)}\n${ECOLOGY}\n`
    const passages = segmentPassages(text, structureOf(text, [0]), { matcher })
    let last = 0
    passages.forEach((p, i) => {
      expect(p.id).toBe(`p${i}`)
      expect(p.start).toBeGreaterThanOrEqual(last)
      const body = text.slice(p.start, p.end)
      expect(body).toBe(body.trim())
      expect(body.length).toBeGreaterThan(0)
      last = p.end
    })
  })

  it('splits a very long paragraph without a matcher by length alone', () => {
    const text = '推进项目建设，完成年度目标任务。'.repeat(60)
    expect(segmentPassages(text, structureOf(text)).length).toBeGreaterThan(1)
  })

  it.each([[''], ['\n\n  \n']])('returns [] for %j', (text) => {
    expect(segmentPassages(text, structureOf(text), { matcher })).toEqual([])
  })
})

describe('segmentPassages with policy concepts', () => {
  const concepts = compileThemeMatcher(policyConceptCodebook())
  it('splits within one theme where the policy changes (air quality → river chiefs)', () => {
    const air = '统筹PM2.5和臭氧协同治理，严控扬尘，提升空气质量优良天数比例。'
    const water = '深化河湖长制，开展巡河，消除黑臭水体，改善水质。'
    const text = air.repeat(4) + water.repeat(4)
    const withConcepts = segmentPassages(text, structureOf(text), { matcher, concepts })
    expect(withConcepts.some((p) => p.end === air.length * 4)).toBe(true)
  })

  it('splits a short paragraph that holds two topics, but never below two runs of MIN_RUN_CHARS', () => {
    // 加强污染防治。+ air + rivers: under 180 characters, yet two policies a reader aligns separately.
    const text =
      '加强污染防治。加大油烟、废气、扬尘等污染治理力度，强化臭氧和PM2.5协同控制，提升空气质量优良天数比例。持续深化入河排污口溯源排查整治，全面落实河湖长制，开展黑臭水体治理，推动水质持续改善。'
    expect(text.length).toBeGreaterThan(SPLIT_PARAGRAPHS_OVER)
    const passages = segmentPassages(text, structureOf(text), { matcher, concepts })
    expect(passages.length).toBe(2)
    expect(text.slice(passages[1].start, passages[1].end)).toMatch(/^持续深化入河排污口/)
    const short = '加强污染防治。强化臭氧协同控制。落实河湖长制。'
    expect(short.length).toBeLessThanOrEqual(SPLIT_PARAGRAPHS_OVER)
    expect(segmentPassages(short, structureOf(short), { matcher, concepts }).length).toBe(1)
  })
})

describe('segmentPassages with sub-themes', () => {
  const concepts = compileThemeMatcher(policyConceptCodebook())
  // Two safety topics, one short sentence each, as national reports write them: a reader aligns
  // each on its own (a run of both could rank only one of them first in another report).
  const production = '深入实施安全生产治本攻坚三年行动，坚决遏制重特大事故发生。'
  const food = '严格食品药品监管，抓好校园学生餐安全。'
  // Another theme before them, so the production run starts at its own sentence.
  const opening = ECOLOGY + ECOLOGY

  it('cuts a short run where the next sentence names another sub-theme outright', () => {
    const text = opening + production + food
    expect(production.length).toBeLessThan(MIN_RUN_CHARS)
    expect(production.length).toBeGreaterThanOrEqual(SUBTHEME_SHIFT_MIN_CHARS)
    const passages = segmentPassages(text, structureOf(text), { matcher, concepts })
    expect(passages.map((p) => text.slice(p.start, p.end)).at(-1)).toBe(food)
    // A codebook without sub-themes keeps the two together.
    const flat = compileThemeMatcher({ themes: builtinCodebook().themes.map(({ subthemes: _, ...t }) => t) })
    const flatPassages = segmentPassages(text, structureOf(text), { matcher: flat, concepts })
    expect(flatPassages.map((p) => text.slice(p.start, p.end))).not.toContain(food)
  })

  it('keeps an in-paragraph heading with the sentence that follows it', () => {
    const heading = '二是全面加强食品药品安全监管体系和能力建设。'
    expect(heading.length).toBeGreaterThanOrEqual(SUBTHEME_SHIFT_MIN_CHARS)
    const text = opening + heading + production + food
    const structure = structureOf(text)
    const at = { start: opening.length, end: opening.length + heading.length }
    structure.outline.push({
      id: 'h',
      kind: 'cn-shi',
      depth: 0,
      label: '二是',
      title: heading,
      heading: at,
      section: { start: at.start, end: text.length },
      children: [],
    })
    const passages = segmentPassages(text, structure, { matcher, concepts }).map((p) => text.slice(p.start, p.end))
    expect(passages).not.toContain(heading)
    expect(passages.some((p) => p.startsWith(heading + production))).toBe(true)
  })
})
