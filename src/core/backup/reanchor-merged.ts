/**
 * After a merge restore, a document and its annotations can come from different sides: the
 * library's newer (corrected) text kept while the backup brings annotations made on the older text,
 * or the backup's newer text written over the one the library's annotations were made on. Those
 * annotations are re-anchored on the text the document now has, through a diff of the text they were
 * made on (known: it is the other side's), exactly as a replacement does; what cannot be found
 * becomes an orphan, never a highlight on the wrong words. Pure: the caller writes the rows.
 */
import { hashText, reanchorAll, applyAnchor, type AnchorStatus, type Annotation } from '../anchoring'

/** One document after the merge: the text it now has, and the other side's text when it differed. */
export interface MergedDocument {
  id: string
  text: string
  /** The text the merge did not keep (library's or backup's); undefined when both were the same. */
  otherText: string | undefined
}

/** Re-anchored rows to write, and how they came out. */
export interface MergedReanchoring {
  rows: Annotation[]
  counts: Record<AnchorStatus, number>
}

/**
 * @param documents the documents touched by the merge (others need nothing)
 * @param annotations the library's annotations after the merge (rows written by it included)
 * @param now stamp for the rows changed (ISO 8601)
 * @returns rows made on a document's other text, now re-anchored on its kept text
 */
export function reanchorMerged(documents: readonly MergedDocument[], annotations: readonly Annotation[], now: string): MergedReanchoring {
  const counts: Record<AnchorStatus, number> = { exact: 0, fuzzy: 0, orphan: 0 }
  const rows: Annotation[] = []
  for (const doc of documents) {
    if (doc.otherText === undefined) continue
    const otherHash = hashText(doc.otherText)
    const stale = annotations.filter((a) => a.documentId === doc.id && a.anchorStatus !== 'orphan' && a.textHash === otherHash)
    if (stale.length === 0) continue
    const newHash = hashText(doc.text)
    const { results } = reanchorAll(doc.otherText, doc.text, stale)
    stale.forEach((a, i) => {
      const r = results[i]
      counts[r.status]++
      rows.push(applyAnchor(a, r, newHash, now))
    })
  }
  return { rows, counts }
}
