/**
 * The pairing as the user changes it: add a reference to a document, remove one, go back to the
 * default, or mark one document as the reference of several. Each addition is checked in the tracing
 * worker first; a refused pair (no Chinese, the document itself, a version of it) is not stored and
 * comes back with its reason.
 */
import { hashText } from '../../../core/anchoring'
import type { ReferenceErrorCode } from '../../../core/trace'
import type { StoredDocument } from '../../db/database'
import { saveTraceReferences } from '../../db/trace-references'
import { checkReferenceInWorker } from '../../workers/trace-client'
import type { TracePairs } from '../analysis'

const input = (doc: StoredDocument) => ({ id: doc.id, textHash: doc.textHash ?? hashText(doc.text), text: doc.text })

/** A refused pair: the document and why the reference cannot be used for it. */
export interface Refusal {
  docId: string
  code: ReferenceErrorCode
}

/**
 * Adds `reference` to the references of each of `docIds` (after those it has), skipping the
 * reference itself. Returns the refusals; the accepted pairs are stored in one write.
 */
export async function addReference(pairs: TracePairs, reference: StoredDocument, docIds: readonly string[]): Promise<Refusal[]> {
  const refusals: Refusal[] = []
  const updates: Record<string, string[]> = {}
  for (const docId of docIds) {
    const doc = pairs.library.get(docId)
    if (!doc || docId === reference.id) continue
    const current = pairs.referencesOf(docId)
    if (current.includes(reference.id)) continue
    const code = await checkReferenceInWorker(input(reference), input(doc))
    if (code) refusals.push({ docId, code })
    else updates[docId] = [...current, reference.id]
  }
  if (Object.keys(updates).length > 0) await saveTraceReferences(updates)
  return refusals
}

/** Removes `referenceId` from the references of `docId`. */
export function removeReference(pairs: TracePairs, docId: string, referenceId: string): Promise<void> {
  return saveTraceReferences({ [docId]: pairs.referencesOf(docId).filter((id) => id !== referenceId) })
}

/** Returns `docId` to the default pairing. */
export function resetReferences(docId: string): Promise<void> {
  return saveTraceReferences({ [docId]: null })
}
