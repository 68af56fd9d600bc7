/**
 * "Import annotations…": reads a W3C JSON-LD file and merges it into the library in ONE
 * transaction (plan and write together, so an edit made meanwhile cannot be overwritten by an older
 * import, and a refused file writes nothing). The plan is in merge-annotations.ts.
 */
import type { Codebook } from '../../../core/themes'
import { fail, ok, type Result } from '../../../core/result'
import type { JsonLdErrorCode } from '../../../core/export'
import { restoreAnnotations } from '../../db/annotations'
import { getDatabase, type BiduDatabase } from '../../db/database'
import { planAnnotationMerge, type MergeCounts } from './merge-annotations'

export type ImportAnnotationsError = JsonLdErrorCode | 'BAD_ENCODING'

/**
 * Decodes `bytes` as UTF-8 (BOM allowed) and merges the annotations into the library.
 * @returns the counts, or why the file was refused (the database is then unchanged)
 */
export async function importAnnotationsFile(
  bytes: Uint8Array,
  codebook: Codebook,
  db: BiduDatabase = getDatabase(),
): Promise<Result<MergeCounts, ImportAnnotationsError>> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail('BAD_ENCODING', 'the file is not UTF-8 text')
  }
  return db.transaction('rw', db.documents, db.annotations, async () => {
    const documents = await db.documents.toArray()
    const existing = await db.annotations.toArray()
    const plan = planAnnotationMerge(text, documents, existing, codebook)
    if (!plan.ok) return plan
    await restoreAnnotations(plan.value.rows, db)
    return ok(plan.value.counts)
  })
}
