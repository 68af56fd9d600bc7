/**
 * Backup and restore for the whole app (library toolbar buttons and the Backup/Restore menu
 * commands): backup writes one JSON file through the platform; restore reads a file, refuses
 * anything that is not a valid backup with a message (nothing is written), and otherwise asks how to
 * restore (replace the library, or merge) before writing in one transaction. Either way a snapshot
 * of the library is taken first and offered for undo.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { parseBackup, toBackup, type Backup } from '../../../core/backup'
import { getDatabase } from '../../db/database'
import { useI18n } from '../../i18n'
import { getPlatform } from '../../platform'
import { useToast } from '../../ui/Toast'
import { readLibrary, restoreBackup, snapshotLibrary, type RestoreMode } from './library-snapshot'
import { RestoreDialog } from './RestoreDialog'
import { backupBefore } from './auto-backup'
import { messageOf } from '../../../core/result'
import { MAX_BACKUP_BYTES, utf8ByteLength } from '../../../shared/ipc'

interface BackupActions {
  /** Writes a backup file (a save dialog, or a download in the browser). */
  backup(): Promise<void>
  /** Lets the user pick a backup file and restore it. */
  restore(): Promise<void>
}

const BackupContext = createContext<BackupActions>({ backup: async () => {}, restore: async () => {} })

/** `bidu-backup-2026-11-23.json`: sorts by date in a folder. */
function fileName(now: Date): string {
  return `bidu-backup-${now.toISOString().slice(0, 10)}.json`
}

function reasonOf(error: unknown): string {
  return messageOf(error)
}

/** Long enough to read the result and reach Undo. */
const RESTORE_TOAST_MS = 30_000
const MEGABYTE = 1024 * 1024

export function BackupProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const toast = useToast()
  const [pending, setPending] = useState<Backup | null>(null)

  const backup = useCallback(async () => {
    try {
      const now = new Date()
      const { contents } = await readLibrary(getDatabase())
      const { version } = await getPlatform().appInfo()
      const text = toBackup(contents, { appVersion: version, now })
      // The same limit as opening a backup: a file saved here can always be restored.
      const size = utf8ByteLength(text, MAX_BACKUP_BYTES)
      if (size > MAX_BACKUP_BYTES) {
        toast.show({
          message: t('backup.failed', {
            reason: t('backup.tooLarge', { size: Math.ceil(size / MEGABYTE), limit: MAX_BACKUP_BYTES / MEGABYTE }),
          }),
        })
        return
      }
      const saved = await getPlatform().saveFile(fileName(now), text, 'backup')
      if (saved)
        toast.show({ message: t('backup.saved', { documents: contents.documents.length, annotations: contents.annotations.length }) })
    } catch (error) {
      toast.show({ message: t('backup.failed', { reason: reasonOf(error) }) })
    }
  }, [t, toast])

  const restore = useCallback(async () => {
    const picked = await getPlatform().openFiles('backup')
    const file = picked.files[0]
    if (!file) {
      if (picked.refused[0]) toast.show({ message: t('backup.invalid', { reason: picked.refused[0].message }) })
      return
    }
    const text = new TextDecoder('utf-8').decode(file.bytes)
    const parsed = parseBackup(text)
    if (!parsed.ok) {
      toast.show({ message: t('backup.invalid', { reason: parsed.error.message }), durationMs: 20_000 })
      return
    }
    setPending(parsed.value)
  }, [t, toast])

  const undo = useCallback(
    async (snapshot: Backup) => {
      try {
        await restoreBackup(snapshot, 'replace', getDatabase())
        toast.show({ message: t('backup.undone') })
      } catch (error) {
        toast.show({ message: t('backup.restoreFailed', { reason: reasonOf(error) }) })
      }
    },
    [t, toast],
  )

  const apply = async (mode: RestoreMode): Promise<void> => {
    if (!pending) return
    setPending(null)
    try {
      // A file in the user-data folder (Electron) as well as the in-memory snapshot for Undo.
      await backupBefore('before-restore')
      const snapshot = await snapshotLibrary(getDatabase())
      const counts = await restoreBackup(pending, mode, getDatabase())
      const { exact, fuzzy, orphan } = counts.reanchored
      const reanchored = exact + fuzzy + orphan > 0 ? ` ${t('annotations.reanchored', { exact, fuzzy, orphan })}` : ''
      const duplicates = counts.duplicates > 0 ? ` ${t('backup.duplicates', { count: counts.duplicates })}` : ''
      toast.show({
        message:
          t('backup.restored', { documents: counts.documents, annotations: counts.annotations, skipped: counts.skipped }) +
          duplicates +
          reanchored,
        actionLabel: t('common.undo'),
        onAction: () => void undo(snapshot),
        durationMs: RESTORE_TOAST_MS,
      })
    } catch (error) {
      toast.show({ message: t('backup.restoreFailed', { reason: reasonOf(error) }) })
    }
  }

  const value = useMemo(() => ({ backup, restore }), [backup, restore])
  return (
    <BackupContext.Provider value={value}>
      {children}
      {pending && <RestoreDialog backup={pending} onChoose={(mode) => void apply(mode)} onCancel={() => setPending(null)} />}
    </BackupContext.Provider>
  )
}

/** Backup and restore actions (under {@link BackupProvider}). */
export function useBackup(): BackupActions {
  return useContext(BackupContext)
}
