import { strToU8, zipSync } from 'fflate'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../src/core/import'
import { findPageTitle } from '../../../src/core/import/html-text'
import { extractPdfItems } from '../../../src/cli/runtime/pdf-node'
import { makeDocx } from '../../fixtures/import/make-docx'
import { layoutParagraphs, makePdf } from '../../fixtures/import/make-pdf'

const PAGE = `<!DOCTYPE html><html><head><meta charset="gbk"><title>盐田区政府网</title>
<style>.x{color:red}</style><script>var s = "<p>不要我</p>";</script></head>
<body><div class="top-nav"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">政策解读</a><a href="/c">互动交流</a></div>
<header><h1>深圳市盐田区人民政府门户网站</h1></header>
<nav><ul><li><a href="/1">机构概况</a></li><li><a href="/2">政府信息公开目录</a></li></ul></nav>
<div id="main"><div class="article">
<h2>盐田区2023年政府工作报告</h2>
<!-- 评论：不要我 -->
<p>&nbsp;&nbsp;各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。</p>
<p>一、2022年工作回顾<br>过去一年，全区上下&#x4E00;心一意推动&ldquo;高质量发展&rdquo;&#12290;</p>
<p>二、2023年工作安排</p><p>推进生态文明建设，打造美丽盐田。</p>
</div><aside>相关链接：<a href="/x">区人大</a></aside></div>
<footer>版权所有：深圳市盐田区人民政府 粤ICP备12345号</footer>
<noscript>请启用脚本</noscript></body></html>`

describe('html import', () => {
  it('keeps a title that sits beside the text block', async () => {
    const page =
      '<body><div class="nav"><a>首页</a></div><div class="detail-title">黄浦区2024年政府工作报告</div><div class="content"><p>' +
      '各位代表，现在我代表区人民政府向大会报告工作。'.repeat(10) +
      '</p></div></body>'
    const r = await importDocument('p.html', strToU8(page))
    expect(r.ok && r.value.text.split('\n')[0]).toBe('黄浦区2024年政府工作报告')
    expect(r.ok && r.value.metadata).toMatchObject({ place: '黄浦区', level: 'district', year: 2024 })
  })

  it('keeps the article, drops navigation, scripts, styles and footer; honours <meta charset>', async () => {
    const r = await importDocument('report.html', new Uint8Array(iconv.encode(PAGE, 'gbk')))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.format).toBe('html')
    expect(r.value.encoding).toBe('gb18030')
    expect(r.value.text).toBe(
      [
        '盐田区2023年政府工作报告',
        '各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。',
        '一、2022年工作回顾',
        '过去一年，全区上下一心一意推动“高质量发展”。',
        '二、2023年工作安排',
        '推进生态文明建设，打造美丽盐田。',
      ].join('\n\n'),
    )
    expect(r.value.metadata).toMatchObject({
      title: '盐田区2023年政府工作报告',
      place: '盐田区',
      level: 'district',
      year: 2023,
      docType: 'government-work-report',
    })
  })

  it('takes the title from <title> when the text has no title line', async () => {
    const page = `<html><head><meta charset="utf-8"><title>温泉镇2024年政府工作报告_环翠区人民政府</title></head><body>
<table><tr><td><a>首页</a></td><td><a>政务公开</a></td></tr></table>
<table><tr><td>发布日期：2024-02-01 阅读次数：356</td></tr>
<tr><td><div>各位代表：</div><div>现在，我代表镇人民政府向大会作工作报告，请予审议。</div>
<div>一、2023年工作回顾</div><div>一年来，全镇完成一般公共预算收入1.2亿元，同比增长8%，建成美丽乡村示范村3个。</div></td></tr></table>
<table><tr><td>版权所有：温泉镇人民政府 鲁ICP备05000000号-1</td></tr></table></body></html>`
    const r = await importDocument('content_8812.html', strToU8(page))
    expect(r.ok && r.value.text.startsWith('各位代表：')).toBe(true)
    expect(r.ok && r.value.text).not.toContain('阅读次数')
    expect(r.ok && r.value.metadata).toMatchObject({ title: '温泉镇2024年政府工作报告', place: '温泉镇', level: 'town', year: 2024 })
  })

  it.each([
    ['2024年青山区政府工作报告_青山区人民政府', '2024年青山区政府工作报告'],
    ['青山区人民政府 - 关于印发某某方案的通知', '关于印发某某方案的通知'],
    ['白沙县人民政府网', '白沙县人民政府网'],
    ['Home page', undefined],
  ])('findPageTitle(%j) is %j', (title, expected) => {
    expect(findPageTitle(`<html><head><title>${title}</title></head></html>`)).toBe(expected)
  })

  it('tolerates broken markup', async () => {
    const r = await importDocument('broken.htm', strToU8('<div><p>第一段文字。<p>第二段 <b>加粗 <i>斜体</span></b><p>第三段</div>'))
    expect(r.ok && r.value.text).toBe('第一段文字。\n\n第二段 加粗 斜体\n\n第三段')
  })

  it('a page with only scripts is EMPTY_INPUT', async () => {
    const r = await importDocument('empty.html', strToU8('<html><script>alert(1)</script></html>'))
    expect(!r.ok && r.error.code).toBe('EMPTY_INPUT')
  })
})

const DOC_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>温泉镇2024年政府工作报告</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">一、</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>2023年工作回顾</w:t></w:r></w:p>
<w:p><w:r><w:t>过去一年，</w:t></w:r><w:r><w:t>镇政府和全镇人民&amp;一道</w:t></w:r><w:r><w:tab/><w:t>奋斗。</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>
<w:sectPr/></w:body></w:document>`

describe('docx import', () => {
  it('reads paragraphs, runs, tabs and breaks', async () => {
    const r = await importDocument('温泉镇.docx', makeDocx(DOC_XML))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.format).toBe('docx')
    expect(r.value.text).toBe(
      '温泉镇2024年政府工作报告\n\n一、2023年工作回顾\n\n过去一年，镇政府和全镇人民&一道\t奋斗。\n\n第一行\n\n第二行',
    )
    expect(r.value.metadata).toMatchObject({ place: '温泉镇', level: 'town', year: 2024, docType: 'government-work-report' })
  })
  it.each([
    ['a truncated zip', makeDocx(DOC_XML).subarray(0, 60), 'CORRUPT_FILE'],
    ['a zip without word/document.xml', zipSync({ 'a.txt': strToU8('x') }), 'CORRUPT_FILE'],
    ['garbage bytes', new Uint8Array([1, 2, 3, 4, 5]), 'CORRUPT_FILE'],
  ])('%s → %s', async (_name, bytes, code) => {
    const r = await importDocument('bad.docx', bytes)
    expect(!r.ok && r.error.code).toBe(code)
  })
})

describe('pdf import through the Node extractor', () => {
  const paragraphs = [
    '沙市区2023年政府工作报告',
    '一、过去一年工作回顾',
    '过去一年，我们坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，推动经济社会发展取得新成效，全区地区生产总值稳步增长，人民生活持续改善。',
    '（一）加快产业转型升级。实施制造业提质增效行动，培育壮大战略性新兴产业，推动数字经济和实体经济深度融合',
    '二、今年工作安排',
    '今年是全面贯彻党的二十大精神的开局之年。我们将坚持以人民为中心的发展思想，扎实推进共同富裕，奋力谱写中国式现代化的沙市篇章！',
  ]
  const pages = layoutParagraphs(paragraphs, 38, 780)
  // Spread over pages with running header and page numbers.
  const multi = layoutParagraphs(paragraphs.concat(paragraphs.slice(2)), 38, 300)
  multi.forEach((p, i) =>
    p.push({ text: '沙市区人民政府公报', x: 200, y: 810, size: 10 }, { text: `- ${i + 1} -`, x: 290, y: 30, size: 10 }),
  )

  it('joins wrapped lines into paragraphs', async () => {
    const r = await importDocument('report.pdf', makePdf(pages), { pdf: extractPdfItems })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.format).toBe('pdf')
    expect(r.value.text).toBe(paragraphs.join('\n\n'))
    expect(r.value.metadata).toMatchObject({ place: '沙市区', level: 'district', year: 2023, docType: 'government-work-report' })
  })

  it('drops running headers and page numbers repeated on every page', async () => {
    expect(multi.length).toBeGreaterThan(1)
    const r = await importDocument('multi.pdf', makePdf(multi), { pdf: extractPdfItems })
    expect(r.ok && r.value.text).not.toContain('公报')
    expect(r.ok && r.value.text).not.toMatch(/- \d+ -/)
    expect(r.ok && r.value.text.startsWith(paragraphs.join('\n\n'))).toBe(true)
  })

  it('reads Chinese set in STSong-Light with a predefined CMap and no ToUnicode (iText, TCPDF, ReportLab)', async () => {
    const r = await importDocument('cmap.pdf', makePdf(pages, true, 'predefined-cmap'), { pdf: extractPdfItems })
    expect(r.ok && r.value.text).toBe(paragraphs.join('\n\n'))
  })

  it.each([
    ['no text layer', () => makePdf(pages, false), 'NO_TEXT_LAYER'],
    ['broken file', () => strToU8('%PDF-1.4\nnot really a pdf'), 'CORRUPT_FILE'],
  ])('%s → %s', async (_name, bytes, code) => {
    const r = await importDocument('scan.pdf', bytes(), { pdf: extractPdfItems })
    expect(!r.ok && r.error.code).toBe(code)
    expect(!r.ok && r.error.message).toContain('scan.pdf')
  })

  it('without an extractor a PDF is UNSUPPORTED_FORMAT', async () => {
    const r = await importDocument('report.pdf', makePdf(pages))
    expect(!r.ok && r.error.code).toBe('UNSUPPORTED_FORMAT')
  })
})
