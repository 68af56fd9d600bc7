/**
 * Automatic backups in the user-data folder (`<userData>/backups`): the renderer sends a backup's
 * text once a day and before every restore or codebook replacement; main writes it atomically under a
 * name it chooses (reason and time, so names sort by time) and keeps the newest
 * {@link AUTO_BACKUPS_KEPT} of each reason, deleting older ones. The renderer never names a path.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { AutoBackupReason } from '../shared/ipc'
import { writeFileAtomically } from './file-access'

/** Folder under the user-data folder. */
export const AUTO_BACKUP_FOLDER = 'backups'
/** Backups kept per reason: a week of daily ones, and the last seven restores and codebook imports. */
export const AUTO_BACKUPS_KEPT = 7

const NAME = /^bidu-(daily|before-restore|before-codebook)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/

/** `bidu-daily-2026-12-03T07-30-00-000Z.json`: the reason, then the UTC time (no colons: Windows). */
export function autoBackupName(reason: AutoBackupReason, now: Date): string {
  return `bidu-${reason}-${now.toISOString().replace(/[:.]/g, '-')}.json`
}

/**
 * Writes one automatic backup and prunes older ones of the same reason.
 * @param userData the user-data folder
 * @returns the written file's base name
 */
export async function writeAutoBackup(userData: string, reason: AutoBackupReason, data: string, now: Date = new Date()): Promise<string> {
  const folder = join(userData, AUTO_BACKUP_FOLDER)
  await mkdir(folder, { recursive: true })
  const name = autoBackupName(reason, now)
  await writeFileAtomically(join(folder, name), data)
  await pruneAutoBackups(folder, reason)
  return name
}

/** Deletes all but the newest {@link AUTO_BACKUPS_KEPT} backups of `reason` (other files are left alone). */
async function pruneAutoBackups(folder: string, reason: AutoBackupReason): Promise<void> {
  const ours = (await readdir(folder)).filter((name) => NAME.exec(name)?.[1] === reason).sort()
  for (const name of ours.slice(0, Math.max(0, ours.length - AUTO_BACKUPS_KEPT))) await unlink(join(folder, name))
}
