/**
 * The import progress and result dialog: a progress bar, one line per file (only those in view are in
 * the DOM: a batch can hold 1,000 files), pause/resume and cancel while it runs, then a summary.
 * A file already in the library is listed as such; one that may be a new version of a library
 * document asks, on its line, whether it is.
 */
import { useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { RpcProgress } from '../../workers/rpc'
import type { AnchorStatus } from '../../../core/anchoring'
import type { ImportedDocument } from '../../../core/import/types'
import { Dialog } from '../../ui/Dialog'
import { ProgressBar } from '../../ui/ProgressBar'
import { useI18n, type MessageKey } from '../../i18n'

export interface ImportRow {
  name: string
  /** 'duplicate': the same text is in the library; 'version': waits for the user's answer; 'versioned': stored as a new version. */
  status: 'pending' | 'working' | 'imported' | 'rejected' | 'cancelled' | 'duplicate' | 'version' | 'versioned'
  title?: string
  /** The library document this file may be (or was stored as) a new version of. */
  versionOf?: { id: string; title: string }
  /** The imported document, held while its version question is open. */
  doc?: ImportedDocument
  /** How annotations were re-anchored on the new version. */
  counts?: Record<AnchorStatus, number>
  code?: string
  message?: string
  progress?: RpcProgress
}

const REASON_KEYS: Record<string, MessageKey> = {
  EMPTY_INPUT: 'import.reason.EMPTY_INPUT',
  TOO_LARGE: 'import.reason.TOO_LARGE',
  BAD_ENCODING: 'import.reason.BAD_ENCODING',
  BINARY_FILE: 'import.reason.BINARY_FILE',
  UNSUPPORTED_FORMAT: 'import.reason.UNSUPPORTED_FORMAT',
  CORRUPT_FILE: 'import.reason.CORRUPT_FILE',
  NO_TEXT_LAYER: 'import.reason.NO_TEXT_LAYER',
  OLD_WORD_FORMAT: 'import.reason.OLD_WORD_FORMAT',
  NOT_A_FILE: 'import.reason.READ_FAILED',
  READ_FAILED: 'import.reason.READ_FAILED',
  FAILED: 'import.reason.FAILED',
  QUOTA: 'import.reason.QUOTA',
}

/**
 * Codes whose importer message holds what the translated reason cannot (sizes, a system error, what
 * is damaged): shown after the reason. For the others the reason says it all; the message is a tooltip.
 */
const DETAILED_CODES = new Set(['TOO_LARGE', 'CORRUPT_FILE', 'NOT_A_FILE', 'READ_FAILED', 'FAILED'])

/** The importer's message without the file name it starts with (the row shows the name already). */
export function detailOf(name: string, message: string | undefined): string {
  if (!message) return ''
  return message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message
}

interface ImportDialogProps {
  rows: ImportRow[]
  running: boolean
  paused: boolean
  /** How long the finished import took (s); undefined while it runs. */
  seconds?: number
  onPause(): void
  onResume(): void
  onCancel(): void
  onClose(): void
  /** The answer to a row's version question: a new version of `versionOf`, or a separate document. */
  onVersion(index: number, isVersion: boolean): void
}

/** A file line's height (CSS px) before it is measured. */
const ESTIMATED_LINE_PX = 28

export function ImportDialog({ rows, running, paused, seconds, onPause, onResume, onCancel, onClose, onVersion }: ImportDialogProps) {
  const { t } = useI18n()
  const finished = rows.filter((row) => row.status !== 'pending' && row.status !== 'working').length
  const imported = rows.filter((row) => row.status === 'imported').length
  const rejected = rows.filter((row) => row.status === 'rejected')
  const cancelled = rows.filter((row) => row.status === 'cancelled').length
  const duplicates = rows.filter((row) => row.status === 'duplicate').length
  const quotaFull = rejected.some((row) => row.code === 'QUOTA')
  return (
    <Dialog
      open
      title={t('import.title')}
      onClose={running ? onCancel : onClose}
      testId="import-dialog"
      footer={
        running ? (
          <>
            <button type="button" onClick={paused ? onResume : onPause}>
              {paused ? t('import.resume') : t('import.pause')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={onClose} autoFocus>
            {t('common.close')}
          </button>
        )
      }
    >
      <ProgressBar label={t('import.progress', { done: finished, total: rows.length })} done={finished} total={rows.length} />
      <ImportList rows={rows} onVersion={onVersion} />
      {!running && (
        <p className="import-summary" data-testid="import-summary">
          {t('import.summary', { imported, rejected: rejected.length })}
        </p>
      )}
      {!running && (duplicates > 0 || cancelled > 0 || seconds !== undefined) && (
        <p className="import-summary-more" data-testid="import-summary-more">
          {[
            duplicates > 0 ? t('import.duplicateCount', { count: duplicates }) : '',
            cancelled > 0 ? t('import.cancelledCount', { count: cancelled }) : '',
            seconds !== undefined ? t('import.took', { seconds: seconds.toFixed(1) }) : '',
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      {quotaFull && (
        <p className="error" role="alert">
          {t('import.quotaFull')}
        </p>
      )}
    </Dialog>
  )
}

/** The file lines, virtualised inside their own scroller. */
function ImportList({ rows, onVersion }: { rows: ImportRow[]; onVersion(index: number, isVersion: boolean): void }) {
  const { t } = useI18n()
  const scroller = useRef<HTMLUListElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_LINE_PX,
    overscan: 10,
  })
  return (
    <ul className="import-list" ref={scroller}>
      <li aria-hidden="true" className="import-spacer" style={{ height: virtualizer.getTotalSize() }} />
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]!
        return (
          <li
            key={item.index}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className={`import-row import-${row.status}`}
            data-testid="import-row"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <span className="import-name">{row.name}</span>
            <span className="import-status" title={row.status === 'rejected' ? detailOf(row.name, row.message) : undefined}>
              {row.status === 'version' || row.status === 'duplicate' || row.status === 'versioned' ? (
                <VersionStatus row={row} onAnswer={(isVersion) => onVersion(item.index, isVersion)} />
              ) : row.status === 'rejected' ? (
                `${t(REASON_KEYS[row.code ?? 'FAILED'] ?? 'import.reason.FAILED')}${DETAILED_CODES.has(row.code ?? 'FAILED') && row.message ? ` — ${detailOf(row.name, row.message)}` : ''}`
              ) : row.status === 'working' && row.progress ? (
                t('import.pages', { done: row.progress.done, total: row.progress.total })
              ) : (
                t(`import.status.${row.status}`)
              )}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

/** A duplicate's note, a version question with its two answers, or how a new version was stored. */
function VersionStatus({ row, onAnswer }: { row: ImportRow; onAnswer(isVersion: boolean): void }) {
  const { t } = useI18n()
  const title = row.versionOf?.title ?? row.title ?? ''
  if (row.status === 'duplicate') return <>{t('import.status.duplicate', { title: row.title ?? '' })}</>
  if (row.status === 'versioned') {
    const { exact = 0, fuzzy = 0, orphan = 0 } = row.counts ?? {}
    return <>{`${t('import.status.versioned', { title })} ${t('annotations.reanchored', { exact, fuzzy, orphan })}`}</>
  }
  return (
    <span data-testid="version-question">
      {t('import.versionQuestion', { title })}{' '}
      <button type="button" onClick={() => onAnswer(true)}>
        {t('import.asVersion')}
      </button>{' '}
      <button type="button" onClick={() => onAnswer(false)}>
        {t('import.asSeparate')}
      </button>
    </span>
  )
}
