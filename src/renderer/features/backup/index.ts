/** Backup and restore of the whole library: the provider (with its dialog), its hook, and toolbar buttons. */
export { BackupProvider, useBackup } from './BackupProvider'
export { BackupButtons } from './BackupButtons'
export { backupBefore, runDailyBackup } from './auto-backup'
