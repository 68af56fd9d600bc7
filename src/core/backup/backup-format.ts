/**
 * Bidu's backup file: one JSON document holding everything (documents, annotations, codebook,
 * settings, alignment decisions), versioned, and its strict reader. A file that is not a valid backup
 * is refused with a message naming the first problem, before anything is written, so a failed restore
 * leaves the library exactly as it was. Every row is checked with its full schema (backup-schema.ts
 * for documents and decisions, the core's validators for annotations, memos and the codebook).
 * Does not touch storage.
 */
import { validateAnnotation } from '../anchoring/validate-annotation'
import type { Annotation } from '../anchoring/types'
import { fail, ok, type Result } from '../result'
import { validateCodebook } from '../themes'
import type { Codebook } from '../themes/types'
import { validateMemo, type Memo } from '../memos'
import { checkRow, decisionRowSchema, documentRowSchema, settingRowSchema, type DecisionRow, type DocumentRow } from './backup-schema'

export const BACKUP_FORMAT = 'bidu-backup'
export const BACKUP_VERSION = 1

/**
 * A document row as the library stores it (`text` is the cleaned text annotation offsets refer to,
 * in UTF-16 code units; times are milliseconds since the epoch); fields of newer features are kept.
 */
export type BackupDocument = DocumentRow

/** An alignment decision row. */
export type BackupRecord = DecisionRow

/** One setting: key and JSON value. */
export interface BackupSetting {
  key: string
  value: unknown
}

/** What a backup holds. */
export interface BackupContents {
  documents: BackupDocument[]
  annotations: Annotation[]
  /** The user's codebook; null when the library uses the built-in one. */
  codebook: Codebook | null
  settings: BackupSetting[]
  decisions?: BackupRecord[]
  /** Memos on documents of the backup, on themes, and the project journal. */
  memos?: Memo[]
}

/** A parsed backup: its contents and header. */
export interface Backup extends BackupContents {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  /** ISO 8601 time the backup was written. */
  exportedAt: string
  appVersion: string
  decisions: BackupRecord[]
  memos: Memo[]
}

export type BackupErrorCode = 'EMPTY_INPUT' | 'NOT_JSON' | 'NOT_A_BACKUP' | 'UNSUPPORTED_VERSION' | 'BAD_RECORD'

/**
 * Serialises a backup.
 * @param meta.appVersion the app's version; meta.now the export time (the caller owns the clock)
 * @returns the JSON text (UTF-16 string; write it as UTF-8)
 */
export function toBackup(contents: BackupContents, meta: { appVersion: string; now: Date }): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: meta.now.toISOString(),
    appVersion: meta.appVersion,
    documents: contents.documents,
    annotations: contents.annotations,
    codebook: contents.codebook,
    settings: contents.settings,
    decisions: contents.decisions ?? [],
    memos: contents.memos ?? [],
  }
  return JSON.stringify(backup)
}

/**
 * Reads and checks a backup file's text: header, every record's required fields, unique ids,
 * annotations pointing at a document of the backup with offsets inside its text.
 * @returns the backup, or an error whose message names the record and field at fault
 */
export function parseBackup(text: unknown): Result<Backup, BackupErrorCode> {
  if (typeof text !== 'string' || text.trim() === '') return fail('EMPTY_INPUT', 'the file is empty')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return fail('NOT_JSON', 'the file is not JSON, so it is not a Bidu backup')
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT)
    return fail('NOT_A_BACKUP', 'the file is not a Bidu backup (no "format": "bidu-backup")')
  if (raw.version !== BACKUP_VERSION) {
    return fail(
      'UNSUPPORTED_VERSION',
      `backup version ${JSON.stringify(raw.version)} is not supported (this app reads version ${BACKUP_VERSION})`,
    )
  }
  if (typeof raw.exportedAt !== 'string' || Number.isNaN(Date.parse(raw.exportedAt))) return badRecord('exportedAt must be an ISO date')
  if (typeof raw.appVersion !== 'string') return badRecord('appVersion must be a string')
  for (const key of ['documents', 'annotations', 'settings'] as const) {
    if (!Array.isArray(raw[key])) return badRecord(`"${key}" must be a list`)
  }
  if (raw.decisions !== undefined && !Array.isArray(raw.decisions)) return badRecord('"decisions" must be a list')
  if (raw.memos !== undefined && !Array.isArray(raw.memos)) return badRecord('"memos" must be a list')

  const documents: BackupDocument[] = []
  const texts = new Map<string, string>()
  for (const [i, d] of (raw.documents as unknown[]).entries()) {
    const id = isRecord(d) && typeof d.id === 'string' ? ` (${d.id})` : ''
    const row = checkRow(documentRowSchema, d)
    if (!row.ok) return badRecord(`document ${i + 1}${id}: ${row.message}`)
    if (texts.has(row.value.id)) return badRecord(`document ${i + 1}: id ${row.value.id} appears twice`)
    texts.set(row.value.id, row.value.text)
    documents.push(row.value)
  }
  const annotations: Annotation[] = []
  const annotationIds = new Set<string>()
  for (const [i, a] of (raw.annotations as unknown[]).entries()) {
    const where = `annotation ${i + 1}`
    const v = validateAnnotation(a)
    if (!v.ok) return badRecord(`${where}: ${v.error.message}`)
    const { id, documentId, position } = v.value
    if (annotationIds.has(id)) return badRecord(`${where}: id ${id} appears twice`)
    annotationIds.add(id)
    const docText = texts.get(documentId)
    if (docText === undefined) return badRecord(`${where} (${id}): document ${documentId} is not in the backup`)
    if (position.end > docText.length)
      return badRecord(
        `${where} (${id}): position ${position.start}–${position.end} is past the end of its text of ${docText.length} code units`,
      )
    annotations.push(v.value)
  }
  let codebook: Codebook | null = null
  if (raw.codebook !== null && raw.codebook !== undefined) {
    const c = validateCodebook(raw.codebook)
    if (!c.ok) return badRecord(`codebook: ${c.error.message}`)
    codebook = c.value
  }
  const settings: BackupSetting[] = []
  const keys = new Set<string>()
  for (const [i, s] of (raw.settings as unknown[]).entries()) {
    const row = checkRow(settingRowSchema, s)
    if (!row.ok) return badRecord(`setting ${i + 1}: needs a non-empty "key" (${row.message})`)
    if (keys.has(row.value.key)) return badRecord(`setting ${i + 1}: key ${row.value.key} appears twice`)
    keys.add(row.value.key)
    settings.push({ key: row.value.key, value: row.value.value })
  }
  const decisions: BackupRecord[] = []
  const decisionIds = new Set<string>()
  for (const [i, d] of ((raw.decisions ?? []) as unknown[]).entries()) {
    const row = checkRow(decisionRowSchema, d)
    if (!row.ok) return badRecord(`decision ${i + 1}: ${row.message}`)
    if (decisionIds.has(row.value.id)) return badRecord(`decision ${i + 1}: id ${row.value.id} appears twice`)
    decisionIds.add(row.value.id)
    decisions.push(row.value)
  }
  const memos: Memo[] = []
  const memoIds = new Set<string>()
  for (const [i, m] of ((raw.memos ?? []) as unknown[]).entries()) {
    const v = validateMemo(m)
    if (!v.ok) return badRecord(`memo ${i + 1}: ${v.error.message}`)
    if (memoIds.has(v.value.id)) return badRecord(`memo ${i + 1}: id ${v.value.id} appears twice`)
    // A document memo travels with its document; one without would be an orphan nobody sees.
    if (v.value.kind === 'document' && !texts.has(v.value.target))
      return badRecord(`memo ${i + 1}: document ${v.value.target} is not in the backup`)
    memoIds.add(v.value.id)
    memos.push(v.value)
  }
  return ok({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: raw.exportedAt,
    appVersion: raw.appVersion,
    documents,
    annotations,
    codebook,
    settings,
    decisions,
    memos,
  })
}

/** Milliseconds since the epoch of a row time (number of ms, or ISO string); NaN if neither. */
export function timeOf(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN
  if (typeof value === 'string') return Date.parse(value)
  return Number.NaN
}

function badRecord(message: string) {
  return fail('BAD_RECORD' as const, `not a valid Bidu backup: ${message}`)
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
