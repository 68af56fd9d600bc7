/**
 * Runs imports for the whole app (toolbar button, menu command, files dropped on the window) and
 * shows their progress per file and a summary of what was imported and what was rejected and why.
 * Files go through the import queue (import-queue.ts: read one by one in the worker, stored in
 * batches), which the dialog can pause, resume and cancel.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { getPlatform, type PickedFiles } from '../../platform'
import { useToast } from '../../ui/Toast'
import { useI18n } from '../../i18n'
import { createPauseGate, runImportQueue, type PauseGate } from './import-queue'
import { ImportDialog, type ImportRow } from './ImportDialog'
import { DropOverlay } from './DropOverlay'
import { messageOf } from '../../../core/result'
import { createImportClassifier } from '../../../core/duplicates'
import { addDocuments, listDocuments } from '../../db/documents'
import { storeNewVersion } from '../../db/versions'

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
  const [paused, setPaused] = useState(false)
  /** When the running (or last) import started and ended (ms, performance.now), for the summary. */
  const [timing, setTiming] = useState<{ started: number; ended?: number } | null>(null)
  const abort = useRef<AbortController | null>(null)
  const gate = useRef<PauseGate | null>(null)

  const importFiles = useCallback(async (picked: PickedFiles) => {
    if (picked.files.length === 0 && picked.refused.length === 0) return
    const initial: ImportRow[] = [
      ...picked.files.map((file): ImportRow => ({ name: file.name, status: 'pending' })),
      ...picked.refused.map((file): ImportRow => ({ name: file.name, status: 'rejected', code: file.code, message: file.message })),
    ]
    setRows(initial)
    setRunning(true)
    setPaused(false)
    setTiming({ started: performance.now() })
    const controller = new AbortController()
    abort.current = controller
    gate.current = createPauseGate(setPaused)
    const update = (index: number, row: Partial<ImportRow>): void =>
      setRows((list) => list && list.map((item, i) => (i === index ? { ...item, ...row } : item)))
    try {
      const library = await listDocuments()
      const classifier = createImportClassifier(
        library.map((d) => ({ id: d.id, title: d.metadata.title, textHash: d.textHash, metadata: d.metadata })),
      )
      await runImportQueue(picked.files, { signal: controller.signal, gate: gate.current, onRow: update, classifier })
    } finally {
      setRunning(false)
      setPaused(false)
      setTiming((value) => value && { ...value, ended: performance.now() })
      abort.current = null
      gate.current = null
    }
  }, [])

  const pickAndImport = useCallback(async () => {
    try {
      await importFiles(await getPlatform().openFiles())
    } catch (error) {
      toast.show({ message: t('import.failed', { reason: messageOf(error) }) })
    }
  }, [importFiles, t, toast])

  /** Stores a held-back file as a new version of its library document, or as a document of its own. */
  const answerVersion = useCallback(
    async (index: number, isVersion: boolean) => {
      const row = rows?.[index]
      if (!row?.doc || !row.versionOf) return
      const update = (patch: Partial<ImportRow>): void =>
        setRows((list) => list && list.map((item, i) => (i === index ? { ...item, ...patch } : item)))
      try {
        if (isVersion) {
          const counts = await storeNewVersion(row.versionOf.id, row.doc)
          update(
            counts
              ? { status: 'versioned', counts, doc: undefined }
              : { status: 'rejected', code: 'FAILED', message: row.versionOf.title, doc: undefined },
          )
        } else {
          await addDocuments([{ doc: row.doc }])
          update({ status: 'imported', doc: undefined })
        }
      } catch (error) {
        update({ status: 'rejected', code: 'FAILED', message: messageOf(error), doc: undefined })
      }
    },
    [rows],
  )

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
          paused={paused}
          seconds={timing?.ended !== undefined ? (timing.ended - timing.started) / 1000 : undefined}
          onPause={() => gate.current?.pause()}
          onResume={() => gate.current?.resume()}
          onCancel={() => abort.current?.abort()}
          onClose={() => setRows(null)}
          onVersion={(index, isVersion) => void answerVersion(index, isVersion)}
        />
      )}
    </ImportContext.Provider>
  )
}

/** Import actions for any component under {@link ImportProvider}. */
export function useImport(): ImportApi {
  return useContext(ImportContext)
}
