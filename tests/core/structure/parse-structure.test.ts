import { describe, expect, it } from 'vitest'
import { flattenOutline, parseChineseNumber, parseStructure, splitParagraphs } from '../../../src/core/structure'

const sentencesOf = (text: string) => parseStructure(text).sentences.map((s) => text.slice(s.start, s.end))
const headingsOf = (text: string) => flattenOutline(parseStructure(text).outline).map((n) => `${n.depth}:${n.kind}:${n.label}${n.title}`)

describe('splitParagraphs', () => {
  it.each([
    ['', []],
    ['\n\n\n', []],
    ['甲。', ['甲。']],
    ['甲。\n\n乙。\n', ['甲。', '乙。']],
    ['\u3000\u3000甲。  \n  乙。\t', ['甲。', '乙。']],
    ['\u00a0 \u3000', []],
  ])('%j', (text, expected) => {
    expect(splitParagraphs(text).map((s) => text.slice(s.start, s.end))).toEqual(expected)
  })
})

describe('sentences', () => {
  it.each([
    ['一是加强监管；二是完善机制。', ['一是加强监管；', '二是完善机制。']],
    ['他说：“要安全。”然后走了。', ['他说：“要安全。”', '然后走了。']],
    ['PM2.5平均浓度降至13.5微克/立方米。增长6.5%！', ['PM2.5平均浓度降至13.5微克/立方米。', '增长6.5%！']],
    ['真的吗？！是的。', ['真的吗？！', '是的。']],
    ['等等……然后呢', ['等等……', '然后呢']],
    ['Yes! No? ok; fine', ['Yes!', 'No?', 'ok;', 'fine']],
    ['（落实“三个一”）。下一句', ['（落实“三个一”）。', '下一句']],
    ['没有标点的一行', ['没有标点的一行']],
    ['甲。\n\n乙', ['甲。', '乙']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected)
  })
  it('ends a sentence at a heading that closes with ：', () => {
    const text = '一、目标\n推进产业升级：全年完成投资十亿元，新增企业五家。\n加强生态保护：新增公园三个。'
    expect(sentencesOf(text)).toEqual([
      '一、目标',
      '推进产业升级：',
      '全年完成投资十亿元，新增企业五家。',
      '加强生态保护：',
      '新增公园三个。',
    ])
  })
})

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['两', 2],
    ['一百', 100],
    ['', NaN],
    ['甲', NaN],
    ['一一', NaN],
  ])('%s → %d', (numeral, value) => {
    expect(parseChineseNumber(numeral)).toBe(value)
  })
})

describe('outline headings', () => {
  it.each<[string, string, string[]]>([
    [
      'whole-line labels of every kind',
      '一、总体要求\n（一）主要目标\n1.经济目标\n（1）增长\n(2)就业',
      ['0:cn-top:一、总体要求', '1:cn-paren:（一）主要目标', '2:arabic:1.经济目标', '3:arabic-paren:（1）增长', '3:arabic-paren:(2)就业'],
    ],
    ['1、 and 1． labels', '1、甲项工作\n2．乙项工作', ['0:arabic:1、甲项工作', '0:arabic:2．乙项工作']],
    [
      'a label opening a paragraph: label + first sentence',
      '1.推进改革。全年完成任务。\n2.扩大开放。引进外资。',
      ['0:arabic:1.推进改革', '0:arabic:2.扩大开放'],
    ],
    ['a year or a figure opening a line is no label', '2023.全年增长\n13.5微克的目标已完成。\n3.5万平方米已建成。', []],
    ['a number out of sequence is no heading', '1.甲项工作\n2.乙项工作\n7.丙项工作', ['0:arabic:1.甲项工作', '0:arabic:2.乙项工作']],
    [
      'numbering restarts under a new outer heading',
      '（一）甲\n1.子一\n2.子二\n（二）乙\n1.子三',
      ['0:cn-paren:（一）甲', '1:arabic:1.子一', '1:arabic:2.子二', '0:cn-paren:（二）乙', '1:arabic:1.子三'],
    ],
    ['a 2. in the middle of a sentence is no heading', '全年完成2.5亿元投资，2.提高效率。', []],
    [
      'inline 一是 runs inside a paragraph',
      '（一）任务\n重点抓好三项工作：一是稳增长，扩投资；二是促改革。三是惠民生。',
      ['0:cn-paren:（一）任务', '1:cn-shi:一是稳增长，扩投资', '1:cn-shi:二是促改革', '1:cn-shi:三是惠民生'],
    ],
    ['一是 inside a phrase is prose', '这一是非问题要讲清楚。', []],
    ['lead phrases need company', '加强污染防治。持续抓好整改。\n推进低碳发展。坚持降碳。', ['0:lead:加强污染防治', '0:lead:推进低碳发展']],
    ['a lone short opening is not a lead', '加强污染防治。持续抓好整改。\n全年完成各项任务目标，取得显著成效。', []],
    ['openings with a long comma clause are prose', '一年来，我们坚持大抓经济。发展加快。\n过去一年，我们坚持改革开放。成效明显。', []],
    ['exclamations are not leads', '各位代表！新征程充满光荣。\n各位代表！让我们团结奋斗。', []],
    [
      'a short title line with a body after it',
      '（五）如履薄冰保安全\n统筹发展和安全，坚持系统观念和底线思维，以新安全格局保障新发展格局，全力守护城区安全稳定。',
      ['0:cn-paren:（五）如履薄冰保安全'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(headingsOf(text)).toEqual(expected)
  })

  it('sections run to the next heading of the same or an outer level, without the line break', () => {
    const text = '一、甲\n正文一。\n（一）子\n正文二。\n二、乙\n正文三。\n'
    const [first, second] = parseStructure(text).outline
    expect(text.slice(first!.section.start, first!.section.end)).toBe('一、甲\n正文一。\n（一）子\n正文二。')
    expect(text.slice(first!.children[0]!.section.start, first!.children[0]!.section.end)).toBe('（一）子\n正文二。')
    expect(text.slice(second!.section.start, second!.section.end)).toBe('二、乙\n正文三。')
  })
  it('gives stable ids from heading offsets', () => {
    const s = parseStructure('一、甲\n二、乙')
    expect(s.outline.map((n) => n.id)).toEqual(['o0', 'o4'])
  })
})

describe('empty and garbage input', () => {
  it.each([
    ['', 0],
    ['\n \n\u3000\n', 0],
    ['。。。；；！！', 0],
    ['\u0000\ufffd\ud800abc\n\u0001', 0],
    ['（）、是是一是\n1.\n(1)\n一、', -1],
    ['x'.repeat(100_000), 0],
  ])('%#: never throws, spans stay inside the text', (text, outlineLength) => {
    const s = parseStructure(text)
    if (outlineLength >= 0) expect(s.outline.length).toBe(outlineLength)
    for (const span of [...s.paragraphs, ...s.sentences, ...flattenOutline(s.outline).flatMap((n) => [n.heading, n.section])]) {
      expect(span.start).toBeGreaterThanOrEqual(0)
      expect(span.end).toBeLessThanOrEqual(text.length)
      expect(span.end).toBeGreaterThanOrEqual(span.start)
    }
  })
})

describe('what is not a heading', () => {
  it.each([
    ['a bare label line', '一、\n二、\n（一）'],
    ['a 一、 enumeration ending in ；', '一、调整价格体系；\n二、控制物价上涨幅度；'],
    [
      'short sentences opening with a connective or a pronoun',
      '但是我们没有理由自满。我们的工作还有很多缺点，必须继续努力改进，更好地为人民服务。\n我国教育事业有了发展。全国高等学校和中等学校的学生人数都比过去增加了很多。',
    ],
    [
      'clauses that introduce a quotation or a list',
      '毛主席指出：我们的方针要放在什么基点上，要放在自己力量的基点上。\n今年发展主要预期目标是：国内生产总值增长百分之五左右，城镇新增就业一千二百万人以上。',
    ],
  ])('%s', (_name, text) => {
    expect(parseStructure(text).outline).toEqual([])
  })
})

describe('a 一是 set on a line of its own', () => {
  it('takes the next paragraph’s first clause as its title and is not doubled by a lead there', () => {
    const text = '主要有以下几个方面。\n一是\n加快基础设施建设。以公路建设为重点。\n二是\n切实搞好生态环境保护。大力开展植树种草。'
    const outline = parseStructure(text).outline
    expect(outline.map((n) => [n.label, n.title, text.slice(n.heading.start, n.heading.end)])).toEqual([
      ['一是', '加快基础设施建设', '一是\n加快基础设施建设。'],
      ['二是', '切实搞好生态环境保护', '二是\n切实搞好生态环境保护。'],
    ])
  })
})

describe('enumeration runs (一是, 一要, 第一，)', () => {
  it('nests a run begun inside a lead paragraph under that lead, even items that open their own paragraph', () => {
    const text = [
      '（一）提高宏观调控水平',
      '继续实施积极的财政政策。一是保持适度的财政赤字和国债规模。',
      '二是继续实施结构性减税政策。',
      '三是优化财政支出结构。',
      '继续实施适度宽松的货币政策。一是保持货币信贷合理充裕。二是优化信贷结构。',
    ].join('\n')
    expect(headingsOf(text)).toEqual([
      '0:cn-paren:（一）提高宏观调控水平',
      '1:lead:继续实施积极的财政政策',
      '2:cn-shi:一是保持适度的财政赤字和国债规模',
      '2:cn-shi:二是继续实施结构性减税政策',
      '2:cn-shi:三是优化财政支出结构',
      '1:lead:继续实施适度宽松的货币政策',
      '2:cn-shi:一是保持货币信贷合理充裕',
      '2:cn-shi:二是优化信贷结构',
    ])
  })

  it('keeps a run begun at a paragraph start as siblings when later items are inline', () => {
    const text = '（二）深化改革\n一是推进国企改革。完善公司治理。二是推进财税改革。三是推进金融改革。'
    expect(headingsOf(text)).toEqual([
      '0:cn-paren:（二）深化改革',
      '1:cn-shi:一是推进国企改革',
      '1:cn-shi:二是推进财税改革',
      '1:cn-shi:三是推进金融改革',
    ])
  })

  it.each([
    [
      '一要 … 二要',
      '打好节能减排攻坚战。一要大力推进节能。二要加强环境保护。三要积极应对气候变化。',
      ['一要大力推进节能', '二要加强环境保护', '三要积极应对气候变化'],
    ],
    [
      '第一， … 第二，',
      '为了解决这个问题，第一，生产部门必须增加产量。第二，基本建设部门必须清理库存。',
      ['第一，生产部门必须增加产量', '第二，基本建设部门必须清理库存'],
    ],
    ['items after a comma', '主要抓了三件事，一是稳增长，二是调结构，三是惠民生。', ['一是稳增长', '二是调结构', '三是惠民生']],
  ])('finds %s', (_name, text, expected) => {
    expect(flattenOutline(parseStructure(text).outline).map((n) => n.label + n.title)).toEqual(expected)
  })

  it.each([
    ['统一要求', '各地要按照统一要求推进工作。二要素齐全。'],
    ['一是否', '关键在于一是否落实，二是否到位。'],
    ['第一次', '这是第一次全面普查。第二次普查将在明年进行。'],
  ])('does not take %s for an item', (_name, text) => {
    expect(parseStructure(text).outline).toEqual([])
  })
})
