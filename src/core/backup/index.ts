/**
 * Public entry of backup and restore: one versioned JSON file with the whole library, a strict
 * reader that refuses anything that is not a valid backup, and the merge plan (newer change wins).
 */
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  parseBackup,
  toBackup,
  timeOf,
  type Backup,
  type BackupContents,
  type BackupDocument,
  type BackupErrorCode,
  type BackupRecord,
  type BackupSetting,
} from './backup-format'
export { mergeBackup, type ExistingLibrary, type MergePlan } from './merge-backup'
