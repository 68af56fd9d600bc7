/**
 * The hostile corpus of issue 10, generated (never committed: some cases are tens of megabytes):
 * zip bombs, a docx whose parts lie about their size or repeat, HTML that made the old tokenizer
 * quadratic or overflowed its recursion, a 100,000-page PDF, control characters, and files at the
 * size limits. Each case is built on demand by name, so a benchmark can build one per process.
 * Baselines (the sample reports in each format) sit beside them for scale.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { deflateRepeated, deflatedEntry, documentXml, DOCX_CONTENT_TYPES, storedEntry, writeZip } from '../tests/fixtures/import/make-zip'
import { layoutParagraphs, makePdf } from '../tests/fixtures/import/make-pdf'

/** One case: a file name (its extension picks the reader), what it is, and how to build it. */
export interface HostileCase {
  name: string
  fileName: string
  what: string
  /** A well-formed file for scale, not a hostile one. */
  baseline?: boolean
  build(): Uint8Array
}

const SEED = join(import.meta.dirname, '..', 'seeds', '001_8f52a2821bb8e2be.txt')
const seedText = (): string => readFileSync(SEED, 'utf8')
const PARAGRAPH = '各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。'
const paragraphXml = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const article = (text: string) =>
  `<div class="content">${text
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}</div>`

/** A page holding the seed's article followed by `construct` repeated to about `bytes`. */
function hostilePage(construct: string, bytes: number): Uint8Array {
  return strToU8(`<html><body>${article(seedText())}${construct.repeat(Math.ceil(bytes / construct.length))}</body></html>`)
}

const MB = 1_000_000

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'baseline-txt', fileName: 'seed.txt', what: 'sample report, 34 KB text', baseline: true, build: () => strToU8(seedText()) },
  {
    name: 'baseline-html',
    fileName: 'seed.html',
    what: 'sample report as a page',
    baseline: true,
    build: () => strToU8(`<html><body>${article(seedText())}</body></html>`),
  },
  {
    name: 'baseline-docx',
    fileName: 'seed.docx',
    what: 'sample report as a .docx',
    baseline: true,
    build: () =>
      zipSync({
        'word/document.xml': strToU8(
          documentXml(
            seedText()
              .split('\n')
              .filter(Boolean)
              .map((p) => paragraphXml(escapeHtml(p)))
              .join(''),
          ),
        ),
      }),
  },
  {
    name: 'docx-zip64-bomb',
    fileName: 'bomb.docx',
    what: '4 MB zip64, document part 4.2 GB',
    build: () => {
      const { data, size } = deflateRepeated(strToU8(' '), 4.2e9)
      return writeZip(
        [storedEntry('[Content_Types].xml', DOCX_CONTENT_TYPES), { name: 'word/document.xml', data, method: 8, declaredSize: size }],
        { zip64: true },
      )
    },
  },
  {
    name: 'docx-lying-header',
    fileName: 'liar.docx',
    what: 'declares 1 KB, inflates to 1 GB',
    build: () =>
      writeZip([
        { name: 'word/document.xml', method: 8, declaredSize: 1024, data: deflateRepeated(strToU8(paragraphXml(PARAGRAPH)), 1e9).data },
      ]),
  },
  {
    name: 'docx-133m-chars',
    fileName: 'long.docx',
    what: '2 MB, 133 million characters of paragraphs',
    build: () => {
      const unit = strToU8(paragraphXml(PARAGRAPH.repeat(20)))
      const { data, size } = deflateRepeated(unit, (133e6 / (PARAGRAPH.length * 20)) * unit.length)
      return writeZip([{ name: 'word/document.xml', data, method: 8, declaredSize: size }])
    },
  },
  {
    name: 'docx-100-duplicates',
    fileName: 'dups.docx',
    what: '100 entries of one name, 100 MB each',
    build: () => {
      const { data, size } = deflateRepeated(strToU8(' '), 100e6)
      return writeZip(Array.from({ length: 100 }, () => ({ name: 'word/document.xml', data, method: 8, declaredSize: size })))
    },
  },
  {
    name: 'docx-empty-paragraphs',
    fileName: 'empty.docx',
    what: '60 MB of empty paragraphs inside the budget',
    build: () => zipSync({ 'word/document.xml': strToU8(documentXml('<w:p/>'.repeat(10_000_000))) }),
  },
  {
    name: 'html-declarations-332k',
    fileName: 'decl.html',
    what: '332 KB of <! with no > (old: 73 s)',
    build: () => hostilePage('<!x ', 332_000),
  },
  {
    name: 'html-declarations-1m',
    fileName: 'decl1m.html',
    what: '1 MB of <! with no > (old: > 120 s)',
    build: () => hostilePage('<!x ', MB),
  },
  {
    name: 'html-attributes-1m',
    fileName: 'attr.html',
    what: '1 MB of tags whose attributes never close',
    build: () => hostilePage('<p a=b c ', MB),
  },
  {
    name: 'html-scripts-1m',
    fileName: 'scripts.html',
    what: '1 MB, 22,000 scripts and styles',
    build: () => hostilePage('<script>var a = 1</script><style>p{}</style>', MB),
  },
  {
    name: 'html-nested-100k',
    fileName: 'nested.html',
    what: '100,000 nested elements, 1.1 MB',
    build: () => strToU8(`<html><body>${'<div>'.repeat(100_000)}${article(seedText())}${'</div>'.repeat(100_000)}</body></html>`),
  },
  {
    name: 'html-stray-closes',
    fileName: 'stray.html',
    what: '1 MB of unclosed tags and stray close tags',
    build: () => hostilePage('<b><i></u></s>', MB),
  },
  { name: 'html-tags-45m', fileName: 'tags.html', what: '45 MB of bare tags (15 million)', build: () => hostilePage('<b>', 45 * MB) },
  {
    name: 'html-entities',
    fileName: 'entities.html',
    what: '&constructor; and unknown entities ×100,000',
    build: () => hostilePage('&constructor;&__proto__;&nosuch;', MB),
  },
  {
    name: 'pdf-100k-pages',
    fileName: 'pages.pdf',
    what: '100,000 pages, 30 MB',
    build: () => makePdf(Array.from({ length: 100_000 }, (_, i) => [{ text: `第${i + 1}页`, x: 72, y: 700 }])),
  },
  {
    name: 'pdf-2000-pages',
    fileName: 'pages2k.pdf',
    what: '2,000 pages of text (at the page cap)',
    build: () => makePdf(Array.from({ length: 2000 }, (_, i) => layoutParagraphs([`${PARAGRAPH}第${i + 1}页。`.repeat(4)])[0]!)),
  },
  {
    name: 'txt-controls',
    fileName: 'nul.txt',
    what: 'NUL and escapes after the first 4 KB',
    build: () => strToU8(`${seedText()}\u0000\u0007\u001b[31m\u009b`.repeat(3)),
  },
  {
    name: 'txt-50mb',
    fileName: 'big.txt',
    what: '50 MB of text (at the file limit)',
    build: () => strToU8(PARAGRAPH.repeat(Math.floor((50 * 1048576 - 1) / (PARAGRAPH.length * 3)))),
  },
  {
    name: 'txt-near-cap',
    fileName: 'cap.txt',
    what: '990,000 characters (under the text cap)',
    build: () => strToU8(`${PARAGRAPH}\n`.repeat(Math.floor(990_000 / (PARAGRAPH.length + 1)))),
  },
  {
    name: 'docx-honest-zip64',
    fileName: 'zip64.docx',
    what: 'well-formed zip64 archive',
    baseline: true,
    build: () =>
      writeZip(
        [
          storedEntry('[Content_Types].xml', DOCX_CONTENT_TYPES),
          deflatedEntry(
            'word/document.xml',
            documentXml(
              seedText()
                .split('\n')
                .filter(Boolean)
                .map((p) => paragraphXml(escapeHtml(p)))
                .join(''),
            ),
          ),
        ],
        { zip64: true },
      ),
  },
]
