// Outline helpers of the reader: flattening, the section at an offset, and matching sections across documents.
import { describe, expect, it } from 'vitest'
import type { HeadingKind, OutlineNode } from '../../../../src/core/structure/types'
import {
  ancestry,
  flattenOutline,
  matchSection,
  normaliseLabel,
  normaliseTitle,
  sectionAt,
} from '../../../../src/renderer/features/reader/outline-navigation'

function node(
  id: string,
  kind: HeadingKind,
  label: string,
  title: string,
  start: number,
  end: number,
  children: OutlineNode[] = [],
  depth = 0,
): OutlineNode {
  return { id, kind, depth, label, title, heading: { start, end: start + label.length + title.length }, section: { start, end }, children }
}

// 一、(0–100) with （一）(10–50) and （二）(50–100); 二、(100–200) with （一）(120–200).
const OUTLINE = [
  node('a', 'cn-top', '一、', '总体要求', 0, 100, [
    node('a1', 'cn-paren', '（一）', '安全生产', 10, 50, [], 1),
    node('a2', 'cn-paren', '（二）', '生态环境', 50, 100, [], 1),
  ]),
  node('b', 'cn-top', '二、', '重点任务', 100, 200, [node('b1', 'cn-paren', '（一）', '基层治理', 120, 200, [], 1)]),
]

describe('flattenOutline and sectionAt', () => {
  const flat = flattenOutline(OUTLINE)

  it('lists nodes in document order with parents', () => {
    expect(flat.map((f) => [f.node.id, f.parent])).toEqual([
      ['a', -1],
      ['a1', 0],
      ['a2', 0],
      ['b', -1],
      ['b1', 3],
    ])
  })

  it.each([
    [0, 'a'],
    [9, 'a'],
    [10, 'a1'],
    [49, 'a1'],
    [50, 'a2'],
    [110, 'b'],
    [150, 'b1'],
    [199, 'b1'],
  ])('offset %i is in %s', (offset, id) => {
    expect(flat[sectionAt(flat, offset)].node.id).toBe(id)
  })

  it('returns -1 before the first heading, past the end, and for an empty outline', () => {
    const late = flattenOutline([node('x', 'cn-top', '一、', 'x', 20, 30)])
    expect(sectionAt(late, 5)).toBe(-1)
    expect(sectionAt(late, 30)).toBe(-1)
    expect(sectionAt([], 0)).toBe(-1)
  })

  it('gives the ancestry innermost first', () => {
    expect(ancestry(flat, 4).map((n) => n.id)).toEqual(['b1', 'b'])
    expect(ancestry(flat, -1)).toEqual([])
  })
})

describe('matchSection', () => {
  const target = flattenOutline([
    node('t1', 'cn-top', '一、', '重点任务', 0, 100, [node('t1a', 'arabic', '1.', '安全生产！', 10, 100, [], 1)]),
    node('t2', 'cn-top', '二、', '保障措施', 100, 200),
  ])

  it('prefers the same title (ignoring punctuation), innermost first', () => {
    const chain = ancestry(flattenOutline(OUTLINE), 1) // （一）安全生产 under 一、总体要求
    expect(target[matchSection(target, chain)].node.id).toBe('t1a')
  })

  it('falls back to an ancestor title, then to label and kind', () => {
    const flat = flattenOutline(OUTLINE)
    expect(target[matchSection(target, ancestry(flat, 4))].node.id).toBe('t1') // 基层治理 → 重点任务 by parent title
    const labelOnly = [node('z', 'cn-top', '二、', '完全不同', 0, 10)]
    expect(target[matchSection(target, labelOnly)].node.id).toBe('t2')
  })

  it('returns -1 when nothing matches, for lead phrases and empty input', () => {
    expect(matchSection(target, [node('q', 'lead', '', '无关内容', 0, 5)])).toBe(-1)
    expect(matchSection(target, [node('s', 'cn-shi', '一是', '', 0, 5)])).toBe(-1)
    expect(matchSection([], ancestry(flattenOutline(OUTLINE), 0))).toBe(-1)
    expect(matchSection(target, [])).toBe(-1)
  })

  it('matches labels written with half- or full-width brackets', () => {
    const halfWidth = [node('h', 'cn-paren', '(二)', '别的标题', 0, 10)]
    const fullWidth = flattenOutline([node('f1', 'cn-paren', '（一）', '甲', 0, 50), node('f2', 'cn-paren', '（二）', '乙', 50, 100)])
    expect(fullWidth[matchSection(fullWidth, halfWidth)].node.id).toBe('f2')
    expect(normaliseLabel('（三）')).toBe(normaliseLabel('(三)'))
    expect(normaliseLabel('1、')).toBe(normaliseLabel('1.'))
  })

  it('follows the path of labels: （二） under 二、 goes to （二） under 二、, not to the first （二）', () => {
    // Two years' reports: 一、 reviews the past year, 二、 lists this year's tasks; no title is shared.
    const report = (titles: string[]) =>
      flattenOutline([
        node('r1', 'cn-top', '一、', titles[0]!, 0, 100, [
          node('r1a', 'cn-paren', '（一）', titles[1]!, 10, 50, [], 1),
          node('r1b', 'cn-paren', '（二）', titles[2]!, 50, 100, [], 1),
        ]),
        node('r2', 'cn-top', '二、', titles[3]!, 100, 200, [
          node('r2a', 'cn-paren', '（一）', titles[4]!, 110, 150, [], 1),
          node('r2b', 'cn-paren', '（二）', titles[5]!, 150, 200, [node('r2b1', 'lead', '', titles[6]!, 160, 200, [], 2)], 1),
        ]),
      ])
    const source = report(['2023年工作回顾', '稳增长', '促改革', '2024年工作任务', '扩内需', '强创新', '加强基础研究'])
    const target = report(['2024年工作回顾', '经济回升', '开放扩大', '2025年工作任务', '促消费', '兴产业', '培育新动能'])
    const fromLead = ancestry(
      source,
      source.findIndex((f) => f.node.id === 'r2b1'),
    )
    expect(target[matchSection(target, fromLead)]!.node.id).toBe('r2b')
    const fromParen = ancestry(
      source,
      source.findIndex((f) => f.node.id === 'r2a'),
    )
    expect(target[matchSection(target, fromParen)]!.node.id).toBe('r2a')
  })

  it('normalises titles', () => {
    expect(normaliseTitle(' 加强 污染防治。')).toBe('加强污染防治')
    expect(normaliseTitle('')).toBe('')
  })
})

describe('outlineWidthOf', () => {
  it('narrows the default outline as columns multiply, and keeps a width the user chose', async () => {
    const { outlineWidthOf } = await import('../../../../src/renderer/features/reader/reader-layout')
    const widths = [1, 2, 3, 4].map((count) => outlineWidthOf({}, count))
    expect(widths).toEqual([...widths].sort((a, b) => b - a))
    expect(widths[3]).toBeLessThanOrEqual(120)
    expect(outlineWidthOf({ outlineWidth: 300 }, 4)).toBe(300)
  })
})
