// Memos (document, theme, project journal) in every export format, and the Word export read back
// through mammoth (an independent .docx parser), so what a researcher pastes into a paper is checked.
import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { fromJsonLd, QUOTE_STYLE, toCsv, toDocx, toJsonLd, toMarkdown, toQdpx, type ExportInput } from '../../../src/core/export'
import { memoId, type Memo } from '../../../src/core/memos'
import { CODEBOOK, FIXED_NOW, options, seedInput } from './export-fixtures'

function memo(kind: Memo['kind'], target: string, text: string): Memo {
  return { id: memoId(kind, target), kind, target, text, created: FIXED_NOW.toISOString(), updated: FIXED_NOW.toISOString() }
}

function withMemos(): ExportInput {
  return {
    ...seedInput(),
    memos: [
      memo('theme', 'governance', '基层治理备忘：网格化各地不同。'),
      memo('document', 'doc-001', '文档备忘：2017 年的行动计划。'),
      memo('project', '', '项目日志：先读盐田区。'),
      memo('document', 'not-exported', '不在导出范围内的文档'),
      memo('theme', 'safety', '   '),
    ],
  }
}

/** The .docx as HTML, Word's Quote style mapped to <blockquote>. */
async function docxHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: [`p[style-name='${QUOTE_STYLE}'] => blockquote > p:fresh`] },
  )
  return result.value
}

describe('memos in exports', () => {
  it('Markdown: a memo section after the title, journal first, each memo in a note callout', () => {
    const md = toMarkdown(withMemos(), options())
    const section = md.slice(md.indexOf('## 备忘录 Memos'), md.indexOf('## 盐田区'))
    expect(section.indexOf('### 项目日志 Project journal')).toBeLessThan(
      section.indexOf('### 文档备忘录 Document memo: 盐田区“城市质量提升年”行动计划'),
    )
    expect(section.indexOf('### 文档备忘录')).toBeLessThan(section.indexOf('### 主题备忘录 Theme memo: 基层治理 (Governance)'))
    expect(section).toContain('> [!note]\n> 文档备忘：2017 年的行动计划。')
    expect(md).not.toContain('不在导出范围内的文档')
  })

  it('CSV: memo rows of kind memo, with the document or theme (labels beside the id) filled', () => {
    const csv = toCsv(withMemos(), options())
    const lines = csv.split('\r\n')
    expect(lines[0]).toContain('kind,document')
    expect(lines[0]).toContain('themes,themeLabelsZh,themeLabelsEn')
    const memos = lines.filter((l) => l.startsWith('memo,'))
    expect(memos).toHaveLength(3)
    expect(memos.find((l) => l.includes('文档备忘'))).toMatch(/^memo,001_8f52a2821bb8e2be\.txt,盐田区,2017,district,/)
    expect(memos.find((l) => l.includes('基层治理备忘'))).toContain(',governance,基层治理,Governance,')
    expect(lines.filter((l) => l.startsWith('annotation,'))).toHaveLength(seedInput().annotations.length)
  })

  it('W3C: memos are commenting annotations on the document, the theme or the project, and a re-import skips them', () => {
    const json = toJsonLd(withMemos(), options())
    const items = JSON.parse(json).items as Record<string, unknown>[]
    const memos = items.filter((i) => 'bidu:memo' in i)
    expect(memos.map((m) => [m['bidu:memo'], m.motivation])).toEqual([
      ['project', 'commenting'],
      ['document', 'commenting'],
      ['theme', 'commenting'],
    ])
    expect(memos[1]?.target).toMatchObject({ 'bidu:fileName': '001_8f52a2821bb8e2be.txt' })
    expect(memos[1]?.target).toMatchObject({ source: expect.stringMatching(/^urn:bidu:doc:/) })
    expect(memos[2]?.target).toMatchObject({ id: 'urn:bidu:theme:governance', 'bidu:theme': 'governance' })
    const back = fromJsonLd(json, { codebook: CODEBOOK })
    expect(back.ok && back.value.annotations.length).toBe(seedInput().annotations.length)
  })

  it('REFI-QDA: memos reach the source, the code and the project descriptions', () => {
    const xml = strFromU8(unzipSync(toQdpx(withMemos(), options()))['project.qde'])
    expect(xml).toContain('文档备忘：2017 年的行动计划。</Description>')
    expect(xml).toContain('<Description>基层治理备忘：网格化各地不同。</Description>')
    expect(xml).toContain('<Description>项目日志：先读盐田区。</Description>')
  })

  it('Word: headings per document and section, quotes as block quotes, citations, notes and memos', async () => {
    const progress: number[] = []
    const bytes = await toDocx(withMemos(), options({ coderName: '研究者', onProgress: (d) => progress.push(d) }))
    const html = await docxHtml(bytes)
    expect(html).toContain('<h1>备忘录 Memos</h1>')
    expect(html).toContain('<h2>主题备忘录 Theme memo: 基层治理 (Governance)</h2><p>基层治理备忘：网格化各地不同。</p>')
    expect(html).toContain('<h1>盐田区 · 2017 · 盐田区“城市质量提升年”行动计划</h1>')
    expect(html).toContain('<h2>13.树立基层治理标杆。</h2>')
    expect(html).toContain('<blockquote><p>探索建立社区网格管理新模式</p></blockquote>')
    expect(html).toContain('— 盐田区 · 2017 · 盐田区“城市质量提升年”行动计划 · 13.树立基层治理标杆。 · chars')
    // Notes are text: Markdown marks stay as typed, nothing becomes markup.
    expect(html).toContain('**2017**: the *first* grid model.')
    expect(html).not.toContain('#theme/')
    expect(progress.at(-1)).toBe(1)
    const core = strFromU8(unzipSync(bytes)['docProps/core.xml'])
    expect(core).toContain('研究者')
  })

  it('Word: an export without annotations or memos is still a readable document with its title', async () => {
    const html = await docxHtml(await toDocx({ documents: [], annotations: [], codebook: CODEBOOK }, options({ title: '空 empty' })))
    expect(html).toContain('空 empty')
  })
})
