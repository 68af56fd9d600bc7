// Public entry of the importer: bytes of a file in, a cleaned document with guessed metadata out.
// Routes by magic bytes first and extension second, so a renamed file still imports correctly.
// It reads no files itself and does not load pdf.js: the caller passes a PdfTextExtractor.

import { messageOf, fail, ok, type Result } from '../result'
import { cleanText, normaliseLineEndings } from './clean-text'
import { decodeText, hasBinaryMagic } from './decode-text'
import { extractDocxText } from './docx-text'
import { guessMetadata } from './guess-metadata'
import { findDeclaredCharset, readHtml } from './html-text'
import { MAX_HTML_NODES } from './html-tree'
import { declaredPageCount } from './pdf-page-count'
import { pdfPagesToText } from './pdf-text'
import { stripControlCharacters } from './control-characters'
import {
  MAX_IMPORT_BYTES,
  MAX_PDF_PAGES,
  MAX_TEXT_CHARS,
  type ImportErrorCode,
  type ImportedDocument,
  type PdfTextExtractor,
  type SourceFormat,
} from './types'

export { guessMetadata } from './guess-metadata'

export * from './types'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
}

/** Office and e-document formats people often try: refused as unsupported types, not as "binary". */
const OTHER_DOCUMENT_TYPES = new Set(['doc', 'wps', 'rtf', 'odt', 'ofd', 'caj', 'xls', 'xlsx', 'et', 'ppt', 'pptx', 'dps', 'epub'])

function formatOf(fileName: string, bytes: Uint8Array): SourceFormat | undefined {
  const ext = extensionOf(fileName)
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf'
  if (startsWith(bytes, ZIP_MAGIC)) return ext === 'docx' ? 'docx' : undefined
  if (ext === 'pdf') return 'pdf'
  if (ext === 'docx') return 'docx'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml') return 'html'
  if (ext === 'txt' || ext === 'md' || ext === 'text' || ext === '') return 'txt'
  return undefined
}

/** The text a format yields, before cleaning. */
interface Extracted {
  text: string
  encoding?: string
  titleHint?: string
}

type Extraction = Result<Extracted, ImportErrorCode>

const thousands = (n: number): string => n.toLocaleString('en')

async function extractPdf(bytes: Uint8Array, pdf: PdfTextExtractor | undefined): Promise<Extraction> {
  if (!pdf) return fail('UNSUPPORTED_FORMAT', 'PDF import is not available here (no PDF reader was provided)')
  const tooMany = (pages: number) => fail('TOO_LARGE', `the PDF has ${thousands(pages)} pages; the limit is ${thousands(MAX_PDF_PAGES)}`)
  const declared = declaredPageCount(bytes)
  if (declared !== undefined && declared > MAX_PDF_PAGES) return tooMany(declared)
  let extraction
  try {
    extraction = await pdf(bytes, { maxPages: MAX_PDF_PAGES, maxChars: MAX_TEXT_CHARS })
  } catch (e) {
    return fail('CORRUPT_FILE', `the PDF could not be read (${messageOf(e)})`)
  }
  if (extraction.pageCount > MAX_PDF_PAGES) return tooMany(extraction.pageCount)
  const text = pdfPagesToText(extraction.pages)
  if (!text.trim()) return fail('NO_TEXT_LAYER', 'the PDF has no text layer (it is probably a scan); run OCR on it first')
  return ok({ text })
}

async function extract(format: SourceFormat, bytes: Uint8Array, pdf: PdfTextExtractor | undefined): Promise<Extraction> {
  if (format === 'docx') {
    const r = extractDocxText(bytes)
    return r.ok ? ok({ text: r.value }) : r
  }
  if (format === 'pdf') return extractPdf(bytes, pdf)
  const decoded = decodeText(bytes, format === 'html' ? findDeclaredCharset(bytes) : undefined)
  if (!decoded.ok) return decoded
  const { text, encoding } = decoded.value
  if (format === 'txt') return ok({ text, encoding })
  const page = readHtml(text)
  if (page.tooManyNodes) return fail('TOO_LARGE', `the page has more than ${thousands(MAX_HTML_NODES)} elements and text runs`)
  return ok({ text: page.text, encoding, titleHint: page.pageTitle })
}

/** Turns what an extractor threw (a bug, or a stack or memory limit hit by a hostile file) into words. */
function unexpectedFailure(e: unknown): string {
  if (e instanceof RangeError) return 'it is too large or too deeply nested to read'
  return `it could not be read (${messageOf(e)})`
}

/**
 * Imports one file.
 * @param fileName the file's name (used for the format and the title guess; never opened)
 * @param bytes the whole file
 * @param options.pdf the PDF text extractor of the running shell; without it PDFs are UNSUPPORTED_FORMAT
 * @returns the cleaned document, or an error whose message names the file and the reason in plain
 *   words. It never throws: files over {@link MAX_IMPORT_BYTES}, texts over {@link MAX_TEXT_CHARS},
 *   PDFs over {@link MAX_PDF_PAGES} pages and zips inflating past their budget are TOO_LARGE.
 */
export async function importDocument(
  fileName: string,
  bytes: Uint8Array,
  options: { pdf?: PdfTextExtractor } = {},
): Promise<Result<ImportedDocument, ImportErrorCode>> {
  const failWith = (code: ImportErrorCode, reason: string) => fail(code, `${fileName}: ${reason}`)
  if (bytes.length > MAX_IMPORT_BYTES) {
    return failWith('TOO_LARGE', `the file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`)
  }
  if (bytes.length === 0) return failWith('EMPTY_INPUT', 'the file is empty')
  const format = formatOf(fileName, bytes)
  if (!format) {
    const ext = extensionOf(fileName)
    if (ext === 'doc' || ext === 'wps')
      return failWith('OLD_WORD_FORMAT', `old Word/WPS documents (.${ext}) cannot be read; save it as .docx and import that`)
    if (OTHER_DOCUMENT_TYPES.has(ext))
      return failWith('UNSUPPORTED_FORMAT', `files of type .${ext} cannot be imported (use .txt, .md, .html, .docx or .pdf)`)
    if (hasBinaryMagic(bytes)) return failWith('BINARY_FILE', 'it looks like a binary file (image, archive or program), not a document')
    return failWith('UNSUPPORTED_FORMAT', `files of type .${ext} cannot be imported (use .txt, .md, .html, .docx or .pdf)`)
  }
  try {
    const extracted = await extract(format, bytes, options.pdf)
    if (!extracted.ok) return failWith(extracted.error.code, extracted.error.message)
    const { encoding, titleHint } = extracted.value
    if (extracted.value.text.length > MAX_TEXT_CHARS) {
      return failWith(
        'TOO_LARGE',
        `its text is ${thousands(extracted.value.text.length)} characters long; the limit is ${thousands(MAX_TEXT_CHARS)}`,
      )
    }
    const rawText = normaliseLineEndings(stripControlCharacters(extracted.value.text))
    if (!rawText.trim()) return failWith('EMPTY_INPUT', 'the file contains no text')
    const cleaned = cleanText(rawText)
    if (!cleaned.text.trim()) return failWith('EMPTY_INPUT', 'the file contains no text once page debris is removed')
    const doc: ImportedDocument = {
      fileName,
      format,
      rawText,
      text: cleaned.text,
      removed: cleaned.removed,
      metadata: guessMetadata(cleaned.text, fileName, titleHint && stripControlCharacters(titleHint)),
    }
    if (encoding) doc.encoding = encoding
    return ok(doc)
  } catch (e) {
    return failWith('CORRUPT_FILE', unexpectedFailure(e))
  }
}
