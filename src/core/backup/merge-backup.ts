/**
 * Decides which records of a parsed backup to write into an existing library: new ids are added,
 * and for an id present on both sides the newer change wins (documents by `updatedAt`, annotations by
 * `updated`, decisions by `updatedAt`/`updated` when they have one). Restoring into an empty library
 * is the case where everything is new. Settings and the codebook belong to the library in use: the
 * backup's are taken only where the library has none. Pure: the caller writes the result in one
 * transaction.
 */
import type { Annotation } from '../anchoring/types'
import type { Codebook } from '../themes/types'
import type { Memo } from '../memos'
import { timeOf, type BackupContents, type BackupDocument, type BackupRecord, type BackupSetting } from './backup-format'

/** The library's current records (only ids and change times are read). */
export interface ExistingLibrary {
  documents: readonly { id: string; updatedAt?: unknown }[]
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
  skipped: { documents: number; annotations: number; decisions: number }
}

/**
 * Plans a merge of `incoming` into `existing`.
 * @returns the records to put (same id → replaced); ties keep the library's version
 */
export function mergeBackup(existing: ExistingLibrary, incoming: BackupContents): MergePlan {
  const docTimes = new Map(existing.documents.map((d) => [d.id, timeOf(d.updatedAt)]))
  const annTimes = new Map(existing.annotations.map((a) => [a.id, timeOf(a.updated)]))
  const decisionTimes = new Map(
    (existing.decisions ?? []).filter((d) => typeof d.id === 'string').map((d) => [d.id as string, timeOf(d.updatedAt ?? d.updated)]),
  )
  const documents = incoming.documents.filter((d) => isNewer(timeOf(d.updatedAt), docTimes, d.id))
  const annotations = incoming.annotations.filter((a) => isNewer(timeOf(a.updated), annTimes, a.id))
  const decisions = (incoming.decisions ?? []).filter((d) => isNewer(timeOf(d.updatedAt ?? d.updated), decisionTimes, d.id))
  const memoTimes = new Map((existing.memos ?? []).map((m) => [m.id, timeOf(m.updated)]))
  const memos = (incoming.memos ?? []).filter((m) => isNewer(timeOf(m.updated), memoTimes, m.id))
  const keys = new Set(existing.settingKeys)
  return {
    documents,
    annotations,
    settings: incoming.settings.filter((s) => !keys.has(s.key)),
    decisions,
    memos,
    codebook: existing.hasCodebook || incoming.codebook === null ? undefined : incoming.codebook,
    skipped: {
      documents: incoming.documents.length - documents.length,
      annotations: incoming.annotations.length - annotations.length,
      decisions: (incoming.decisions ?? []).length - decisions.length,
    },
  }
}

/** True when the id is new, or the incoming time is later (an unreadable time never wins). */
function isNewer(incomingTime: number, times: Map<string, number>, id: string): boolean {
  if (!times.has(id)) return true
  const current = times.get(id) as number
  if (Number.isNaN(incomingTime)) return false
  return Number.isNaN(current) || incomingTime > current
}
