/** A half-open range of UTF-16 code units in a document's text. */
export interface Span {
  start: number
  end: number
}

/**
 * Heading kinds, from the outermost: `一、` (cn-top), `（一）`/`(一)` (cn-paren), `1.`/`1、`/`（1）` (arabic),
 * `一是`/`二是` (cn-shi), and a short lead phrase ending in 。 that opens a paragraph (lead).
 */
export type HeadingKind = 'cn-top' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'cn-shi' | 'lead'

/** One entry of a document's outline. */
export interface OutlineNode {
  id: string
  kind: HeadingKind
  /** Nesting depth, 0 for the outermost headings present in this document. */
  depth: number
  /** The heading's label as written, e.g. `（三）`, `12.`, `一是`. Empty for lead phrases. */
  label: string
  /** The heading text without its label, e.g. `如履薄冰保安全`. */
  title: string
  /** The heading itself. */
  heading: Span
  /** The whole section: from the heading to the start of the next heading of the same or an outer depth. */
  section: Span
  children: OutlineNode[]
}

/** The structure of a document: outline, paragraphs and sentences, all as offsets into its text. */
export interface DocumentStructure {
  outline: OutlineNode[]
  paragraphs: Span[]
  sentences: Span[]
}
