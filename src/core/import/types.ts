/** Administrative level of the issuing government. */
export type AdminLevel = 'national' | 'province' | 'city' | 'district' | 'county' | 'town' | 'village' | 'unknown'

/** Kind of document. */
export type DocType = 'government-work-report' | 'action-plan' | 'plan' | 'notice' | 'other'

/** Descriptive metadata of a document; guessed at import, editable by the user. */
export interface DocumentMetadata {
  title: string
  /** The issuing place as written, e.g. 盐田区, 温泉镇. Empty when unknown. */
  place: string
  province?: string
  city?: string
  district?: string
  town?: string
  level: AdminLevel
  /** Year the document is about / was issued; undefined when unknown. */
  year?: number
  docType: DocType
}

/** Source formats the importer reads. */
export type SourceFormat = 'txt' | 'html' | 'docx' | 'pdf'

/** A stretch of the decoded raw text that cleaning removed, with the reason (for review and undo). */
export interface RemovedSpan {
  /** UTF-16 offsets into `rawText`. */
  start: number
  end: number
  reason: 'site-debris' | 'footnote-marker' | 'blank' | 'other'
}

/** A document after import and cleaning. All later offsets refer to `text`. */
export interface ImportedDocument {
  fileName: string
  format: SourceFormat
  /** Encoding detected for text formats (e.g. 'utf-8', 'gb18030', 'utf-16le'); undefined for docx/pdf. */
  encoding?: string
  /** Text extracted from the source before cleaning (line endings already normalised to \n). */
  rawText: string
  /** The cleaned text the app works on. */
  text: string
  /** What cleaning removed from `rawText`. */
  removed: RemovedSpan[]
  metadata: DocumentMetadata
}

export type ImportErrorCode =
  | 'EMPTY_INPUT'
  | 'TOO_LARGE'
  | 'BAD_ENCODING'
  | 'BINARY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'CORRUPT_FILE'
  | 'NO_TEXT_LAYER'
  /** An old binary Word or WPS document (.doc, .wps): it must be saved as .docx first. */
  | 'OLD_WORD_FORMAT'

/** Largest file the importer accepts (bytes). The IPC layer enforces the same limit. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/**
 * Longest text (UTF-16 code units) any format may yield: 25 times a long national work report.
 * Beyond it the analyses (alignment, concordance) would exhaust the window's memory.
 */
export const MAX_TEXT_CHARS = 1_000_000

/** Most pages a PDF may have; a report has tens, a yearbook a few hundred. */
export const MAX_PDF_PAGES = 2_000

/** What a PDF extractor may read before it stops. */
export interface PdfLimits {
  maxPages: number
  /** Stop reading pages once their text items hold more than this many characters. */
  maxChars: number
}

/** The text items of a PDF's pages as far as the limits allowed. */
export interface PdfExtraction {
  /** Pages in the document. */
  pageCount: number
  /** The pages read: none when `pageCount` exceeds `maxPages`; fewer when the text passed `maxChars`. */
  pages: PdfPage[]
}

/**
 * Extracts the text layer of a PDF, page by page, as positioned text items, within `limits`. The
 * core does not load pdf.js itself (its builds differ between Node and browsers): each shell passes
 * one in. It rejects when the PDF cannot be parsed.
 */
export type PdfTextExtractor = (bytes: Uint8Array, limits: PdfLimits) => Promise<PdfExtraction>

export interface PdfPage {
  width: number
  height: number
  items: PdfTextItem[]
}

/** One text run as pdf.js reports it: `x`, `y` are the baseline origin in PDF units (y grows upwards). */
export interface PdfTextItem {
  str: string
  x: number
  y: number
  width: number
  height: number
  /** pdf.js's hasEOL flag: the run ends a line. */
  hasEOL?: boolean
}
