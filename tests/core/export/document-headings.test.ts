// Document headings in exports: the app's label (place · year · type, unique) when given, so two
// reports with one title get two headings (Markdown, Word, the CSV document column, the REFI-QDA
// source names); the title (CSV and REFI-QDA: the file name) when no label is given.
import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, toCsv, toDocx, toMarkdown, toQdeXml, type ExportDocument, type ExportInput } from '../../../src/core/export'
import { annotate, CODEBOOK, options } from './export-fixtures'

function twin(id: string, label?: string): ExportDocument {
  return {
    id,
    fileName: `${id}.txt`,
    text: '推进安全生产专项整治三年行动。',
    metadata: { title: '政府工作报告', place: '中华人民共和国', year: 2019, level: 'national', docType: 'government-work-report' },
    ...(label ? { label } : {}),
  }
}

function input(a: ExportDocument, b: ExportDocument): ExportInput {
  return {
    documents: [a, b],
    annotations: [annotate(a, '安全生产', { id: 'a1' }), annotate(b, '安全生产', { id: 'b1' })],
    codebook: CODEBOOK,
  }
}

describe('document headings', () => {
  it('Markdown heads each document by its label, so same-title reports differ', () => {
    const md = toMarkdown(input(twin('x', '中华人民共和国 · 2019 · 报告 #1'), twin('y', '中华人民共和国 · 2019 · 报告 #2')), options())
    // `#` is escaped so Obsidian does not read a tag.
    expect(md).toContain('## 中华人民共和国 · 2019 · 报告 \\#1')
    expect(md).toContain('## 中华人民共和国 · 2019 · 报告 \\#2')
    // The front matter names each file's label, so a heading can be traced to its file.
    expect(md).toContain('  - file: "x.txt"\n    label: "中华人民共和国 · 2019 · 报告 #1"\n')
    expect(md).toContain('  - file: "y.txt"\n    label: "中华人民共和国 · 2019 · 报告 #2"\n')
  })
  it('falls back to the title without labels', () => {
    const md = toMarkdown(input(twin('x'), twin('y')), options())
    expect(md.match(/^## 政府工作报告$/gm)).toHaveLength(2)
  })
  it('Word heads each document by its label', async () => {
    const bytes = await toDocx(input(twin('x', 'A · 2019 · 报告 #1'), twin('y', 'A · 2019 · 报告 #2')), options())
    const { unzipSync, strFromU8 } = await import('fflate')
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!)
    expect(xml).toContain('A · 2019 · 报告 #1')
    expect(xml).toContain('A · 2019 · 报告 #2')
  })
  it('CSV: the document column holds the label, the file column the file name', () => {
    const rows = toCsv(input(twin('x', 'A · 2019 · 报告 #1'), twin('y', 'A · 2019 · 报告 #2')), options())
      .slice(1)
      .split('\r\n')
      .map((r) => r.split(','))
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name)
    expect(rows[1]?.[col('document')]).toBe('A · 2019 · 报告 #1')
    expect(rows[2]?.[col('document')]).toBe('A · 2019 · 报告 #2')
    expect([rows[1]?.[col('file')], rows[2]?.[col('file')]]).toEqual(['x.txt', 'y.txt'])
    const bare = toCsv(input(twin('x'), twin('y')), options())
      .split('\r\n')[1]
      ?.split(',')
    expect(bare?.[col('document')]).toBe('x.txt')
  })
  it('REFI-QDA names each source by its label, by its file name without one', () => {
    const names = (xml: string): string[] => [...xml.matchAll(/<TextSource [^>]*name="([^"]*)"/g)].map((m) => m[1] ?? '')
    expect(names(toQdeXml(input(twin('x', 'A · 2019 · 报告 #1'), twin('y', 'A · 2019 · 报告 #2')), options()))).toEqual([
      'A · 2019 · 报告 #1',
      'A · 2019 · 报告 #2',
    ])
    expect(names(toQdeXml(input(twin('x'), twin('y')), options()))).toEqual(['x.txt', 'y.txt'])
  })
})
