/**
 * Public entry of backup and restore: one versioned JSON file with the whole library, a strict
 * reader that refuses anything that is not a valid backup, the merge plan (newer change wins), and
 * the re-anchoring of annotations whose document text came from the other side of a merge.
 */
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  parseBackup,
  toBackup,
  type Backup,
  type BackupContents,
  type BackupDocument,
  type BackupRecord,
} from './backup-format'
export { mergeBackup, repointAnnotation, repointDecision, repointMemo } from './merge-backup'
export { reanchorMerged, type MergedDocument } from './reanchor-merged'
