// Shared wording in a lanes row: phrases two members say verbatim are marked even inside long,
// loosely parallel passages; punctuation alone is never shared wording.
import { describe, expect, it } from 'vitest'
import { rowWording, unionSpans } from '../../../src/renderer/workers/analysis-wording'

const shown = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end))

describe('rowWording', () => {
  it('marks a verbatim phrase inside long, differently worded passages', () => {
    const a =
      '二是提高公共安全治理水平。坚持把政治安全摆在首位，健全完善维护社会稳定制度机制，防范化解金融、房地产等领域涉稳风险隐患，常态化推进扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪活动。'
    const b =
      '常态化开展扫黑除恶斗争，抓实反诈禁毒工作，全力化解信访积案和矛盾纠纷，加强区应急救援体系和能力建设，持续开展消防、危化品、自建房、城镇燃气等重点领域安全生产大检查大整治。'
    const [ma, mb] = rowWording([a, b])
    expect(shown(a, ma)).toContain('扫黑除恶斗争')
    expect(shown(b, mb)).toContain('扫黑除恶斗争')
  })

  it('marks text shared with any one other member, not only with all', () => {
    const texts = ['推广新时代枫桥经验。', '坚持和发展新时代枫桥经验。', '建设无人机起降场。']
    const [a, b, c] = rowWording(texts)
    expect(shown(texts[0], a)).toEqual(['新时代枫桥经验'])
    expect(shown(texts[1], b)).toEqual(['新时代枫桥经验'])
    expect(c).toEqual([])
  })

  it.each([
    ['no members', [], []],
    ['one member', ['只有一段文字。'], [[]]],
    ['punctuation only in common', ['。。。。，，，，', '。。。。，，，，'], [[], []]],
    ['empty texts', ['', ''], [[], []]],
  ])('%s', (_name, texts, expected) => {
    expect(rowWording(texts)).toEqual(expected)
  })
})

describe('unionSpans', () => {
  it('merges overlapping and touching spans in order', () => {
    expect(
      unionSpans([
        { start: 5, end: 9 },
        { start: 0, end: 2 },
        { start: 2, end: 4 },
        { start: 8, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ])
    expect(unionSpans([])).toEqual([])
  })
})
