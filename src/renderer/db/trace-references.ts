/**
 * The user's choice of reference documents for tracing, stored in settings under `traceReferences`
 * (no table of its own): for each document the user paired by hand, the ids of its references in
 * priority order. A document without an entry uses the default pairing (core/trace
 * default-references.ts), worked out afresh as the library changes. An empty list means "trace
 * against nothing", which differs from no entry.
 */
import { getDatabase, type BiduDatabase } from './database'

/** Document id → its references' ids, for the documents paired by hand. */
export type TraceReferences = Readonly<Record<string, readonly string[]>>

const KEY = 'traceReferences'

/** Makes any stored value a valid pairing (unknown shapes and non-string ids are dropped as damage). */
export function normaliseTraceReferences(value: unknown): TraceReferences {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const out: Record<string, string[]> = {}
  for (const [docId, ids] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(ids)) continue
    out[docId] = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== docId))]
  }
  return out
}

/** The stored pairing ({} when never set). */
export async function getTraceReferences(db: BiduDatabase = getDatabase()): Promise<TraceReferences> {
  return normaliseTraceReferences((await db.settings.get(KEY))?.value)
}

/**
 * Stores references for some documents at once: a list replaces the document's references, null
 * returns it to the default pairing. Read and written in one transaction, so two quick edits never
 * lose each other.
 */
export async function saveTraceReferences(
  updates: Readonly<Record<string, readonly string[] | null>>,
  db: BiduDatabase = getDatabase(),
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current: Record<string, readonly string[]> = { ...normaliseTraceReferences((await db.settings.get(KEY))?.value) }
    for (const [docId, ids] of Object.entries(updates)) {
      if (ids === null) delete current[docId]
      else current[docId] = [...new Set(ids.filter((id) => id !== docId))]
    }
    await db.settings.put({ key: KEY, value: current })
  })
}
