/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  /** Up to 32 characters before the quote. */
  prefix: string
  /** Up to 32 characters after the quote. */
  suffix: string
}

/** W3C Web Annotation TextPositionSelector: offsets in UTF-16 code units of the document text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** How an annotation is attached to the current text of its document. */
export type AnchorStatus = 'exact' | 'fuzzy' | 'orphan'

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple'

/** A user annotation as Bidu stores it (the Dexie `annotations` row). */
export interface Annotation {
  id: string
  documentId: string
  /** Hash of the document text version the selectors were made on (see hashText). */
  textHash: string
  quote: TextQuoteSelector
  position: TextPositionSelector
  color: HighlightColor
  themes: string[]
  tags: string[]
  /** Markdown source; empty when there is no note. */
  note: string
  /** ISO 8601 times. */
  created: string
  updated: string
  anchorStatus: AnchorStatus
}
