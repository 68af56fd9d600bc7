import { describe, expect, it } from 'vitest'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../../../src/core/themes'
import { findEchoes, indexReference, traceDocument, type EchoSpan } from '../../../src/core/trace'

const span = (start: number, end: number, refStart = 0, refEnd = end - start): EchoSpan => ({ start, end, refStart, refEnd })

describe('traceDocument', () => {
  const passages = [
    { id: 'p0', start: 0, end: 100, themes: ['safety'], subthemes: ['safety.production'] },
    { id: 'p1', start: 100, end: 200, themes: ['safety', 'ecology'] },
    { id: 'p2', start: 200, end: 300, themes: [] },
    { id: 'p3', start: 300, end: 305, themes: [] },
  ]

  it('shares echoed characters among passages, themes and sub-themes', () => {
    const trace = traceDocument(400, [span(150, 170, 500, 520), span(10, 60, 0, 50), span(90, 110, 60, 80)], passages)
    expect(trace.spans.map((s) => s.start)).toEqual([10, 90, 150])
    expect(trace.echoShare).toBeCloseTo(90 / 400)
    expect(trace.passages.map((p) => p.echoed)).toEqual([60, 30, 0, 0])
    expect(trace.passages[0]!.share).toBeCloseTo(0.6)
    // p1's longest echo is the one at 150 (20 characters inside it, against 10 for the one at 90).
    expect(trace.passages[1]!.source).toEqual(span(150, 170, 500, 520))
    expect(trace.themes.safety).toEqual({ chars: 200, echoed: 90, share: 0.45 })
    expect(trace.themes.ecology!.share).toBeCloseTo(0.3)
    expect(trace.subthemes['safety.production']!.share).toBeCloseTo(0.6)
    expect(Object.keys(trace.themes).sort()).toEqual(['ecology', 'safety'])
  })

  it('lists passages with no echo as locally specific, leaving out ones too short to echo', () => {
    const trace = traceDocument(400, [span(10, 60)], passages)
    expect(trace.localPassages).toEqual(['p1', 'p2'])
  })

  it('gives an empty trace for empty input', () => {
    const trace = traceDocument(0, [], [])
    expect(trace).toEqual({ spans: [], echoShare: 0, passages: [], themes: {}, subthemes: {}, localPassages: [] })
  })

  it('works on a real report traced against a passage of itself with local additions', () => {
    const reference = '全面推进安全生产专项整治三年行动，坚决遏制重特大事故发生。\n持续打好蓝天、碧水、净土保卫战，加强生态环境保护。'
    const text = '二、安全\n我区全面推进安全生产专项整治三年行动，坚决遏制重特大事故发生。\n新建社区消防站三个，培训网格员两百人。'
    const matcher = compileThemeMatcher(builtinCodebook())
    const trace = traceDocument(text.length, findEchoes(indexReference(reference), text), classifyDocument(text, matcher))
    expect(trace.echoShare).toBeGreaterThan(0.3)
    expect(trace.themes.safety!.share).toBeGreaterThan(0.3)
    const local = trace.passages.filter((p) => trace.localPassages.includes(p.id)).map((p) => text.slice(p.start, p.end))
    expect(local.join('')).toContain('新建社区消防站')
  })
})
