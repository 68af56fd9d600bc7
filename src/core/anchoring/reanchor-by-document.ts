/**
 * Re-anchors annotations of several documents whose old text is unknown (annotations read from a
 * file: a JSON-LD import, the CLI's export): one {@link reanchorAll} per document, so every annotation
 * gets the second pass that searches near where its confidently placed neighbours moved, instead of
 * being searched for alone. Pure; does not decide what is written.
 */
import type { AnchorResult, AnchorTarget } from './anchor-annotation'
import { reanchorAll } from './reanchor-all'

/** An annotation to place: its selectors and the document they belong to. */
export interface DocumentAnchorTarget extends AnchorTarget {
  documentId: string
}

/**
 * @param targets annotations in any order, of any number of documents
 * @param textOf the current text of a document (UTF-16 offsets refer to it); undefined when unknown
 * @returns one result per target, in input order; undefined for a target whose document has no text
 */
export function reanchorByDocument(
  targets: readonly DocumentAnchorTarget[],
  textOf: (documentId: string) => string | undefined,
): (AnchorResult | undefined)[] {
  const byDocument = new Map<string, number[]>()
  targets.forEach((t, i) => {
    const indexes = byDocument.get(t.documentId)
    if (indexes) indexes.push(i)
    else byDocument.set(t.documentId, [i])
  })
  const results: (AnchorResult | undefined)[] = targets.map(() => undefined)
  for (const [documentId, indexes] of byDocument) {
    const text = textOf(documentId)
    if (text === undefined) continue
    const { results: placed } = reanchorAll(
      undefined,
      text,
      indexes.map((i) => ({ quote: targets[i].quote, position: targets[i].position })),
    )
    indexes.forEach((i, k) => (results[i] = placed[k]))
  }
  return results
}
