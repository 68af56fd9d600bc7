/**
 * The import queue for a batch of files (a drop of 1,000 reports as much as one file): each file is
 * read by the document worker in turn while the previous ones are written, and the results are
 * stored in batches (one transaction per batch, all or nothing) instead of one per file, so the
 * library's live queries re-run a few dozen times rather than once per file. Pausing waits between
 * files; cancelling stops after the file being read (what was read before is still stored). A full
 * disk (QuotaExceededError) fails the batch being written — nothing of it is stored — and stops the
 * queue, leaving the rest of the files unread. A file whose cleaned text is already in the library
 * (or earlier in the batch) is not stored but listed as a duplicate; one that may be a new version of
 * a library document is held back with the question (see ImportDialog).
 */
import type { ImportedDocument } from '../../../core/import/types'
import { hashText } from '../../../core/anchoring'
import type { ImportClassifier } from '../../../core/duplicates'
import { addDocuments } from '../../db/documents'
import type { PickedFile } from '../../platform'
import { importFileInWorker } from '../../workers/document-client'
import type { ImportRow } from './ImportDialog'
import { isQuotaError } from '../../db/quota'

/** Files stored per transaction at most. */
const BATCH_FILES = 50
/** Characters stored per transaction at most (a few long reports make a batch on their own). */
const BATCH_CHARS = 2_000_000
/** Longest time a read file waits to be stored (ms), so the library fills in as the import goes. */
const FLUSH_MS = 1_000

/** Error code of a file that could not be stored because the browser's storage is full. */
export const QUOTA_CODE = 'QUOTA'

/** Pausing between files: the queue waits at the gate while it is closed. */
export interface PauseGate {
  readonly paused: boolean
  pause(): void
  resume(): void
  /** Resolves at once when open, else when resumed or when `signal` aborts. */
  wait(signal: AbortSignal): Promise<void>
}

/** A gate that starts open. `onChange` hears every pause and resume. */
export function createPauseGate(onChange: (paused: boolean) => void = () => {}): PauseGate {
  let opened: (() => void) | null = null
  let closed: Promise<void> | null = null
  return {
    get paused() {
      return closed !== null
    },
    pause() {
      if (closed) return
      closed = new Promise((resolve) => (opened = resolve))
      onChange(true)
    },
    resume() {
      if (!closed) return
      opened?.()
      closed = null
      opened = null
      onChange(false)
    },
    wait(signal) {
      if (!closed || signal.aborted) return Promise.resolve()
      return new Promise((resolve) => {
        void closed?.then(resolve)
        signal.addEventListener('abort', () => resolve(), { once: true })
      })
    },
  }
}

interface QueueOptions {
  signal: AbortSignal
  gate: PauseGate
  /** Row `index` changed (indexes are those of `files`). */
  onRow(index: number, patch: Partial<ImportRow>): void
  /** Stores one batch in one transaction (defaults to the library's addDocuments). */
  store?: (docs: readonly ImportedDocument[]) => Promise<unknown>
  /** Reads one file (defaults to the document worker). */
  read?: typeof importFileInWorker
  /** Recognises duplicates and possible versions (none when absent). */
  classifier?: ImportClassifier
}

interface Pending {
  index: number
  doc: ImportedDocument
}

/** Imports `files` in order (see the file header). Never throws for bad files, a failed write or a cancel. */
export async function runImportQueue(files: readonly PickedFile[], options: QueueOptions): Promise<void> {
  const { signal, gate, onRow } = options
  const store = options.store ?? ((docs) => addDocuments(docs.map((doc) => ({ doc }))))
  const read = options.read ?? importFileInWorker
  let pending: Pending[] = []
  let pendingChars = 0
  let lastFlush = performance.now()
  let writes = Promise.resolve()
  let full = false

  const flush = (): void => {
    const batch = pending
    pending = []
    pendingChars = 0
    lastFlush = performance.now()
    if (batch.length === 0) return
    writes = writes.then(async () => {
      if (full) return batch.forEach(({ index }) => onRow(index, { status: 'cancelled' }))
      try {
        await store(batch.map(({ doc }) => doc))
        batch.forEach(({ index, doc }) => onRow(index, { status: 'imported', title: doc.metadata.title }))
      } catch (error) {
        full ||= isQuotaError(error)
        const code = isQuotaError(error) ? QUOTA_CODE : 'FAILED'
        const message = error instanceof Error ? error.message : String(error)
        batch.forEach(({ index }) => onRow(index, { status: 'rejected', code, message }))
      }
    })
  }

  for (const [index, file] of files.entries()) {
    await gate.wait(signal)
    if (signal.aborted || full) {
      onRow(index, { status: 'cancelled' })
      continue
    }
    onRow(index, { status: 'working' })
    try {
      const result = await read({ name: file.name, bytes: file.bytes }, { signal, onProgress: (progress) => onRow(index, { progress }) })
      const verdict = result.ok ? options.classifier?.classify(result.value) : undefined
      if (!result.ok) onRow(index, { status: 'rejected', code: result.error.code, message: result.error.message })
      else if (verdict?.kind === 'duplicate') onRow(index, { status: 'duplicate', title: verdict.of.title })
      else {
        const doc = result.value
        options.classifier?.accept({
          id: `batch-${index}`,
          title: doc.metadata.title,
          textHash: hashText(doc.text),
          metadata: doc.metadata,
        })
        if (verdict?.kind === 'version')
          onRow(index, { status: 'version', title: doc.metadata.title, versionOf: { id: verdict.of.id, title: verdict.of.title }, doc })
        else {
          pending.push({ index, doc })
          pendingChars += doc.text.length + doc.rawText.length
        }
      }
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') onRow(index, { status: 'cancelled' })
      else onRow(index, { status: 'rejected', code: 'FAILED', message: error instanceof Error ? error.message : String(error) })
    }
    if (pending.length >= BATCH_FILES || pendingChars >= BATCH_CHARS || performance.now() - lastFlush >= FLUSH_MS) flush()
  }
  flush()
  await writes
}
