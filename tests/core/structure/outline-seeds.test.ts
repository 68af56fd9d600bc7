import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { flattenOutline, parseStructure } from '../../../src/core/structure'
import type { DocumentStructure, OutlineNode } from '../../../src/core/structure'
import { nationalReports } from '../../fixtures/corpora/national-reports'

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), 'utf8').replace(/\r\n?/g, '\n')
const national = (year: number): string => {
  const doc = nationalReports().find((d) => d.year === year)
  if (!doc) throw new Error(`no national report for ${year}`)
  return doc.text
}
const labels = (nodes: readonly OutlineNode[]) => nodes.map((n) => n.label)

/** Invariants every parsed document must satisfy, whatever its outline. */
function expectConsistent(text: string, s: DocumentStructure): void {
  const check = (nodes: readonly OutlineNode[], parent: OutlineNode | undefined, depth: number) => {
    for (const n of nodes) {
      expect(n.depth).toBe(depth)
      expect(text.slice(n.heading.start, n.heading.end).startsWith(n.label)).toBe(true)
      expect(text.slice(n.heading.start, n.heading.end)).toContain(n.title)
      expect(n.section.start).toBe(n.heading.start)
      expect(n.section.end).toBeGreaterThanOrEqual(n.heading.end)
      if (parent) expect(n.section.end).toBeLessThanOrEqual(parent.section.end)
      check(n.children, n, depth + 1)
    }
  }
  check(s.outline, undefined, 0)
  const flat = flattenOutline(s.outline)
  flat.forEach((n, i) => i > 0 && expect(n.heading.start).toBeGreaterThan(flat[i - 1]!.heading.start))
  for (const p of s.paragraphs) expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim())
  for (const x of s.sentences) {
    expect(x.end).toBeGreaterThan(x.start)
    expect(s.paragraphs.some((p) => p.start <= x.start && x.end <= p.end)).toBe(true)
  }
}

describe('parseStructure on 001 (action plan: seven actions, 45 tasks numbered across them)', () => {
  const text = seed('001_8f52a2821bb8e2be')
  const s = parseStructure(text)
  it('finds 一、二、三、 at the top', () => {
    expect(labels(s.outline)).toEqual(['一、', '二、', '三、'])
  })
  it('finds the seven actions (一)…(七) under 二、 and the 45 tasks nested under them', () => {
    const actions = s.outline[1]!.children
    expect(labels(actions)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)'])
    expect(actions[4]!.title).toBe('城区建设质量提升行动')
    const tasks = actions.flatMap((a) => a.children)
    expect(tasks.map((t) => t.label)).toEqual(Array.from({ length: 45 }, (_, i) => `${i + 1}.`))
    expect(actions.map((a) => a.children.length)).toEqual([7, 7, 7, 5, 9, 6, 4])
    expect(tasks.every((t) => t.kind === 'arabic' && t.depth === 2)).toBe(true)
  })
  it('takes the label and first sentence as the heading of a task paragraph', () => {
    const task17 = s.outline[1]!.children[2]!.children[2]!
    expect(text.slice(task17.heading.start, task17.heading.end)).toBe('17.打造“智慧安监”。')
    expect(task17.title).toBe('打造“智慧安监”')
    expect(text.slice(task17.section.start, task17.section.end).startsWith('17.打造“智慧安监”。建立健全')).toBe(true)
    expect(text.slice(task17.section.end).startsWith('\n18.')).toBe(true)
  })
  it('finds the 一是…四是 run under 一、 and the (一)…(三) of 三、', () => {
    expect(labels(s.outline[0]!.children)).toEqual(['一是', '二是', '三是', '四是'])
    expect(labels(s.outline[2]!.children)).toEqual(['(一)', '(二)', '(三)'])
  })
  it('does not take the date or the 2017 stamp as headings', () => {
    expect(flattenOutline(s.outline).some((n) => /2017/.test(n.title))).toBe(false)
  })
  it('is consistent', () => expectConsistent(text, s))
})

describe('parseStructure on the other seeds', () => {
  it('000: 二是 三是 before (九), then (九) and (十) each with their 一是 run', () => {
    const text = seed('000_3a5eedb3a8af94b3')
    const s = parseStructure(text)
    expect(labels(s.outline)).toEqual(['二是', '三是', '(九)', '(十)'])
    expect(labels(s.outline[2]!.children)).toEqual(['一是', '二是', '三是'])
    expect(labels(s.outline[3]!.children)).toEqual(['一是', '二是', '三是', '四是'])
    expect(s.outline[3]!.children[0]!.title).toBe('旗帜鲜明讲政治')
    expectConsistent(text, s)
  })
  it('002: indented paragraphs, (七) and 三、 with their lead phrases; page debris is no heading', () => {
    const text = seed('002_cfa2e8210ff970e4')
    const s = parseStructure(text)
    expect(s.outline.map((n) => n.label || n.title)).toEqual(['加强污染防治', '推进低碳发展', '(七)', '三、'])
    expect(s.outline[2]!.children.map((n) => n.title)).toEqual(['兜牢民生底线', '优化公共服务', '完善社会治理'])
    expect(s.outline[3]!.children.map((n) => n.title)).toEqual([
      '突出政治引领,忠诚履职',
      '突出高质高效,担当作为',
      '突出公平正义,依法行政',
      '突出清正廉洁,守牢底线',
    ])
    const indented = s.paragraphs[1]!
    expect(text.slice(indented.start, indented.end).startsWith('推进低碳发展。')).toBe(true)
    expect(text[indented.start - 1]).toBe(' ')
    expectConsistent(text, s)
  })
  it('003: 一、…四、 with (一)…(五) under 三、, three lead phrases each', () => {
    const text = seed('003_765d9d0c58e45bfb')
    const s = parseStructure(text)
    expect(labels(s.outline)).toEqual(['一、', '二、', '三、', '四、'])
    const actions = s.outline[2]!.children
    expect(labels(actions)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)'])
    expect(actions.map((a) => a.children.length)).toEqual([3, 3, 3, 3, 3])
    expect(actions[3]!.children[1]!.title).toBe('抓“两个管理”提质')
    expect(s.outline[3]!.children.map((n) => n.title)).toEqual([
      '坚守一以贯之的政治定力',
      '练就公正严明的法治定力',
      '砥砺勤政务实的实干定力',
      '恪守清正廉洁的纪律定力',
    ])
    // Prose openings with commas (一年来,我们坚持…) are not lead phrases.
    expect(s.outline[0]!.children).toEqual([])
    expectConsistent(text, s)
  })
  it('004: an excerpt starting at (四) puts (四)(五)(六) at depth 0', () => {
    const text = seed('004_3a41aaacdf980295')
    const s = parseStructure(text)
    expect(labels(s.outline)).toEqual(['(四)', '(五)', '(六)'])
    expect(s.outline[1]!.title).toBe('如履薄冰保安全')
    expect(s.outline[1]!.children.map((n) => n.title)).toEqual(['着力增强城区韧性', '全力保障城区安全', '坚决维护大局稳定'])
    expectConsistent(text, s)
  })
})

describe('parseStructure on national work reports', () => {
  it.each([2024, 2025])('%i: 一、二、三、 at the top, （一）…（十） under 三、', (year) => {
    const text = national(year)
    const s = parseStructure(text)
    expect(labels(s.outline)).toEqual(['一、', '二、', '三、'])
    expect(labels(s.outline[2]!.children)).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
      '（七）',
      '（八）',
      '（九）',
      '（十）',
    ])
    expect(s.outline[2]!.children.every((n) => n.children.length >= 2 && n.children.every((c) => c.kind === 'lead'))).toBe(true)
    expectConsistent(text, s)
  })
  it('2024: paragraphs opening with 一是 are siblings of the lead phrases before them', () => {
    const s = parseStructure(national(2024))
    const review = s.outline[0]!.children
    expect(review.filter((n) => n.kind === 'cn-shi').map((n) => n.label)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是'])
    expect(review.every((n) => n.depth === 1)).toBe(true)
  })
  it('every report from 1954 to 2025 parses consistently, with no empty titles', () => {
    const reports = nationalReports()
    expect(reports.length).toBeGreaterThan(40)
    for (const { text } of reports) {
      const s = parseStructure(text)
      expectConsistent(text, s)
      expect(flattenOutline(s.outline).every((n) => n.title.length > 0)).toBe(true)
    }
  })
})
