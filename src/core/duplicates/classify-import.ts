/**
 * Decides what an imported document is with respect to the library: the same report again (its
 * cleaned text hashes the same as a document already there, e.g. the same file twice or a GBK copy of
 * a UTF-8 one), possibly a new version of a report already there (same place, year and type, another
 * text), or new. It remembers what the current import has accepted, so a batch holding one report
 * twice keeps one. It does not store anything and does not decide what a version is: that question is
 * the user's (see the import dialog).
 */
import { hashText } from '../anchoring/hash-text'
import type { DocumentMetadata } from '../import/types'

/** What the classifier needs to know of a library document. */
export interface KnownDocument {
  id: string
  title: string
  /** Hash of the cleaned text (hashText). */
  textHash: string
  metadata: Pick<DocumentMetadata, 'place' | 'year' | 'docType'>
}

/** The verdict on one imported document. */
export type ImportVerdict =
  | { kind: 'new' }
  /** The same cleaned text is already there: skip it. */
  | { kind: 'duplicate'; of: KnownDocument }
  /** Same place, year and type, another text: ask whether it replaces `of` as a new version. */
  | { kind: 'version'; of: KnownDocument }

export interface ImportClassifier {
  /** Classifies a cleaned document (does not remember it). */
  classify(doc: { text: string; metadata: DocumentMetadata }): ImportVerdict
  /** Remembers a document the import accepted, so later files of the batch are checked against it too. */
  accept(doc: KnownDocument): void
}

/**
 * A classifier over the library's documents.
 * A version needs a known place and year: without them "same report" would be a guess.
 */
export function createImportClassifier(library: readonly KnownDocument[]): ImportClassifier {
  const byHash = new Map<string, KnownDocument>()
  const byIdentity = new Map<string, KnownDocument>()
  const accept = (doc: KnownDocument): void => {
    if (!byHash.has(doc.textHash)) byHash.set(doc.textHash, doc)
    const key = identityOf(doc.metadata)
    if (key !== undefined && !byIdentity.has(key)) byIdentity.set(key, doc)
  }
  library.forEach(accept)
  return {
    classify(doc) {
      const same = byHash.get(hashText(doc.text))
      if (same) return { kind: 'duplicate', of: same }
      const key = identityOf(doc.metadata)
      const earlier = key === undefined ? undefined : byIdentity.get(key)
      return earlier ? { kind: 'version', of: earlier } : { kind: 'new' }
    },
    accept,
  }
}

/** `place|year|type`, or undefined when place or year is unknown. */
function identityOf(m: Pick<DocumentMetadata, 'place' | 'year' | 'docType'>): string | undefined {
  const place = m.place.trim()
  if (place === '' || m.year === undefined) return undefined
  return `${place}|${m.year}|${m.docType}`
}
