// Public entry of the importer: bytes of a file in, a cleaned document with guessed metadata out.
// Routes by magic bytes first and extension second, so a renamed file still imports correctly.
// It reads no files itself and does not load pdf.js: the caller passes a PdfTextExtractor.

import { messageOf, fail, ok, type Result } from '../result'
import { cleanText, normaliseLineEndings } from './clean-text'
import { decodeText, hasBinaryMagic } from './decode-text'
import { extractDocxText } from './docx-text'
import { guessMetadata } from './guess-metadata'
import { extractHtmlText, findDeclaredCharset, findPageTitle } from './html-text'
import { pdfPagesToText } from './pdf-text'
import { MAX_IMPORT_BYTES, type ImportErrorCode, type ImportedDocument, type PdfTextExtractor, type SourceFormat } from './types'

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

/**
 * Imports one file.
 * @param fileName the file's name (used for the format and the title guess; never opened)
 * @param bytes the whole file
 * @param options.pdf the PDF text extractor of the running shell; without it PDFs are UNSUPPORTED_FORMAT
 * @returns the cleaned document, or an error whose message names the file and the reason in plain words
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
    if (ext === 'doc' || ext === 'wps') return failWith('OLD_WORD_FORMAT', `old Word/WPS documents (.${ext}) cannot be read; save it as .docx and import that`)
    if (OTHER_DOCUMENT_TYPES.has(ext)) return failWith('UNSUPPORTED_FORMAT', `files of type .${ext} cannot be imported (use .txt, .md, .html, .docx or .pdf)`)
    if (hasBinaryMagic(bytes)) return failWith('BINARY_FILE', 'it looks like a binary file (image, archive or program), not a document')
    return failWith('UNSUPPORTED_FORMAT', `files of type .${ext} cannot be imported (use .txt, .md, .html, .docx or .pdf)`)
  }
  let text: string
  let encoding: string | undefined
  let titleHint: string | undefined
  if (format === 'docx') {
    const r = extractDocxText(bytes)
    if (!r.ok) return failWith(r.error.code, r.error.message)
    text = r.value
  } else if (format === 'pdf') {
    if (!options.pdf) return failWith('UNSUPPORTED_FORMAT', 'PDF import is not available here (no PDF reader was provided)')
    let pages
    try {
      pages = await options.pdf(bytes)
    } catch (e) {
      return failWith('CORRUPT_FILE', `the PDF could not be read (${messageOf(e)})`)
    }
    text = pdfPagesToText(pages)
    if (!text.trim()) return failWith('NO_TEXT_LAYER', 'the PDF has no text layer (it is probably a scan); run OCR on it first')
  } else {
    const decoded = decodeText(bytes, format === 'html' ? findDeclaredCharset(bytes) : undefined)
    if (!decoded.ok) return failWith(decoded.error.code, decoded.error.message)
    encoding = decoded.value.encoding
    text = format === 'html' ? extractHtmlText(decoded.value.text) : decoded.value.text
    if (format === 'html') titleHint = findPageTitle(decoded.value.text)
  }
  const rawText = normaliseLineEndings(text)
  if (!rawText.trim()) return failWith('EMPTY_INPUT', 'the file contains no text')
  const cleaned = cleanText(rawText)
  if (!cleaned.text.trim()) return failWith('EMPTY_INPUT', 'the file contains no text once page debris is removed')
  const doc: ImportedDocument = {
    fileName,
    format,
    rawText,
    text: cleaned.text,
    removed: cleaned.removed,
    metadata: guessMetadata(cleaned.text, fileName, titleHint),
  }
  if (encoding) doc.encoding = encoding
  return ok(doc)
}
