/**
 * Merging imported W3C annotations into the library: each source matched to a library document
 * (by the `bidu:documentId` it carried, else by file name), the annotations of each document re-anchored
 * together against its current text (one reanchorAll, whose second pass places a short or reworded
 * quote from where its neighbours moved), and merged by id (the newer `updated` wins; ties keep what is stored).
 * Orphans are kept and counted, never dropped. Pure planning here; the write is one transaction in
 * import-annotations.ts, so a bad file leaves the database untouched.
 */
import { reanchorByDocument, applyAnchor, type AnchorResult, type Annotation } from '../../../core/anchoring'
import { fromJsonLd, type JsonLdErrorCode } from '../../../core/export'
import { ok, type Result } from '../../../core/result'
import type { Codebook } from '../../../core/themes'

/** A library document as the merge needs it. */
export interface MergeDocument {
  id: string
  fileName: string
  /** Current cleaned text (offsets are UTF-16 code units). */
  text: string
  textHash: string
}

/** What an import did. */
export interface MergeCounts {
  added: number
  updated: number
  /** Already in the library and not older there (same or newer `updated`). */
  skipped: number
  /** Added or updated annotations whose quote was not found in the current text. */
  orphaned: number
  /** Annotations whose source is not in the library (not imported). */
  unknown: number
  /** The distinct sources that matched no library document. */
  unknownSources: string[]
}

export interface MergePlan {
  /** Rows to write (added and updated), ready for bulkPut. */
  rows: Annotation[]
  counts: MergeCounts
}

/** The base name of a source (a file name, a path, or a URL). */
export function sourceBaseName(source: string): string {
  const withoutQuery = source.replace(/[?#].*$/, '')
  const base = withoutQuery.slice(Math.max(withoutQuery.lastIndexOf('/'), withoutQuery.lastIndexOf('\\')) + 1)
  try {
    return decodeURIComponent(base)
  } catch {
    // A stray % in a plain file name is not an escape; the name as written is the best match.
    return base
  }
}

/** Matches a source to a library document: the carried id first, then the file name (first imported wins). */
export function resolveSource(documents: readonly MergeDocument[]): (source: string, documentId: string) => string | undefined {
  const ids = new Set(documents.map((d) => d.id))
  const byName = new Map<string, string>()
  for (const d of documents) if (!byName.has(d.fileName)) byName.set(d.fileName, d.id)
  return (source, documentId) => (ids.has(documentId) ? documentId : (byName.get(source) ?? byName.get(sourceBaseName(source))))
}

/** An ISO time as milliseconds; unreadable times count as the oldest. */
function timeOf(iso: string): number {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? 0 : ms
}

/**
 * Plans the merge of a JSON-LD file into the library.
 * @param text the file's text
 * @param existing the stored annotations with the imported ids (others may be included)
 * @returns the rows to write and the counts, or the reason the file was refused (nothing to write)
 */
export function planAnnotationMerge(
  text: string,
  documents: readonly MergeDocument[],
  existing: readonly Annotation[],
  codebook: Codebook,
): Result<MergePlan, JsonLdErrorCode> {
  const resolve = resolveSource(documents)
  let unknown = 0
  const parsed = fromJsonLd(text, {
    codebook,
    resolveSource: (source, documentId) => {
      const id = resolve(source, documentId)
      if (id === undefined) unknown++
      return id
    },
  })
  if (!parsed.ok) return parsed
  const docs = new Map(documents.map((d) => [d.id, d]))
  const stored = new Map(existing.map((a) => [a.id, a]))
  const counts: MergeCounts = { added: 0, updated: 0, skipped: 0, orphaned: 0, unknown, unknownSources: parsed.value.unknownSources }
  const incoming = parsed.value.annotations
  const written: number[] = []
  const seen = new Set<string>()
  incoming.forEach((a, i) => {
    const before = stored.get(a.id)
    // A file may repeat an id; the first occurrence counts, like a second import of the same file.
    if (!docs.has(a.documentId) || seen.has(a.id) || (before && timeOf(before.updated) >= timeOf(a.updated))) {
      counts.skipped++
      return
    }
    seen.add(a.id)
    written.push(i)
  })
  // Every annotation of a document the file changes is anchored together, the skipped ones too: they
  // were made on the same text version, so they show how it moved around the ones written.
  const changed = new Set(written.map((i) => incoming[i].documentId))
  const together = incoming.filter((a) => changed.has(a.documentId))
  const placed = new Map(reanchorByDocument(together, (id) => docs.get(id)?.text).map((r, k) => [together[k], r]))
  const rows: Annotation[] = written.map((i) => {
    const a = incoming[i]
    const doc = docs.get(a.documentId) as MergeDocument
    const anchored = placed.get(a) as AnchorResult
    if (anchored.status === 'orphan') counts.orphaned++
    if (stored.has(a.id)) counts.updated++
    else counts.added++
    // An orphan keeps the text version its selectors were made on, like the library's own orphans.
    return applyAnchor(a, anchored, doc.textHash)
  })
  return ok({ rows, counts })
}
