import { describe, expect, it } from 'vitest'
import { groupWrappedLines, joinWrapped, separatesParagraphsByBlankLines, type WrapLine } from '../../../src/core/import/join-wrapped-lines'

const lines = (text: string): WrapLine[] => text.split('\n').map((content) => ({ content: content.trim() }))
/** The paragraphs groupWrappedLines makes of `text`, joined. */
const paragraphs = (text: string): string[] => {
  const ls = lines(text)
  return groupWrappedLines(ls).map((g) => joinWrapped(g.map((i) => ls[i]!.content)))
}
/** Two unrelated blank-line-separated paragraphs, so a test's text is in blank-line mode. */
const PADDING = '\n\n第二段。\n\n第三段。'

describe('groupWrappedLines', () => {
  it.each([
    [
      'a line wrapped mid-sentence',
      '我们第一届全国人民代表大会第一次会议，在听了\n关于宪法草案的报告以后，完成了工作。',
      ['我们第一届全国人民代表大会第一次会议，在听了关于宪法草案的报告以后，完成了工作。'],
    ],
    [
      'a wiki link split onto its own line',
      '在一九四九年至一九五二年间，中央人民政府按照\n中国人民政治协商会议共同纲领\n的规定，完成了统一。',
      ['在一九四九年至一九五二年间，中央人民政府按照中国人民政治协商会议共同纲领的规定，完成了统一。'],
    ],
    [
      'fixed-width wraps of a long paragraph',
      '过去一年，全区上下坚持稳中求进工作总基调，地区生\n产总值增长百分之五点八，一般公共预算收入增长百分\n之七点二。',
      ['过去一年，全区上下坚持稳中求进工作总基调，地区生产总值增长百分之五点八，一般公共预算收入增长百分之七点二。'],
    ],
    [
      'Latin words with a space',
      'The Government Work Report of the State Council for\nthe year 2024 was delivered in March.',
      ['The Government Work Report of the State Council for the year 2024 was delivered in March.'],
    ],
  ])('joins %s', (_name, text, expected) => {
    expect(paragraphs(text + PADDING).slice(0, expected.length)).toEqual(expected)
  })

  it.each([
    ['a numbered heading and its text', '（一）加强生态环境保护\n推进污水处理设施建设，改善空气质量。'],
    ['a short title line and its text', '加强污染防治\n持续抓好中央和省级环保督查反馈问题整改。'],
    ['sentences that end a line', '全年完成投资三百亿元。\n新引进亿元以上项目四十五个。'],
    ['an address line ending in a colon', '各位代表：\n现在，我代表区人民政府向大会报告工作。'],
    ['table rows', '项目  金额  增长\n地区生产总值  500亿元  5.8%'],
    ['a 一是 item after a clause', '主要做了以下工作，成效明显，群众满意\n一是加大宏观调控力度。'],
  ])('keeps apart %s', (_name, text) => {
    expect(paragraphs(text + PADDING)).toHaveLength(text.split('\n').length + 2)
  })

  it('joins nothing in a file without blank lines between paragraphs, except lines opening with a comma', () => {
    expect(paragraphs('过去一年，全区上下坚持稳中求进工作总基调，地区生\n产总值增长。\n总体要求')).toHaveLength(3)
    expect(paragraphs('根据共同纲领\n，完成了统一。')).toEqual(['根据共同纲领，完成了统一。'])
  })

  it('never joins across a blank line or a line the caller keeps apart', () => {
    const ls = lines(`过去一年，全区上下坚持稳中求进工作总基调，地区生\n发布时间：2024-01-15${PADDING}`)
    ls[1]!.keep = true
    expect(groupWrappedLines(ls).slice(0, 2)).toEqual([[0], [1]])
  })

  it('steps over a line of invisible characters without ending the paragraph', () => {
    const ls = lines(`在财政收支压力加大情况下，财政支出占国内生产总值比例继\n\n续提高，民生保障有力。${PADDING}`)
    ls[1]!.invisible = true
    expect(groupWrappedLines(ls)[0]).toEqual([0, 2])
  })

  it('takes a dash alone on a line with the words after it', () => {
    expect(paragraphs(`——\n改革开放\n深入推进。重要领域改革取得突破。${PADDING}`)[0]).toBe('——改革开放深入推进。重要领域改革取得突破。')
  })

  it.each([[''], ['\n\n\n'], ['\u0000\u0001']])('handles empty and garbage input %j', (text) => {
    const groups = groupWrappedLines(lines(text))
    expect(groups.flat().every((i) => lines(text)[i]!.content !== '')).toBe(true)
  })
})

describe('separatesParagraphsByBlankLines', () => {
  it('is true with three blank-line-separated blocks, false for one paragraph per line', () => {
    expect(separatesParagraphsByBlankLines(lines('甲。\n\n乙。\n\n丙。'))).toBe(true)
    expect(separatesParagraphsByBlankLines(lines('甲。\n乙。\n丙。\n丁。'))).toBe(false)
  })
})
