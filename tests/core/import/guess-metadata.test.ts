import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { guessMetadata } from '../../../src/core/import'
import { cleanText } from '../../../src/core/import/clean-text'
import { nationalReports } from '../../fixtures/corpora/national-reports'

const seed = (name: string) => cleanText(readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), 'utf8')).text

describe('guessMetadata on the seeds (excerpts: assert only what the text gives away)', () => {
  it('001: title, place, level, year and type of the action plan', () => {
    expect(guessMetadata(seed('001_8f52a2821bb8e2be'))).toMatchObject({
      title: '盐田区“城市质量提升年”行动计划',
      place: '盐田区',
      district: '盐田区',
      level: 'district',
      year: 2017,
      docType: 'action-plan',
    })
  })
  it('003: the town from 温泉镇党委 in the prose, the year from 2023年工作回顾', () => {
    expect(guessMetadata(seed('003_765d9d0c58e45bfb'))).toMatchObject({ place: '温泉镇', level: 'town', year: 2024 })
  })
  it.each(['000_3a5eedb3a8af94b3', '002_cfa2e8210ff970e4', '004_3a41aaacdf980295'])(
    '%s: no title in the excerpt, so no invented title or place',
    (name) => {
      const m = guessMetadata(seed(name))
      expect(m.title).toBe('')
      expect(['', '盐田区', '沙市区', '黄浦区']).toContain(m.place)
    },
  )
})

describe('guessMetadata on national reports', () => {
  const reports = nationalReports()
  it.each(reports.filter((r) => [1987, 2009, 2015, 2022].includes(r.year)).map((r) => [r.year, r] as const))(
    '%i: national, year from the file name or the text',
    (_y, r) => {
      const m = guessMetadata(r.text, `${r.title}.txt`)
      expect(m).toMatchObject({ level: 'national', year: r.year, docType: 'government-work-report' })
      expect(guessMetadata(r.text).level).toBe('national')
    },
  )
  it('2022: year from the dateline when there is no file name', () => {
    expect(guessMetadata(reports.find((r) => r.year === 2022)!.text).year).toBe(2022)
  })
})

describe('guessMetadata rules', () => {
  it.each([
    [
      '深圳市盐田区2023年政府工作报告',
      { place: '盐田区', city: '深圳市', district: '盐田区', level: 'district', year: 2023, docType: 'government-work-report' },
    ],
    ['广东省推进制造业高质量发展行动计划', { place: '广东省', level: 'province', docType: 'action-plan' }],
    ['荆州市沙市区人民政府关于印发某某实施方案的通知', { place: '沙市区', city: '荆州市', level: 'district', docType: 'action-plan' }],
    ['上海市黄浦区国民经济和社会发展第十四个五年规划', { place: '黄浦区', level: 'district', docType: 'plan' }],
    ['某某县关于做好防汛工作的通知', { place: '某某县', level: 'county', docType: 'notice' }],
    ['二〇二三年温泉镇政府工作报告', { place: '温泉镇', level: 'town', year: 2023 }],
    ['国务院2024年政府工作报告', { place: '中华人民共和国', level: 'national', year: 2024 }],
    ['《城区环境整治实施方案》', { title: '城区环境整治实施方案', place: '', level: 'unknown', docType: 'action-plan' }],
  ] as const)('%s', (title, expected) => {
    expect(guessMetadata(`${title}\n\n正文第一段。`)).toMatchObject(expected)
  })

  it('takes a declared title that names a document when no line of the text is a title', () => {
    const body = '各位代表：\n\n现在，我代表镇人民政府向大会作工作报告，请予审议。'
    expect(guessMetadata(body, 'page.html', '温泉镇2024年政府工作报告')).toMatchObject({
      title: '温泉镇2024年政府工作报告',
      place: '温泉镇',
      level: 'town',
      year: 2024,
    })
    // A title line in the text still wins, and a bare site name loses to a Chinese file name.
    expect(guessMetadata(`黄浦区2023年政府工作报告\n\n${body}`, 'x.html', '温泉镇2024年政府工作报告').title).toBe(
      '黄浦区2023年政府工作报告',
    )
    expect(guessMetadata(body, '白沙县报告.html', '白沙县人民政府网').title).toBe('白沙县报告')
    expect(guessMetadata(body, 'page.html', '白沙县人民政府网').title).toBe('白沙县人民政府网')
  })

  it('composes a title from place, year and type when the text has none or only a generic one', () => {
    const body = '各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n\n——2025年3月5日在第十四届全国人民代表大会第三次会议上'
    expect(guessMetadata(body, 'report.txt').title).toBe('2025年国务院政府工作报告')
    expect(guessMetadata(`政府工作报告\n\n${body}`, 'report.txt').title).toBe('2025年国务院政府工作报告')
    const local = '政府工作报告\n\n各位代表：现在，我代表区人民政府向大会报告工作。\n\n深圳市盐田区人民政府\n2017年3月20日'
    expect(guessMetadata(local).title).toBe('盐田区2017年政府工作报告')
    // A title that names its place or year is kept as written; nothing is composed without a place or type.
    expect(guessMetadata(`黄浦区政府工作报告\n\n${body}`).title).toBe('黄浦区政府工作报告')
    expect(guessMetadata('政府工作报告\n\n正文第一段。').title).toBe('政府工作报告')
    expect(guessMetadata('各位代表：\n\n正文第一段。').title).toBe('')
  })

  it('finds the place in the signature when the title has none', () => {
    const m = guessMetadata('政府工作报告\n\n各位代表：现在，我代表区人民政府向大会报告工作。\n\n深圳市盐田区人民政府\n2017年3月20日')
    expect(m).toMatchObject({ place: '盐田区', level: 'district', docType: 'government-work-report' })
  })

  it.each([[''], ['\n\n'], ['\u0000\u0001 garbage ###'], ['一、总体要求\n坚持稳中求进。']])(
    'empty or garbage %j gives an empty guess',
    (text) => {
      const m = guessMetadata(text)
      expect(m.title).toBe('')
      expect(m.place).toBe('')
      expect(m.level).toBe('unknown')
      expect(m.year).toBeUndefined()
    },
  )
})
