/**
 * The export model shared by every format: what the caller hands in (documents, annotations already
 * filtered to the chosen scope, the codebook) and how the output is arranged. Formatting only; no
 * file or clock access — `now` is injected so exports are reproducible.
 */
import type { Annotation } from '../anchoring/types'
import type { DocumentMetadata } from '../import/types'
import type { OutlineNode } from '../structure/types'
import type { Codebook } from '../themes/types'
import type { Memo } from '../memos/types'

/** One document the annotations refer to (`Annotation.documentId` = `id`). */
export interface ExportDocument {
  id: string
  /** File name as imported; W3C `target.source` and the REFI-QDA source name use it. */
  fileName: string
  /** The cleaned text the annotations' offsets refer to (UTF-16 code units). */
  text: string
  metadata: DocumentMetadata
  /**
   * The document's short label as the app shows it (place · year · type, unique among the library's
   * documents; core/compare documentLabels). Document headings use it when given, the title otherwise.
   */
  label?: string
  /** The document's outline (from parseStructure); without it citations carry no section. */
  outline?: OutlineNode[]
}

/**
 * A passage of another document aligned with an annotation's quote (optional section of the output).
 * The other document is usually outside the export's scope (not in `ExportInput.documents`), so the
 * passage carries its own citation; without one the writer looks the document up there.
 */
export interface AlignedPassage {
  documentId: string
  /** UTF-16 offsets into that document's text. */
  start: number
  end: number
  text: string
  /** The other document's place, year and display title. */
  citation?: { place: string; year?: number; title: string }
}

/**
 * Wording of a reference document that an annotation's quote repeats (core/trace): the reference's
 * label and its wording, as found by tracing the annotated document against its references.
 */
export interface ExportEcho {
  /** The reference as the app names it (place · year · type, or its file name). */
  reference: string
  /** The reference's wording that the quote repeats. */
  text: string
}

/** A figure (number with its unit) found in an annotation's quote. */
export interface ExportFigure {
  value: string
  label?: string
}

export interface ExportInput {
  documents: ExportDocument[]
  /** The annotations to export, already filtered to the chosen scope by the caller. */
  annotations: Annotation[]
  codebook: Codebook
  alignedPassages?: (annotationId: string) => AlignedPassage[]
  figures?: (annotationId: string) => ExportFigure[]
  /** Reference wording each annotation's quote repeats (tracing), for the Markdown export. */
  echoes?: (annotationId: string) => ExportEcho[]
  /**
   * Memos to write beside the annotations (document memos of the documents in scope, theme memos,
   * the project journal), chosen by the caller; empty ones are skipped.
   */
  memos?: Memo[]
}

export type ExportGrouping = 'document-section' | 'theme-place' | 'tag' | 'color'
export type ExportOrder = 'document' | 'created' | 'updated'

export interface ExportInclude {
  quote: boolean
  note: boolean
  themes: boolean
  tags: boolean
  color: boolean
  citation: boolean
  aligned: boolean
  figures: boolean
  /** The reference wording an annotated passage repeats (tracing). */
  echoes: boolean
}

export interface ExportOptions {
  grouping: ExportGrouping
  include: ExportInclude
  order: ExportOrder
  /** The export time written into the output (and zip entries). */
  now: Date
  appVersion: string
  /** Title of the export; defaults to a neutral one. */
  title?: string
  /** The coder's name written as the REFI-QDA user (and Word document author); defaults to "Bidu". */
  coderName?: string
  /** Called with the share done (0–1) while a long export is written; writers call it a few hundred times at most. */
  onProgress?: (done: number) => void
}

/** Include everything. */
export const INCLUDE_ALL: ExportInclude = {
  quote: true,
  note: true,
  themes: true,
  tags: true,
  color: true,
  citation: true,
  aligned: true,
  figures: true,
  echoes: true,
}

/** Sensible defaults for callers that only care about the clock and version. */
export function defaultExportOptions(now: Date, appVersion: string): ExportOptions {
  return { grouping: 'document-section', include: { ...INCLUDE_ALL }, order: 'document', now, appVersion }
}

/** The export formats, with the file extension and media type a save dialog or download needs. */
export const EXPORT_FORMATS = {
  md: { extension: 'md', mime: 'text/markdown;charset=utf-8', binary: false },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8', binary: false },
  jsonld: { extension: 'jsonld', mime: 'application/ld+json', binary: false },
  qdpx: { extension: 'qdpx', mime: 'application/zip', binary: true },
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', binary: true },
} as const

export type ExportFormat = keyof typeof EXPORT_FORMATS

/** The options a format's writer honours; a dialog disables the others. */
export interface FormatOptions {
  grouping: boolean
  order: boolean
  include: readonly (keyof ExportInclude)[]
}

/**
 * What each writer honours. CSV keeps fixed columns and JSON-LD every field, so files line up and
 * re-import; REFI-QDA has no headings and a fixed selection order, and of the inclusions knows codes
 * and notes only (the quote is the selection itself).
 */
export const FORMAT_OPTIONS: Record<ExportFormat, FormatOptions> = {
  md: { grouping: true, order: true, include: Object.keys(INCLUDE_ALL) as (keyof ExportInclude)[] },
  csv: { grouping: false, order: true, include: [] },
  jsonld: { grouping: false, order: true, include: [] },
  qdpx: { grouping: false, order: false, include: ['note', 'themes', 'tags'] },
  // Word: always headings per document and section (what a paper draft cites), in document order.
  docx: { grouping: false, order: false, include: ['quote', 'note', 'themes', 'tags', 'citation'] },
}
