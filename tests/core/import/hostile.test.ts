// Hostile files from the trust review (issue 10): each case used to crash the worker, hang it,
// exhaust memory or leak raw input; each must now import within bounds or be refused in words.
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importDocument, MAX_PDF_PAGES, MAX_TEXT_CHARS, type PdfTextExtractor } from '../../../src/core/import'
import { extractPdfItems } from '../../../src/cli/pdf-node'
import { deflatedEntry, deflateRepeated, documentXml, DOCX_CONTENT_TYPES, storedEntry, writeZip } from '../../fixtures/import/make-zip'
import { makePdf } from '../../fixtures/import/make-pdf'

const PARAGRAPH = '各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。'
const paragraphXml = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`

/** An import's outcome, failing the test on a throw (a raw error would reach the user). */
async function importOf(name: string, bytes: Uint8Array, pdf?: PdfTextExtractor) {
  return importDocument(name, bytes, { pdf })
}

describe('docx zip limits', () => {
  it('refuses a zip64 bomb by its declared size before inflating it (5 MB → 4.2 GB)', async () => {
    const { data, size } = deflateRepeated(strToU8(' '), 4.2e9)
    const zip = writeZip([storedEntry('[Content_Types].xml', DOCX_CONTENT_TYPES), { name: 'word/document.xml', data, method: 8, declaredSize: size }], { zip64: true })
    expect(zip.length).toBeLessThan(8 * 1048576)
    const started = performance.now()
    const r = await importOf('bomb.docx', zip)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
    expect(!r.ok && r.error.message).toMatch(/^bomb\.docx: its parts decompress to more than 64 MB/)
  })

  it('stops inflating an entry whose header understates its size (1 KB declared, 1 GB real)', async () => {
    const { data } = deflateRepeated(strToU8(paragraphXml(PARAGRAPH)), 1e9)
    const zip = writeZip([{ name: 'word/document.xml', data, method: 8, declaredSize: 1024 }])
    const started = performance.now()
    const r = await importOf('liar.docx', zip)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(r).toMatchObject({ ok: false, error: { code: 'CORRUPT_FILE' } })
    expect(!r.ok && r.error.message).toContain('word/document.xml is not the size its header declares')
  })

  it('refuses an honest 2 MB archive whose document part inflates to hundreds of megabytes', async () => {
    const { data, size } = deflateRepeated(strToU8(paragraphXml(PARAGRAPH)), 400e6)
    const r = await importOf('huge.docx', writeZip([{ name: 'word/document.xml', data, method: 8, declaredSize: size }]))
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
  })

  it('refuses an archive that holds the same name twice (100 copies of the document part)', async () => {
    const entry = deflatedEntry('word/document.xml', documentXml(paragraphXml(PARAGRAPH)))
    const r = await importOf('dup.docx', writeZip(Array<typeof entry>(100).fill(entry)))
    expect(r).toMatchObject({ ok: false, error: { code: 'CORRUPT_FILE' } })
    expect(!r.ok && r.error.message).toContain('holds "word/document.xml" twice')
  })

  it('refuses a document part whose text is over the cap although its XML fits the budget', async () => {
    const paragraphs = paragraphXml(PARAGRAPH.repeat(100)).repeat(Math.ceil(MAX_TEXT_CHARS / (PARAGRAPH.length * 100)) + 1)
    const r = await importOf('long.docx', zipSync({ 'word/document.xml': strToU8(documentXml(paragraphs)) }))
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
    expect(!r.ok && r.error.message).toMatch(/its text is [\d,]+ characters long; the limit is 1,000,000/)
  })

  it('reads a well-formed zip64 archive', async () => {
    const zip = writeZip([storedEntry('[Content_Types].xml', DOCX_CONTENT_TYPES), deflatedEntry('word/document.xml', documentXml(paragraphXml(PARAGRAPH)))], { zip64: true })
    const r = await importOf('zip64.docx', zip)
    expect(r.ok && r.value.text).toBe(PARAGRAPH)
  })

  it.each([
    ['a damaged end record', () => zipSync({ 'word/document.xml': strToU8(documentXml(paragraphXml(PARAGRAPH))) }).slice(0, -10), 'CORRUPT_FILE'],
    ['a cut-short entry', () => {
      const zip = zipSync({ 'word/document.xml': strToU8(documentXml(paragraphXml(PARAGRAPH).repeat(50))) }, { level: 0 })
      return writeZip([{ ...deflatedEntry('word/document.xml', ''), data: zip.slice(40, 60), method: 0, declaredSize: 5000 }])
    }, 'CORRUPT_FILE'],
    ['an unknown compression method', () => writeZip([{ ...deflatedEntry('word/document.xml', documentXml('')), method: 12 }]), 'CORRUPT_FILE'],
    ['garbage deflate data', () => writeZip([{ name: 'word/document.xml', data: new Uint8Array(64).fill(0xff), method: 8, declaredSize: 100 }]), 'CORRUPT_FILE'],
  ] as const)('refuses %s with a message', async (_name, build, code) => {
    const r = await importOf('bad.docx', build())
    expect(r).toMatchObject({ ok: false, error: { code } })
    expect(!r.ok && r.error.message).toMatch(/^bad\.docx: it is not a readable Word/)
  })
})

describe('text cap and control characters', () => {
  it('refuses a text file longer than the cap', async () => {
    const r = await importOf('long.txt', strToU8(PARAGRAPH.repeat(Math.ceil(MAX_TEXT_CHARS / PARAGRAPH.length) + 1)))
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
  })

  it('strips NUL and other control characters past the sniffed start of a text file', async () => {
    const head = `${PARAGRAPH}\n`.repeat(200)
    const r = await importOf('nul.txt', strToU8(`${head}推进\u0000生态\u0007文明\u001b[31m建设\u009b。\f第二页。`))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.text).toContain('推进生态文明[31m建设。')
    expect(r.value.rawText).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(r.value.text).toContain('第二页。')
  })

  it('strips control characters from docx runs', async () => {
    const r = await importOf('ctl.docx', zipSync({ 'word/document.xml': strToU8(documentXml(paragraphXml(`推进\u0001生态&#x1;文明建设。`))) }))
    expect(r.ok && r.value.text).toBe('推进生态文明建设。')
  })
})

describe('pdf limits', () => {
  it(`refuses a PDF of more than ${MAX_PDF_PAGES} pages without reading its pages`, async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 1 }, () => [{ text: '页', x: 72, y: 700 }])
    const started = performance.now()
    const r = await importOf('pages.pdf', makePdf(pages), extractPdfItems)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: 'pages.pdf: the PDF has 2,001 pages; the limit is 2,000' } })
  })

  it('asks the extractor to stop at the text cap and refuses the longer text', async () => {
    const line = { str: PARAGRAPH, x: 72, y: 700, width: 400, height: 12 }
    let asked
    const pdf: PdfTextExtractor = async (_bytes, limits) => {
      asked = limits
      // A different text on each page, so no line is taken for a running header.
      return { pageCount: 3, pages: ['甲', '乙', '丙'].map((mark) => ({ width: 595, height: 842, items: Array(20_000).fill({ ...line, str: mark + line.str }) })) }
    }
    const r = await importOf('long.pdf', strToU8('%PDF-1.7'), pdf)
    expect(asked).toEqual({ maxPages: MAX_PDF_PAGES, maxChars: MAX_TEXT_CHARS })
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
  })

  it('turns an error thrown while reading into a message, never a raw RangeError', async () => {
    const pdf: PdfTextExtractor = async () => ({
      pageCount: 1,
      pages: [{ width: 1, height: 1, get items(): never { throw new RangeError('Maximum call stack size exceeded') } }],
    })
    const r = await importOf('deep.pdf', strToU8('%PDF-1.7'), pdf)
    expect(r).toEqual({ ok: false, error: { code: 'CORRUPT_FILE', message: 'deep.pdf: it is too large or too deeply nested to read' } })
  })
})
