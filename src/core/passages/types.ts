/** An enclosing heading of a passage, from the document outline. Offsets are UTF-16 units. */
export interface PassageHeading {
  /** Outline node id. */
  id: string
  /** Heading text without its label, e.g. `如履薄冰保安全`. */
  title: string
  start: number
  end: number
}

/**
 * The unit of alignment: a heading, a paragraph, or a run of whole sentences of a long paragraph.
 * `start`/`end` are UTF-16 offsets into the document text (half-open).
 */
export interface Passage {
  /** `p0`, `p1`, … in document order; stable for a given text and segmentation. */
  id: string
  start: number
  end: number
  kind: 'heading' | 'paragraph' | 'sentences'
  /** Enclosing headings, outermost first (for a heading passage: its ancestors, not itself). */
  headings: PassageHeading[]
}
