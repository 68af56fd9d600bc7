// The dialog's preview and the worker's input: first lines of text exports, a summary read back from
// the .qdpx bytes, figures found inside each quote, aligned passages passed through.
import { describe, expect, it } from 'vitest'
import { defaultExportOptions, renderExport, UTF8_BOM } from '../../../src/core/export'
import { parseStructure } from '../../../src/core/structure'
import { builtinCodebook } from '../../../src/core/themes'
import { hashText } from '../../../src/core/anchoring'
import { figuresByAnnotation, toExportInput, type ExportPayload } from '../../../src/renderer/workers/export-input'
import { previewArchive, previewExport, previewText } from '../../../src/renderer/workers/export-preview'
import { DOCS, NOTES } from '../../fixtures/annotated-library'

const OPTIONS = defaultExportOptions(new Date('2026-11-23T10:00:00Z'), 'test')
const PAYLOAD: ExportPayload = {
  documents: DOCS.map((d) => ({ id: d.id, fileName: d.fileName, text: d.text, textHash: hashText(d.text), metadata: d.metadata })),
  annotations: NOTES,
  codebook: builtinCodebook(),
  aligned: { n1: [{ documentId: 'b', start: 30, end: 40, text: '开展安全生产专项整治' }] },
}
const input = toExportInput({ ...PAYLOAD, documents: PAYLOAD.documents.map((d) => ({ ...d, outline: parseStructure(d.text).outline })) })

describe('previewText', () => {
  const cases: { text: string; max: number; shown: string; totalLines: number }[] = [
    { text: '', max: 3, shown: '', totalLines: 0 },
    { text: 'a\nb\nc\n', max: 2, shown: 'a\nb\n', totalLines: 3 },
    { text: 'a\nb', max: 5, shown: 'a\nb', totalLines: 2 },
    { text: `${UTF8_BOM}x,y\n1,2\n`, max: 1, shown: 'x,y\n', totalLines: 2 },
    { text: '\n\n\n', max: 2, shown: '\n\n', totalLines: 3 },
  ]
  it.each(cases)('$max lines of $text', ({ text, max, shown, totalLines }) => {
    expect(previewText(text, max)).toMatchObject({ kind: 'text', text: shown, totalLines })
  })
})

describe('preview of real exports', () => {
  it('shows the Markdown beginning with front matter', async () => {
    const md = (await renderExport('md', input, OPTIONS)) as string
    const preview = previewExport(md, 5)
    expect(preview.kind === 'text' && preview.text.startsWith('---\ntitle:')).toBe(true)
    expect(preview.kind === 'text' && preview.text.split('\n')).toHaveLength(6)
  })

  it('summarises the .qdpx from its bytes', async () => {
    const zip = (await renderExport('qdpx', input, OPTIONS)) as Uint8Array
    const summary = previewExport(zip)
    expect(summary).toMatchObject({ kind: 'archive', bytes: zip.byteLength, sources: 2 })
    if (summary.kind !== 'archive') throw new Error('expected an archive summary')
    expect(summary.entries.map((e) => e.name)).toContain('project.qde')
    expect(summary.entries.filter((e) => e.name.startsWith('sources/'))).toHaveLength(2)
    expect(summary.selections).toBe(NOTES.length)
    expect(summary.codes).toBeGreaterThan(0)
  })

  it('gives an empty summary for bytes that are not a zip', () => {
    expect(previewArchive(new Uint8Array([1, 2, 3]))).toMatchObject({ bytes: 3, entries: [], sources: 0, selections: 0 })
    expect(previewArchive(new Uint8Array())).toMatchObject({ bytes: 0, entries: [] })
  })
})

describe('export input', () => {
  it('finds figures inside each quote only, with what they measure', () => {
    const figures = figuresByAnnotation(PAYLOAD.documents, NOTES)
    expect(figures.get('n2')?.map((f) => f.value)).toEqual(['95%'])
    expect(figures.get('n4')?.map((f) => f.value)).toEqual(['1.2万人'])
    // 新建公园5个 follows the n2 quote but is outside it.
    expect(figures.get('n1')).toBeUndefined()
    expect(figuresByAnnotation([], NOTES).size).toBe(0)
  })

  it('passes aligned passages and outlines through to the Markdown', async () => {
    const md = (await renderExport('md', input, OPTIONS)) as string
    expect(md).toContain('开展安全生产专项整治')
    expect(md).toContain('安全生产')
    expect(input.alignedPassages?.('n2')).toEqual([])
    expect(input.documents[0].outline?.length).toBeGreaterThan(0)
  })
})
