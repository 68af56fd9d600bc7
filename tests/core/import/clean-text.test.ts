import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanText, layOutText } from '../../../src/core/import/clean-text'
import { nationalReports } from '../../fixtures/corpora/national-reports'

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), 'utf8').replace(/\r\n?/g, '\n')

describe('cleanText on 002 (web copy of a work report with a glossary)', () => {
  const raw = seed('002_cfa2e8210ff970e4')
  const { text, removed } = cleanText(raw)

  it('drops the trailing website block', () => {
    for (const debris of ['本文仅代表作者观点', '本文地址', '留言与评论', '验证码', '网站地图']) expect(text).not.toContain(debris)
  })
  it('keeps the glossary and its numbered notes', () => {
    expect(text).toContain('部分名词注释')
    expect(text).toMatch(/^\[1\]2022年扣除留抵退税/m)
    expect(text).toMatch(/^\[2\]十问十帮/m)
  })
  it('removes the footnote marker in the body and records it', () => {
    expect(text).toContain('联勤快反机制,积极创')
    const marker = removed.find((s) => s.reason === 'footnote-marker')
    expect(marker && raw.slice(marker.start, marker.end)).toBe('[21]')
  })
  it('keeps the first and last real sentences intact', () => {
    expect(text.startsWith('加强污染防治。持续抓好中央和省级环保督查及“回头看”反馈问题整改。')).toBe(true)
    expect(text.endsWith('“帮”企业解决办事服务中出现的问题。')).toBe(true)
  })
  it('records removed spans that point at exactly the removed raw text', () => {
    const debris = removed.filter((s) => s.reason === 'site-debris').map((s) => raw.slice(s.start, s.end))
    expect(debris.join('')).toMatch(/^本文仅代表作者观点/)
    expect(debris.join('')).toContain('本文地址:/baogao/huazhong/4740.html')
    expect(debris.join('')).toMatch(/网站地图\n?$/)
    for (const s of removed) expect(text).not.toContain(raw.slice(s.start, s.end).trim())
  })
  it('one paragraph per line, one blank line between, no indentation', () => {
    expect(text).not.toMatch(/\n{3,}/)
    expect(text).not.toMatch(/^[ \u3000\t]/m)
    expect(text).not.toMatch(/[ \u3000\t]$/m)
  })
})

describe('cleanText on 001 (web copy of an action plan)', () => {
  const raw = seed('001_8f52a2821bb8e2be')
  const { text, removed } = cleanText(raw)
  it('drops the publication stamp but keeps the addressees', () => {
    expect(text).not.toContain('发布时间')
    expect(text.startsWith('各街道办事处,区直、驻盐各单位:')).toBe(true)
    expect(raw.slice(removed[0]!.start, removed[0]!.end)).toBe('发布时间:2017-05-12\n')
  })
  it('drops the footer labels and the QR prompt but keeps the real attachment line', () => {
    expect(text).not.toContain('扫一扫')
    expect(text).not.toContain('相关法规')
    expect(text.endsWith('附件:盐田区“城市质量提升年”行动计划责任分工一览表(略)')).toBe(true)
  })
  it('keeps all 45 numbered tasks', () => {
    expect(text).toContain('(一)')
    expect(text).toContain('(七)')
  })
})

describe('cleanText rules', () => {
  it.each([
    ['字号：大 中 小', true],
    ['【打印本页】【关闭窗口】', true],
    ['【字体：大 中 小】', true],
    ['打印 关闭', true],
    ['扫一扫在手机打开当前页', true],
    ['分享到：', true],
    ['上一篇：关于印发某某方案的通知', true],
    ['粤ICP备12345678号', true],
    ['版权所有：某某区人民政府', true],
    ['发布时间：2023-01-05 来源：区政府办', true],
    // A whole article-info bar, however its site orders and separates the widgets.
    ['发布时间：2022-01-20 来源：区政府办 浏览次数：1234 【字体：大 中 小】 打印本页', true],
    ['【字体：大 中 小】 | 打印本页 | 关闭窗口 | 发布日期：2021-03-02 09:30:00 | 阅读次数：88', true],
    ['来源：县融媒体中心作者：王明 责任编辑：李华 点击量：12', true],
    // Report prose that merely mentions such words stays.
    ['加快建设网站地图等公共数据服务平台，推动政务公开。', false],
    ['来源：', false],
    ['时间：2023年3月1日 地点：区政府三楼会议室', false],
    ['发布时间：2022-01-20 来源：区政府办，全区完成一般公共预算收入12.3亿元，同比增长5.6%。', false],
  ])('%j in the middle of a report is removed: %s', (line, isDebris) => {
    const raw = `一、总体要求\n坚持稳中求进工作总基调。\n${line}\n二、主要任务\n推进高质量发展。`
    const { text } = cleanText(raw)
    expect(!text.includes(line)).toBe(isDebris)
  })

  it('removes loose chrome only at the edges', () => {
    const raw = '来源：区政府办公室\n作者：办公室\n\n关于加强管理的通知\n正文第一段。\n附件：\n'
    const { text } = cleanText(raw)
    expect(text).toBe('关于加强管理的通知\n\n正文第一段。')
  })

  it.each([
    ['首页 > 政务公开 > 规划计划', true],
    ['当前位置：首页 > 信息公开', true],
    ['您的位置 » 政府信息公开 » 政府工作报告', true],
    ['首页>政务公开>政府工作报告', true],
    // A heading or sentence that uses > for a figure is not a breadcrumb.
    ['一、总体要求', false],
    ['空气质量优良率>90%的目标基本实现。', false],
  ])('%j at the top of a page is a breadcrumb: %s', (line, isCrumb) => {
    const { text } = cleanText(`${line}\n盐田区2023年政府工作报告\n各位代表：现在我代表区人民政府向大会报告工作。`)
    expect(!text.includes(line)).toBe(isCrumb)
  })

  it('keeps a text with no Chinese in it, even one short line (its Latin lines are not template words)', () => {
    expect(cleanText('Some document text').text).toBe('Some document text')
    expect(cleanText('Annual report\n\nThe district grew by 5%.\nPublic domain').text).toBe(
      'Annual report\n\nThe district grew by 5%.\n\nPublic domain',
    )
    expect(cleanText('各位代表：现在我代表区人民政府向大会报告工作。\nPublic domain').text).toBe(
      '各位代表：现在我代表区人民政府向大会报告工作。',
    )
  })

  it('normalises indentation and blank lines', () => {
    expect(cleanText('\u3000\u3000第一段。  \n\n\n\n    第二段。\n').text).toBe('第一段。\n\n第二段。')
  })

  it.each([[''], ['\n\n  \n'], ['\u0000\u0001garbage']])('handles empty and garbage input %j', (raw) => {
    const r = cleanText(raw)
    expect(typeof r.text).toBe('string')
    for (const s of r.removed) expect(s.end).toBeLessThanOrEqual(raw.length)
  })
})

describe('cleanText on wrapped text (PDF copies, wiki pages)', () => {
  // A wiki copy: paragraphs separated by blank lines, links on lines of their own, a zero-width space
  // line, a licence notice split across lines and two English template words at the bottom.
  const raw = [
    '各位代表：',
    '',
    '现在，我代表国务院，向大会报告政府工作，在听了',
    '关于宪法草案的报告',
    '以后，完成了一件历史性的工作。',
    '',
    '一、过去一年工作回顾',
    '',
    '全年国内生产总值达到一百二十六万亿元，城镇新增就业一千二百万人，居民消费价格上涨百分之二，财政收支',
    '\u200b',
    '保持平衡。',
    '',
    '本作品是中华人民共和国的',
    '法律',
    '、',
    '法规',
    '，属于',
    '公有领域',
    '。',
    '',
    '注：中文维基文库社群认为，中华人民共和国公务演讲，',
    '不总是',
    '具有立法、行政、司法性质的文件。',
    '',
    'Public domain',
    'false',
  ].join('\n')
  const { text, removed } = cleanText(raw)

  it('joins the wrapped lines back into their paragraphs', () => {
    expect(text.split('\n\n')).toEqual([
      '各位代表：',
      '现在，我代表国务院，向大会报告政府工作，在听了关于宪法草案的报告以后，完成了一件历史性的工作。',
      '一、过去一年工作回顾',
      '全年国内生产总值达到一百二十六万亿元，城镇新增就业一千二百万人，居民消费价格上涨百分之二，财政收支保持平衡。',
    ])
  })
  it('removes the licence notice, the wiki note and the template words, and records them', () => {
    const debris = removed.filter((s) => s.reason === 'site-debris').map((s) => raw.slice(s.start, s.end))
    expect(debris.join('')).toMatch(/^本作品是中华人民共和国的\n法律/)
    expect(debris.join('')).toContain('维基文库')
    expect(debris.join('')).toMatch(/Public domain\nfalse$/)
  })
  it('keeps a licence-like sentence inside the report', () => {
    const report = `一、总体要求\n\n本作品展示了城区风貌，版权保护工作持续加强，群众满意度明显提升。\n\n二、主要任务\n\n推进高质量发展。`
    expect(cleanText(report).text).toContain('版权保护工作持续加强')
  })
})

describe('layOutText', () => {
  it('lays the raw text out as cleaned text does, removing nothing', () => {
    const raw = seed('002_cfa2e8210ff970e4')
    const laid = layOutText(raw)
    for (const debris of ['本文仅代表作者观点', '本文地址', '网站地图', '[21]']) expect(laid).toContain(debris)
    expect(laid).not.toMatch(/^[ \u3000\t]/m)
    expect(laid).not.toMatch(/\n{3,}/)
    expect(laid.startsWith(cleanText(raw).text.slice(0, 200))).toBe(true)
  })
  it('joins wrapped lines like cleanText', () => {
    const raw = '现在，我代表国务院，向大会报告政府工作，在听了\n关于宪法草案的报告\n以后。\n\n乙。\n\n丙。'
    expect(layOutText(raw).split('\n\n')[0]).toBe('现在，我代表国务院，向大会报告政府工作，在听了关于宪法草案的报告以后。')
  })
  it.each([[''], ['\n \n']])('gives empty text for %j', (raw) => expect(layOutText(raw)).toBe(''))
})

describe('cleanText on the national reports (Wikisource copies)', () => {
  const reports = nationalReports()

  it('1954: link texts on lines of their own go back into their sentences', () => {
    const paragraphs = cleanText(reports.find((r) => r.year === 1954)!.text).text.split('\n\n')
    for (const link of ['關於憲法草案的報告', '中國人民政治協商會議共同綱領', '聯合國憲章']) expect(paragraphs).not.toContain(link)
    expect(paragraphs).toContain('各位代表：')
  })

  it('every report loses the licence notice and the template words, and nothing else at its end', () => {
    for (const { year, text: raw } of reports) {
      const { text, removed } = cleanText(raw)
      expect(text, String(year)).not.toMatch(/公有领域|维基文库|Public domain|false$/)
      // The notice and the template words are about 200 characters; the report itself stays whole.
      const removedChars = removed.reduce((n, s) => n + s.end - s.start, 0)
      expect(removedChars, String(year)).toBeLessThan(300)
    }
  })
})
