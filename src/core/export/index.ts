/**
 * Public entry of the export formatting: Markdown, CSV, W3C Web Annotation JSON-LD (export and
 * import), REFI-QDA (.qdpx) and Word (.docx). Pure: callers pass documents, the annotations of the chosen scope,
 * the codebook, and a clock; they write the result where the user chose.
 */
export * from './types'
export { renderExport } from './render-export'
export { toMarkdown, DEFAULT_EXPORT_TITLE, NOTE_CALLOUT } from './to-markdown'
export { toCsv, CSV_COLUMNS, UTF8_BOM, LIST_SEPARATOR, guardFormula, quoteCsvField } from './to-csv'
export { toJsonLd, fromJsonLd, type JsonLdErrorCode } from './to-jsonld'
export { toQdpx, toQdeXml, QDE_NAMESPACE, SOURCES_FOLDER } from './to-qdpx'
export { toDocx, QUOTE_STYLE } from './to-docx'
export { mergeSelections } from './qde-selections'
export { sectionLabel } from './arrange-annotations'
export { escapeInline, escapeQuoteLines, containNoteLines, obsidianTag, yamlString } from './escape-markdown'
