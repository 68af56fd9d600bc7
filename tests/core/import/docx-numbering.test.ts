// Word's automatic numbering in .docx import: labels rendered from numbering.xml and styles.xml,
// counted per list and level; text boxes read once, before their paragraph.
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../src/core/import'
import { DocxNumbering, formatNumber } from '../../../src/core/import/docx-numbering'
import { extractDocxText } from '../../../src/core/import/docx-text'
import { parseStructure, flattenOutline } from '../../../src/core/structure'
import { makeDocx } from '../../fixtures/import/make-docx'

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
const level = (ilvl: number, fmt: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`
/** One outline list: 一、 / （一） / 1. — the usual levels of a work report. */
const NUMBERING = `<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '•')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`
const STYLES = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style></w:styles>`

const p = (text: string, props = '') => `<w:p><w:pPr>${props}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
const num = (numId: number, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [12, 'chineseCountingThousand', '十二'],
    [21, 'chineseCounting', '二十一'],
    [3, 'decimal', '3'],
    [3, 'decimalFullWidth', '３'],
    [3, 'decimalEnclosedCircle', '③'],
    [2, 'ideographTraditional', '乙'],
    [4, 'upperRoman', 'IV'],
    [28, 'lowerLetter', 'bb'],
    [1, 'bullet', ''],
    [5, 'someFutureFormat', '5'],
  ])('%i in %s is %j', (n, format, expected) => expect(formatNumber(n, format)).toBe(expected))
})

describe('Word numbering in .docx import', () => {
  const body = [
    p('总体要求', '<w:pStyle w:val="Heading1"/>'),
    p('坚持稳中求进工作总基调。'),
    p('重点任务', '<w:pStyle w:val="Heading1"/>'),
    p('加强生态环境保护', num(1, 1)),
    p('推进污水处理设施建设。', num(1, 2)),
    p('改善空气质量。', num(1, 2)),
    p('推进基层治理现代化', num(1, 1)),
    p('完善网格化管理。', num(3, 2)),
    p('一项要点', num(2, 0)),
    p('不编号的段落', `<w:pStyle w:val="Heading1"/>${num(0, 0)}`),
  ].join('')

  it('puts the labels Word shows back in front of the paragraphs', () => {
    const r = extractDocxText(makeDocx(doc(body), { numbering: NUMBERING, styles: STYLES }))
    expect(r.ok && r.value.split('\n')).toEqual([
      '一、总体要求',
      '坚持稳中求进工作总基调。',
      '二、重点任务',
      '（一）加强生态环境保护',
      '1.推进污水处理设施建设。',
      '2.改善空气质量。',
      '（二）推进基层治理现代化',
      '1.完善网格化管理。',
      '一项要点',
      '不编号的段落',
    ])
  })

  it('so the outline finds the numbered headings', async () => {
    const r = await importDocument('report.docx', makeDocx(doc(body), { numbering: NUMBERING, styles: STYLES }))
    if (!r.ok) throw new Error(r.error.message)
    const outline = flattenOutline(parseStructure(r.value.text).outline).map((n) => n.label + n.title)
    expect(outline).toEqual([
      '一、总体要求',
      '二、重点任务',
      '（一）加强生态环境保护',
      '1.推进污水处理设施建设',
      '2.改善空气质量',
      '（二）推进基层治理现代化',
      '1.完善网格化管理',
    ])
  })

  it('reads without the numbering part as before (no labels)', () => {
    const r = extractDocxText(makeDocx(doc(body)))
    expect(r.ok && r.value.split('\n')[0]).toBe('总体要求')
  })

  it('reads a text box once, before the paragraph it is anchored in', () => {
    const box = `<w:txbxContent>${p('青山区人民政府文件')}</w:txbxContent>`
    const anchored = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>关于印发某某方案的通知</w:t></w:r></w:p>`
    const r = extractDocxText(makeDocx(doc(anchored + p('各街道办事处：'))))
    expect(r.ok && r.value.split('\n')).toEqual(['青山区人民政府文件', '关于印发某某方案的通知', '各街道办事处：'])
  })

  it('ignores damaged numbering definitions', () => {
    const numbering = new DocxNumbering('<w:numbering><w:num w:numId="1"></w:num><garbage', '<<<')
    expect(numbering.labelFor(num(1, 0))).toBe('')
    expect(numbering.labelFor('')).toBe('')
  })
})
