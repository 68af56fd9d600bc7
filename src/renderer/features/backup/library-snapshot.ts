/**
 * Reads the whole library for a backup and writes a parsed backup back, each in ONE transaction.
 * Tables added by later schema versions (codebook, alignmentDecisions) are included when this
 * database has them. A restore either replaces the library or merges into it; one that fails for any
 * reason (quota, a bad row) aborts its transaction, so the library is left exactly as it was.
 */
import type { Annotation } from '../../../core/anchoring'
import type { AnchorStatus } from '../../../core/anchoring'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  mergeBackup,
  reanchorMerged,
  repointAnnotation,
  repointDecision,
  repointMemo,
  type Backup,
  type BackupContents,
  type BackupDocument,
  type BackupRecord,
  type MergedDocument,
} from '../../../core/backup'
import type { Codebook } from '../../../core/themes'
import type { Memo } from '../../../core/memos'
import { withTextHash, type BiduDatabase, type StoredDocument } from '../../db/database'

/** Optional tables of later schema versions, by name. */
const CODEBOOK_TABLE = 'codebook'
const DECISIONS_TABLE = 'alignmentDecisions'
const MEMOS_TABLE = 'memos'
/** Key of the one codebook row (the codebook table holds the whole codebook in one row). */
const CODEBOOK_ROW_KEY = 'current'

function optionalTable(db: BiduDatabase, name: string) {
  return db.tables.find((table) => table.name === name)
}

/** The tables a backup reads and a restore writes: the optional ones only where this database has them. */
function libraryTables(db: BiduDatabase) {
  const codebookTable = optionalTable(db, CODEBOOK_TABLE)
  const decisionsTable = optionalTable(db, DECISIONS_TABLE)
  const memosTable = optionalTable(db, MEMOS_TABLE)
  const optional = [codebookTable, decisionsTable, memosTable].filter((t) => t !== undefined)
  return { codebookTable, decisionsTable, memosTable, tables: [db.documents, db.annotations, db.settings, ...optional] }
}

/** The library as backup contents, and how many annotations had to be left out or adjusted. */
export interface Snapshot {
  contents: BackupContents
  /** Annotations whose document is no longer in the library (a backup cannot hold them). */
  dangling: number
}

/**
 * Reads everything. Positions of annotations that cannot be drawn on the current text (orphans) are
 * clamped to the text length: they describe an older text, and a backup's reader checks positions
 * against the text it carries; the quote, which is what finds them again, is kept as is.
 */
export async function readLibrary(db: BiduDatabase): Promise<Snapshot> {
  const { codebookTable, decisionsTable, memosTable, tables } = libraryTables(db)
  return db.transaction('r', tables, async () => {
    const documents = await db.documents.toArray()
    const lengths = new Map(documents.map((d) => [d.id, d.text.length]))
    const all = await db.annotations.toArray()
    const annotations = all.filter((a) => lengths.has(a.documentId)).map((a) => withinText(a, lengths.get(a.documentId) as number))
    const row = codebookTable ? ((await codebookTable.get(CODEBOOK_ROW_KEY)) as { codebook?: Codebook } | undefined) : undefined
    return {
      contents: {
        documents: documents as unknown as BackupDocument[],
        annotations,
        codebook: row?.codebook ?? null,
        settings: await db.settings.toArray(),
        decisions: decisionsTable ? ((await decisionsTable.toArray()) as BackupRecord[]) : [],
        // Document memos go with their document (deleting one deletes its memo), so none dangles.
        memos: memosTable ? ((await memosTable.toArray()) as Memo[]).filter((m) => m.kind !== 'document' || lengths.has(m.target)) : [],
      },
      dangling: all.length - annotations.length,
    }
  })
}

function withinText(a: Annotation, length: number): Annotation {
  if (a.position.end <= length) return a
  const start = Math.min(a.position.start, length)
  return { ...a, position: { ...a.position, start, end: length } }
}

/**
 * The library as a backup (for undoing a restore): what {@link readLibrary} reads, with a header.
 * @param now the snapshot's time
 */
export async function snapshotLibrary(db: BiduDatabase, now: Date = new Date()): Promise<Backup> {
  const { contents } = await readLibrary(db)
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    appVersion: '',
    ...contents,
    decisions: contents.decisions ?? [],
    memos: contents.memos ?? [],
  }
}

/** 'replace': the library becomes exactly the backup; 'merge': the backup is added to it. */
export type RestoreMode = 'replace' | 'merge'

/** What a restore wrote. */
export interface RestoreCounts {
  documents: number
  annotations: number
  decisions: number
  settings: number
  /** Incoming records kept out because the library's were as new or newer. */
  skipped: number
  /** Incoming documents left out because the library holds the same text (their notes moved onto it). */
  duplicates: number
  /** Annotations re-anchored because the merge kept the other side's text of their document. */
  reanchored: Record<AnchorStatus, number>
}

/** Whether the library holds no documents and no annotations. */
export async function isLibraryEmpty(db: BiduDatabase): Promise<boolean> {
  return (await db.documents.count()) === 0 && (await db.annotations.count()) === 0
}

/**
 * Writes `backup` into the library in one transaction.
 * @param mode 'replace': documents, annotations, decisions, memos and the codebook become exactly
 *   the backup's (settings: the backup's keys are written, others kept). 'merge': new ids are added,
 *   for an id on both sides the more recently changed one wins, and a document whose text the
 *   library already has is not duplicated (see core mergeBackup).
 */
export async function restoreBackup(backup: Backup, mode: RestoreMode, db: BiduDatabase, now: number = Date.now()): Promise<RestoreCounts> {
  const { codebookTable, decisionsTable, memosTable, tables } = libraryTables(db)
  return db.transaction('rw', tables, async () => {
    if (mode === 'replace') {
      for (const table of [db.documents, db.annotations, codebookTable, decisionsTable, memosTable]) await table?.clear()
    }
    const documents = await db.documents.toArray()
    const annotations = await db.annotations.toArray()
    const plan = mergeBackup(
      {
        documents,
        annotations,
        settingKeys: mode === 'replace' ? [] : ((await db.settings.toCollection().primaryKeys()) as string[]),
        hasCodebook: codebookTable ? (await codebookTable.count()) > 0 : true,
        decisions: decisionsTable ? ((await decisionsTable.toArray()) as Record<string, unknown>[]) : [],
        memos: memosTable ? ((await memosTable.toArray()) as Memo[]) : [],
      },
      backup,
    )
    await repointLibraryRows(db, plan.repoint, annotations, decisionsTable, memosTable)
    await db.documents.bulkDelete(plan.removeDocuments)
    await db.documents.bulkPut(plan.documents.map(withTextHash) as unknown as StoredDocument[])
    await db.annotations.bulkPut(plan.annotations)
    const reanchored = reanchorMerged(
      textVersions(documents, backup.documents, plan.documents),
      await db.annotations.toArray(),
      new Date(now).toISOString(),
    )
    await db.annotations.bulkPut(reanchored.rows)
    await db.settings.bulkPut(plan.settings)
    if (decisionsTable) await decisionsTable.bulkPut(plan.decisions)
    if (memosTable) await memosTable.bulkPut(plan.memos)
    if (codebookTable && plan.codebook)
      await codebookTable.put({ key: CODEBOOK_ROW_KEY, codebook: plan.codebook, revision: 1, updatedAt: now })
    return {
      documents: plan.documents.length,
      annotations: plan.annotations.length,
      decisions: decisionsTable ? plan.decisions.length : 0,
      settings: plan.settings.length,
      skipped: plan.skipped.documents + plan.skipped.annotations + plan.skipped.decisions,
      duplicates: plan.duplicates,
      reanchored: reanchored.counts,
    }
  })
}

/** Moves the library's annotations, memos and decisions off documents the merge replaces (same text). */
async function repointLibraryRows(
  db: BiduDatabase,
  map: ReadonlyMap<string, string>,
  annotations: readonly Annotation[],
  decisionsTable: ReturnType<typeof optionalTable>,
  memosTable: ReturnType<typeof optionalTable>,
): Promise<void> {
  if (map.size === 0) return
  await db.annotations.bulkPut(annotations.filter((a) => map.has(a.documentId)).map((a) => repointAnnotation(a, map)))
  if (memosTable) await memosTable.bulkPut(((await memosTable.toArray()) as Memo[]).map((m) => repointMemo(m, map)))
  if (decisionsTable) await decisionsTable.bulkPut(((await decisionsTable.toArray()) as BackupRecord[]).map((d) => repointDecision(d, map)))
}

/** Per document on both sides of a merge: the text it keeps, and the other side's when different. */
function textVersions(
  existing: readonly StoredDocument[],
  incoming: readonly BackupDocument[],
  written: readonly BackupDocument[],
): MergedDocument[] {
  const library = new Map(existing.map((d) => [d.id, d.text]))
  const taken = new Set(written.map((d) => d.id))
  const out: MergedDocument[] = []
  for (const d of incoming) {
    const mine = library.get(d.id)
    if (mine === undefined || mine === d.text) continue
    out.push(taken.has(d.id) ? { id: d.id, text: d.text, otherText: mine } : { id: d.id, text: mine, otherText: d.text })
  }
  return out
}
