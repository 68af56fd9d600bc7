/** A document to search: its id and its (cleaned) text. */
export interface ConcordanceDoc {
  id: string
  text: string
}

/**
 * All documents joined into one string with a separator between them, plus the table of where each
 * starts, so one scan covers the corpus. Plain data: it can be built in a worker and posted back.
 */
export interface ConcordanceIndex {
  /** The documents' texts joined by SEPARATOR (NUL characters inside a text are replaced, same length). */
  corpus: string
  /** `corpus.toLowerCase()` when that keeps every offset; undefined when it would not (then regex search is used). */
  lowered: string | undefined
  ids: string[]
  /** Start of each document in `corpus`, ascending (UTF-16 code units). */
  starts: number[]
  /** End (exclusive) of each document in `corpus`. */
  ends: number[]
}

/** A search: plain text or a JavaScript regular expression (without slashes or flags). */
export interface ConcordanceQuery {
  kind: 'text' | 'regex'
  pattern: string
  /** Default false: 'gep' finds GEP. Chinese has no case, so a Chinese query is unaffected. */
  caseSensitive?: boolean
  /** Most hits returned with context (all are still counted). Default DEFAULT_MAX_HITS. */
  maxHits?: number
}

/** One occurrence with its context, offsets relative to its document's text (UTF-16 code units). */
export interface ConcordanceHit {
  docId: string
  /** Position of the document in the index (for a stable "by document" order). */
  docIndex: number
  start: number
  end: number
  match: string
  /** Up to `context` code units before the match, never crossing into another document (a NUL shows as U+FFFD). */
  left: string
  /** Up to `context` code units after the match, never crossing into another document. */
  right: string
}

/** The answer to a query. */
export interface ConcordanceResult {
  /** The first `maxHits` hits in corpus order (document order, then position). */
  hits: ConcordanceHit[]
  /** Every occurrence, including those beyond `maxHits`. */
  total: number
  /** True when `total > hits.length`. */
  truncated: boolean
  /** Occurrences per document, in index order, documents without any left out. */
  counts: { docId: string; count: number }[]
}

export type ConcordanceErrorCode = 'EMPTY_PATTERN' | 'BAD_REGEX' | 'BAD_QUERY'

/** Hits returned with context when the query names no limit. */
export const DEFAULT_MAX_HITS = 5000
/** Characters of context on each side when the caller names none. */
export const DEFAULT_CONTEXT = 30
