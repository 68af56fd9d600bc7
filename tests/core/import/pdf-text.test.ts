// Joining positioned PDF text into paragraphs: lines by baseline, paragraphs by short last lines,
// first-line indents and outline labels; running headers and page numbers dropped.
import { describe, expect, it } from 'vitest'
import { pdfPagesToText } from '../../../src/core/import/pdf-text'
import type { PdfPage } from '../../../src/core/import/types'

const SIZE = 12
const LEFT = 60
const PER_LINE = 30

/** One page: each line [text, indent in characters]; items as wide as their characters. */
function page(lines: [string, number][]): PdfPage {
  return {
    width: 595,
    height: 842,
    items: lines.map(([str, indent], i) => ({
      str,
      x: LEFT + indent * SIZE,
      y: 780 - i * SIZE * 1.6,
      width: str.length * SIZE,
      height: SIZE,
    })),
  }
}

/** Wraps paragraphs at PER_LINE characters, the first line indented by two characters (公文 style). */
function indented(paragraphs: string[]): [string, number][] {
  const out: [string, number][] = []
  for (const p of paragraphs) {
    out.push([p.slice(0, PER_LINE - 2), 2])
    for (let i = PER_LINE - 2; i < p.length; i += PER_LINE) out.push([p.slice(i, i + PER_LINE), 0])
  }
  return out
}

describe('pdfPagesToText', () => {
  it('starts paragraphs at first-line indents, even after a line that ends in 。 at the margin', () => {
    // The first paragraph's second line ends exactly at the margin with 。 although the paragraph goes on.
    const first =
      '过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳。全区地区生产总值增长百分之五点八，一般公共预算收入增长百分之七点二，城镇新增就业一万二千人。'
    const second = '今年是全面贯彻党的二十大精神的开局之年，做好政府工作意义重大，我们要坚持以人民为中心的发展思想。'
    const lines = indented([first, second])
    expect(lines[0]![0].endsWith('。')).toBe(true)
    expect(pdfPagesToText([page(lines)])).toBe(`${first}\n${second}`)
  })

  it('without indents, ends paragraphs at a short line or a line ending in 。', () => {
    const lines: [string, number][] = [
      ['一、过去一年工作回顾', 0],
      ['过去一年，我们坚持稳中求进工作总基调，经济运行总', 0],
      ['体平稳。', 0],
      ['今年要坚持以人民为中心的发展思想，推动高质量发展。', 0],
      ['二、今年工作安排', 0],
    ]
    expect(pdfPagesToText([page(lines)]).split('\n')).toEqual([
      '一、过去一年工作回顾',
      '过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳。',
      '今年要坚持以人民为中心的发展思想，推动高质量发展。',
      '二、今年工作安排',
    ])
  })

  it('does not take a centred title or a signature for a first-line indent', () => {
    const lines: [string, number][] = [
      ['青山区2024年政府工作报告', 8],
      ...indented([
        '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。',
        '过去一年，全区上下坚持稳中求进工作总基调，推动经济社会发展取得新成效。',
      ]),
    ]
    expect(pdfPagesToText([page(lines)]).split('\n')[0]).toBe('青山区2024年政府工作报告')
  })

  it('drops page numbers and lines repeated at the edges of every page', () => {
    const texts = [
      '推进高质量发展，加快构建现代化产业体系，推动制造业高端化、智能化、绿色化发展。',
      '保障和改善民生，完善社会保障体系，办好人民满意的教育，推进健康青山建设。',
      '守牢安全底线，深化安全生产专项整治，提升防灾减灾救灾能力，维护社会稳定。',
    ]
    const body = (n: number): [string, number][] => [['青山区人民政府公报', 10], ...indented([texts[n - 1]!]), [`- ${n} -`, 12]]
    const text = pdfPagesToText([page(body(1)), page(body(2)), page(body(3))])
    expect(text).not.toContain('公报')
    expect(text).not.toMatch(/- \d -/)
    expect(text.split('\n')).toHaveLength(3)
  })

  it.each([
    [[]],
    [[{ width: 595, height: 842, items: [] }]],
    [[{ width: 0, height: 0, items: [{ str: '', x: 0, y: 0, width: 0, height: 0 }] }]],
  ])('gives empty text for no text %#', (pages) => {
    expect(pdfPagesToText(pages as PdfPage[])).toBe('')
  })
})
