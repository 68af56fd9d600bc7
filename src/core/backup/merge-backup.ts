/**
 * Decides which records of a parsed backup to write into an existing library: new ids are added,
 * and for an id present on both sides the newer change wins (documents by `updatedAt`, annotations by
 * `updated`, decisions by `createdAt`). Restoring into an empty library is the case where everything
 * is new. A document is never duplicated: one whose text (hash) the library already holds under
 * another id is the same report, so either the backup's copy replaces a bundled sample (the usual
 * case on a fresh profile, which seeds the samples) or the library's copy stays and the backup's
 * annotations, memos and decisions are moved onto it. Settings and the codebook belong to the
 * library in use: the backup's are taken only where the library has none. Pure: the caller writes
 * the result in one transaction.
 */
import type { Annotation } from '../anchoring/types'
import type { Codebook } from '../themes/types'
import type { Memo } from '../memos'
import { hashText } from '../anchoring/hash-text'
import { timeOf, type BackupContents, type BackupDocument, type BackupRecord, type BackupSetting } from './backup-format'

/** The library's current records (only ids and change times are read). */
export interface ExistingLibrary {
  /** `sampleFile` marks a bundled sample report. */
  documents: readonly { id: string; updatedAt?: unknown; text: string; sampleFile?: string }[]
  annotations: readonly { id: string; updated?: unknown }[]
  settingKeys: readonly string[]
  hasCodebook: boolean
  decisions?: readonly Record<string, unknown>[]
  memos?: readonly { id: string; updated?: unknown }[]
}

/** Records to write, and how many incoming records were kept out because the library's are newer. */
export interface MergePlan {
  documents: BackupDocument[]
  annotations: Annotation[]
  settings: BackupSetting[]
  decisions: BackupRecord[]
  /** Memos to put: new ones, and those changed later than the library's. */
  memos: Memo[]
  /** The backup's codebook, when the library has none; undefined otherwise. */
  codebook: Codebook | undefined
  /** Library documents (bundled samples) the backup's copy of the same text replaces: delete them. */
  removeDocuments: string[]
  /**
   * Library document id → backup document id: the library's annotations, memos and decisions on a
   * removed sample move to the backup's copy (same text, so offsets stay valid).
   */
  repoint: Map<string, string>
  /** Incoming documents left out because the library has the same text under another id. */
  duplicates: number
  skipped: { documents: number; annotations: number; decisions: number }
}

/**
 * Plans a merge of `incoming` into `existing`.
 * @returns the records to put (same id → replaced); ties keep the library's version
 */
export function mergeBackup(existing: ExistingLibrary, incoming: BackupContents): MergePlan {
  const same = sameTextPairs(existing.documents, incoming.documents)
  const incomingRepoint = new Map<string, string>()
  const repoint = new Map<string, string>()
  for (const [incomingId, library] of same) {
    if (library.sampleFile !== undefined) repoint.set(library.id, incomingId)
    else incomingRepoint.set(incomingId, library.id)
  }
  const moved = moveOnto(incoming, incomingRepoint)
  const docTimes = new Map(existing.documents.map((d) => [d.id, timeOf(d.updatedAt)]))
  const annTimes = new Map(existing.annotations.map((a) => [a.id, timeOf(a.updated)]))
  const decisionTimes = new Map(
    (existing.decisions ?? []).filter((d) => typeof d.id === 'string').map((d) => [d.id as string, timeOf(d.createdAt)]),
  )
  const documents = incoming.documents.filter((d) => !incomingRepoint.has(d.id) && isNewer(timeOf(d.updatedAt), docTimes, d.id))
  const annotations = moved.annotations.filter((a) => isNewer(timeOf(a.updated), annTimes, a.id))
  const decisions = moved.decisions.filter((d) => isNewer(timeOf(d.createdAt), decisionTimes, d.id))
  const memoTimes = new Map((existing.memos ?? []).map((m) => [m.id, timeOf(m.updated)]))
  const memos = moved.memos.filter((m) => isNewer(timeOf(m.updated), memoTimes, m.id))
  const keys = new Set(existing.settingKeys)
  return {
    documents,
    annotations,
    settings: incoming.settings.filter((s) => !keys.has(s.key)),
    decisions,
    memos,
    codebook: existing.hasCodebook || incoming.codebook === null ? undefined : incoming.codebook,
    removeDocuments: [...repoint.keys()],
    repoint,
    duplicates: incomingRepoint.size,
    skipped: {
      documents: incoming.documents.length - documents.length - incomingRepoint.size,
      annotations: moved.annotations.length - annotations.length,
      decisions: moved.decisions.length - decisions.length,
    },
  }
}

/**
 * Backup document id → the library document holding the same text under another id (first one
 * found). Documents sharing an id are not pairs: the newer-wins rule handles them.
 */
function sameTextPairs(
  library: ExistingLibrary['documents'],
  incoming: readonly BackupDocument[],
): Map<string, ExistingLibrary['documents'][number]> {
  const ids = new Set(library.map((d) => d.id))
  const byHash = new Map<string, ExistingLibrary['documents'][number]>()
  for (const d of library) {
    // Hashed here rather than trusting a stored hash: the row's text is what counts.
    const hash = hashText(d.text)
    if (!byHash.has(hash)) byHash.set(hash, d)
  }
  const incomingIds = new Set(incoming.map((d) => d.id))
  const pairs = new Map<string, ExistingLibrary['documents'][number]>()
  const taken = new Set<string>()
  for (const d of incoming) {
    if (ids.has(d.id)) continue
    const match = byHash.get(hashText(d.text))
    // One library copy pairs with one backup copy (a backup that itself holds a duplicate keeps it),
    // and a library document the backup also holds under its own id is that one's.
    if (!match || taken.has(match.id) || incomingIds.has(match.id)) continue
    taken.add(match.id)
    pairs.set(d.id, match)
  }
  return pairs
}

/** The incoming annotations, memos and decisions with document ids moved through `map`. */
function moveOnto(
  incoming: BackupContents,
  map: ReadonlyMap<string, string>,
): { annotations: Annotation[]; memos: Memo[]; decisions: BackupRecord[] } {
  return {
    annotations: incoming.annotations.map((a) => repointAnnotation(a, map)),
    memos: (incoming.memos ?? []).map((m) => repointMemo(m, map)),
    decisions: (incoming.decisions ?? []).map((d) => repointDecision(d, map)),
  }
}

/** `a` on the document `map` sends its document to (unchanged when not in the map). */
export function repointAnnotation(a: Annotation, map: ReadonlyMap<string, string>): Annotation {
  const to = map.get(a.documentId)
  return to === undefined ? a : { ...a, documentId: to }
}

/** A document memo moved like {@link repointAnnotation}; theme and project memos never move. */
export function repointMemo(m: Memo, map: ReadonlyMap<string, string>): Memo {
  const to = m.kind === 'document' ? map.get(m.target) : undefined
  return to === undefined ? m : { ...m, target: to }
}

/** A decision whose passages' document ids are moved through `map`. */
export function repointDecision<D extends BackupRecord>(d: D, map: ReadonlyMap<string, string>): D {
  const move = (p: BackupRecord['passage']) => (map.has(p.docId) ? { ...p, docId: map.get(p.docId) as string } : p)
  if (!map.has(d.passage.docId) && !d.others.some((p) => map.has(p.docId))) return d
  return { ...d, passage: move(d.passage), others: d.others.map(move) }
}

/** True when the id is new, or the incoming time is later (an unreadable time never wins). */
function isNewer(incomingTime: number, times: Map<string, number>, id: string): boolean {
  if (!times.has(id)) return true
  const current = times.get(id) as number
  if (Number.isNaN(incomingTime)) return false
  return Number.isNaN(current) || incomingTime > current
}
