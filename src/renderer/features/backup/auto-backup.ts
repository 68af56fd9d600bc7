/**
 * Automatic backups: once a day at start-up, and before every restore or codebook replacement, the
 * whole library is handed to the platform, which keeps it (Electron: rotated files in the user-data
 * folder, see main's auto-backup.ts). The web build keeps none: it asks for persistent storage instead.
 */
import { toBackup } from '../../../core/backup'
import { getDatabase, type BiduDatabase } from '../../db/database'
import { getSetting, setSetting } from '../../db/settings'
import { getPlatform, type AutoBackupReason } from '../../platform'
import { readLibrary } from './library-snapshot'

async function libraryText(db: BiduDatabase, now: Date): Promise<string> {
  const { contents } = await readLibrary(db)
  const { version } = await getPlatform().appInfo()
  return toBackup(contents, { appVersion: version, now })
}

async function keepsBackups(): Promise<boolean> {
  return (await getPlatform().appInfo()).kind === 'electron'
}

/**
 * Keeps a backup of the library before an operation replaces data. Rejects when it could not be
 * written, so the caller can stop before changing anything.
 */
export async function backupBefore(
  reason: Exclude<AutoBackupReason, 'daily'>,
  db: BiduDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<void> {
  if (!(await keepsBackups())) return
  await getPlatform().autoBackup(reason, await libraryText(db, now))
}

/** Writes the day's backup unless one was written today (UTC); resolves to whether it wrote one. */
export async function runDailyBackup(db: BiduDatabase = getDatabase(), now: Date = new Date()): Promise<boolean> {
  const today = now.toISOString().slice(0, 10)
  if (!(await keepsBackups()) || (await getSetting('lastAutoBackup', db)) === today) return false
  const written = await getPlatform().autoBackup('daily', await libraryText(db, now))
  if (written) await setSetting('lastAutoBackup', today, db)
  return written
}
