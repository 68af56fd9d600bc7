import { describe, expect, it } from 'vitest'
import { extractFigures, parseChineseNumeral, parseNumber } from '../../../src/core/figures'

type Expect = {
  text: string
  value: number
  unit: string
  measure?: string
  valueMax?: number
  magnitude?: number
  percent?: boolean
  approximate?: boolean
  change?: 'increase' | 'decrease'
}

const one = (text: string) => {
  const figures = extractFigures(text)
  expect(figures).toHaveLength(1)
  return figures[0]!
}

describe('extractFigures: units, magnitudes and what is measured', () => {
  it.each<[string, Expect]>([
    [
      'PM2.5年均浓度降至13.5微克/立方米。',
      { text: '13.5微克/立方米', value: 13.5, unit: '微克/立方米', measure: 'PM2.5年均浓度', change: 'decrease' },
    ],
    ['新增绿地4.5万平方米。', { text: '4.5万平方米', value: 45000, unit: '平方米', magnitude: 1e4, measure: '新增绿地' }],
    ['生活垃圾回收利用率达到55%。', { text: '55%', value: 55, unit: '%', percent: true, measure: '生活垃圾回收利用率' }],
    ['新建公园5个，', { text: '5个', value: 5, unit: '个', measure: '新建公园' }],
    ['推进49个城中村综合治理。', { text: '49个', value: 49, unit: '个', measure: '城中村综合治理' }],
    ['完成造林2200亩。', { text: '2200亩', value: 2200, unit: '亩', measure: '完成造林' }],
    ['总投资17575万元。', { text: '17575万元', value: 175_750_000, unit: '元', magnitude: 1e4, measure: '总投资' }],
    ['安排资金1.2亿元。', { text: '1.2亿元', value: 120_000_000, unit: '元', magnitude: 1e8, measure: '安排资金' }],
    ['新增就业一万人。', { text: '一万人', value: 10000, unit: '人', measure: '新增就业' }],
    ['带动农户增收三成。', { text: '三成', value: 3, unit: '成', measure: '带动农户增收' }],
    ['培育龙头企业10余个。', { text: '10余个', value: 10, unit: '个', approximate: true, measure: '培育龙头企业' }],
    ['建设示范点5-8个。', { text: '5-8个', value: 5, valueMax: 8, unit: '个', measure: '建设示范点' }],
    ['建设示范点5至8个。', { text: '5至8个', value: 5, valueMax: 8, unit: '个' }],
    ['年均增长5%～8%。', { text: '5%～8%', value: 5, valueMax: 8, unit: '%', percent: true, change: 'increase' }],
    ['地区生产总值增长6.5%。', { text: '6.5%', value: 6.5, unit: '%', measure: '地区生产总值', change: 'increase' }],
    ['能耗下降10个百分点。', { text: '10个百分点', value: 10, unit: '个百分点', percent: true, measure: '能耗', change: 'decrease' }],
    ['新建道路12公里。', { text: '12公里', value: 12, unit: '公里' }],
    ['处理污泥300吨。', { text: '300吨', value: 300, unit: '吨' }],
    ['惠及农户2300户。', { text: '2300户', value: 2300, unit: '户' }],
    ['接待游客120万人次。', { text: '120万人次', value: 1_200_000, unit: '人次', measure: '接待游客' }],
    ['引进企业30家。', { text: '30家', value: 30, unit: '家' }],
    ['新建桥梁二十三座。', { text: '二十三座', value: 23, unit: '座' }],
    ['改造道路15条。', { text: '15条', value: 15, unit: '条' }],
    ['实施项目86项。', { text: '86项', value: 86, unit: '项' }],
    ['新建学校3所。', { text: '3所', value: 3, unit: '所' }],
    ['新增床位500张床位。', { text: '500张床位', value: 500, unit: '张床位' }],
    ['开放两千个停车位。', { text: '两千个', value: 2000, unit: '个' }],
    ['约3万人参加。', { text: '3万人', value: 30000, unit: '人', approximate: true }],
    ['覆盖率提高到百分之九十。', { text: '百分之九十', value: 90, unit: '%', percent: true }],
    ['筹集１２亿元。', { text: '１２亿元', value: 1_200_000_000, unit: '元' }],
    ['举办招聘会4场次。', { text: '4场次', value: 4, unit: '场次', measure: '举办招聘会' }],
    ['一般公共预算收入实现17575万元。', { text: '17575万元', value: 175_750_000, unit: '元', measure: '一般公共预算收入' }],
    ['完成投资3亿。', { text: '3亿', value: 300_000_000, unit: '', magnitude: 1e8 }],
  ])('%s', (text, expected) => {
    const f = one(text)
    expect(f).toMatchObject({ valueMax: expected.valueMax ?? f.value, ...expected })
    expect(text.slice(f.start, f.end)).toBe(f.text)
    if (f.measureSpan) expect(text.slice(f.measureSpan.start, f.measureSpan.end)).toBe(f.measure)
    expect(f.isRange).toBe(expected.valueMax !== undefined)
  })
})

describe('extractFigures: what only looks like a figure', () => {
  it.each([
    ['a year', '2023年是关键之年。'],
    ['a date', '2017年3月20日印发。'],
    ['a year range', '2023-2025年行动计划。'],
    ['an ordinal', '第三批名单、第5项任务。'],
    ['an outline label', '1.推进改革。\n（2）扩大开放。\n一是加强领导。'],
    ['a document number', '深府〔2017〕12号文件。'],
    ['a tonnage class', '建设5万吨级集装箱泊位。'],
    ['idioms of small Chinese numerals', '坚持两个维护，落实三个一，推进五位一体，一条龙服务，最后一公里，一天也不耽误。'],
    ['run-together numbers', '十四五规划。'],
    ['words with 千 and 百', '走进千家万户，服务百姓。'],
    ['codes and names', '5G网络、G20峰会、COVID-19、3#泊位。'],
    ['an idiom with 成', '一成不变。'],
    ['empty', ''],
    ['garbage', '\u0000\ufffd%%%个个个...——'],
  ])('%s', (_name, text) => {
    expect(extractFigures(text)).toEqual([])
  })
})

describe('extractFigures: what a count measures', () => {
  it.each([
    // Number + classifier + noun: the noun after the classifier is what is counted.
    ['新增1800个学位。', '1800个', '学位'],
    ['提标升级7个社区党群服务中心，全面提升服务水平。', '7个', '社区党群服务中心'],
    ['发挥好34个调解委员会作用。', '34个', '调解委员会作用'],
    ['盐港中学实训楼等18个新改扩建项目。', '18个', '新改扩建项目'],
    ['再培育10个以上特色农产品品牌。', '10个', '特色农产品品牌'],
    // Words of intent and time alone measure nothing.
    ['力争年内实现8个项目列入更新单元计划，', '8个', '项目列入更新单元计划'],
    // A second count in the same clause takes its own noun, not the first one's phrase.
    ['完成40座市政公厕的硬件改造和90座社会公厕的内部设施提升。', '90座', '社会公厕的内部设施'],
    // A compound unit stays whole, and a count closing its clause keeps the phrase before it.
    ['对接高校院所18家次，', '18家次', '对接高校院所'],
    ['确保新开工项目5个，', '5个', '新开工项目'],
  ])('%s → %s measures %s', (text, figure, measure) => {
    const found = extractFigures(text).find((f) => f.text === figure)
    expect(found?.measure).toBe(measure)
    if (found?.measureSpan) expect(text.slice(found.measureSpan.start, found.measureSpan.end)).toBe(measure)
  })

  it('lends a bare change the measure of the figure before it in the same sentence', () => {
    const [total, change] = extractFigures('全镇一般公共预算收入实现17575万元，同比增长6.08%，')
    expect(total?.measure).toBe('全镇一般公共预算收入')
    expect([change?.text, change?.measure, change?.change]).toEqual(['6.08%', '全镇一般公共预算收入', 'increase'])
    // Not across a sentence end.
    expect(extractFigures('收入实现100万元。同比增长6%。')[1]?.measure).toBe('')
  })

  it('lends each figure of a 、 list the measure stated once after the last', () => {
    const figures = extractFigures('利用规划调整契机，9宗、276亩地块列入年度开发方案。')
    expect(figures.map((f) => [f.text, f.measure])).toEqual([
      ['9宗', '地块列入年度开发方案'],
      ['276亩', '地块列入年度开发方案'],
    ])
  })
})

describe('extractFigures: several figures and spans', () => {
  it('finds each figure of a list with its own measure', () => {
    const text = '新建公园5个、绿道10公里，改造学校3所。'
    expect(extractFigures(text).map((f) => [f.text, f.measure])).toEqual([
      ['5个', '新建公园'],
      ['10公里', '绿道'],
      ['3所', '改造学校'],
    ])
  })
  it('keeps to the given spans and says which one', () => {
    const text = '甲段新增企业10家。\n乙段新增企业20家。'
    const figures = extractFigures(text, [{ start: 11, end: text.length }])
    expect(figures.map((f) => [f.text, f.spanIndex])).toEqual([['20家', 0]])
    expect(extractFigures(text, [])).toEqual([])
    expect(extractFigures(text, [{ start: 50, end: 10 }])).toEqual([])
  })
})

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['两', 2],
    ['一百零五', 105],
    ['两千', 2000],
    ['三千五百', 3500],
    ['十四五', NaN],
    ['', NaN],
    ['万', NaN],
  ])('%s → %d', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value)
  })
  it.each([
    ['13.5', 13.5],
    ['１２', 12],
    ['二十', 20],
    ['abc', NaN],
  ])('parseNumber %s → %d', (s, v) => {
    expect(parseNumber(s)).toBe(v)
  })
})
