/**
 * Runs imports for the whole app (toolbar button, menu command, files dropped on the window) and
 * shows their progress per file and a summary of what was imported and what was rejected and why.
 * Files are imported one after another so the window stays responsive and progress is meaningful.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { getPlatform, type PickedFiles } from '../../platform'
import { useToast } from '../../ui/Toast'
import { useI18n } from '../../i18n'
import { importAndStore } from './import-file'
import { ImportDialog, type ImportRow } from './ImportDialog'
import { DropOverlay } from './DropOverlay'
import { messageOf } from '../../../core/result'

interface ImportApi {
  /** Shows the platform's file picker and imports what the user picked. */
  pickAndImport(): Promise<void>
  /** Imports files already read (drops, tests). */
  importFiles(picked: PickedFiles): Promise<void>
}

const ImportContext = createContext<ImportApi>({ pickAndImport: async () => {}, importFiles: async () => {} })

export function ImportProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const toast = useToast()
  const [rows, setRows] = useState<ImportRow[] | null>(null)
  const [running, setRunning] = useState(false)
  const abort = useRef<AbortController | null>(null)

  const importFiles = useCallback(async (picked: PickedFiles) => {
    if (picked.files.length === 0 && picked.refused.length === 0) return
    const initial: ImportRow[] = [
      ...picked.files.map((file): ImportRow => ({ name: file.name, status: 'pending' })),
      ...picked.refused.map((file): ImportRow => ({ name: file.name, status: 'rejected', code: file.code, message: file.message })),
    ]
    setRows(initial)
    setRunning(true)
    const controller = new AbortController()
    abort.current = controller
    const update = (index: number, row: Partial<ImportRow>): void =>
      setRows((list) => list && list.map((item, i) => (i === index ? { ...item, ...row } : item)))
    try {
      for (const [index, file] of picked.files.entries()) {
        if (controller.signal.aborted) {
          update(index, { status: 'cancelled' })
          continue
        }
        update(index, { status: 'working' })
        try {
          const outcome = await importAndStore(file, {
            signal: controller.signal,
            onProgress: (progress) => update(index, { progress }),
          })
          if (outcome.ok) update(index, { status: 'imported', title: outcome.title })
          else update(index, { status: 'rejected', code: outcome.code, message: outcome.message })
        } catch (error) {
          if (error instanceof Error && error.name === 'AbortError') update(index, { status: 'cancelled' })
          else throw error
        }
      }
    } finally {
      setRunning(false)
      abort.current = null
    }
  }, [])

  const pickAndImport = useCallback(async () => {
    try {
      await importFiles(await getPlatform().openFiles())
    } catch (error) {
      toast.show({ message: t('import.failed', { reason: messageOf(error) }) })
    }
  }, [importFiles, t, toast])

  useEffect(() => getPlatform().onDropFiles((picked) => void importFiles(picked)), [importFiles])

  const value = useMemo(() => ({ pickAndImport, importFiles }), [pickAndImport, importFiles])
  return (
    <ImportContext.Provider value={value}>
      {children}
      <DropOverlay />
      {rows && (
        <ImportDialog
          rows={rows}
          running={running}
          onCancel={() => abort.current?.abort()}
          onClose={() => setRows(null)}
        />
      )}
    </ImportContext.Provider>
  )
}

/** Import actions for any component under {@link ImportProvider}. */
export function useImport(): ImportApi {
  return useContext(ImportContext)
}
