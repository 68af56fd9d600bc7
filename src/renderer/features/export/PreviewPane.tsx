/** The export dialog's live preview: the first lines of a text export, or what a .qdpx archive holds. */
import { useI18n } from '../../i18n'
import type { ArchivePreview } from '../../workers/export-preview'
import type { PreviewState } from './useExportPreview'

const KIB = 1024

/** Bytes as B / KB / MB with one decimal above a kilobyte. */
export function formatBytes(bytes: number): string {
  if (bytes < KIB) return `${bytes} B`
  if (bytes < KIB * KIB) return `${(bytes / KIB).toFixed(1)} KB`
  return `${(bytes / KIB / KIB).toFixed(1)} MB`
}

function ArchiveSummary({ archive }: { archive: ArchivePreview }) {
  const { t } = useI18n()
  return (
    <div className="export-archive">
      <p>{t('export.archiveSummary', { ...archive, entries: archive.entries.length, size: formatBytes(archive.bytes) })}</p>
      <p className="export-muted">{t('export.archiveFiles')}</p>
      <ul>
        {archive.entries.map((entry) => (
          <li key={entry.name}>
            <code>{entry.name}</code> <span className="export-muted">{formatBytes(entry.bytes)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function PreviewPane({ state }: { state: PreviewState }) {
  const { t } = useI18n()
  const { preview, pending, error } = state
  const shownLines = preview?.kind === 'text' ? preview.text.split('\n').length - (preview.text.endsWith('\n') ? 1 : 0) : 0
  return (
    <section className="export-preview" aria-label={t('export.preview')} aria-busy={pending} data-testid="export-preview">
      <header className="export-preview-header">
        <h3>{t('export.preview')}</h3>
        {pending && <span className="export-muted">{t('export.previewUpdating')}</span>}
      </header>
      {error && <p className="field-error">{t('export.previewFailed', { reason: error })}</p>}
      {preview?.kind === 'text' && (
        <>
          <pre className="export-preview-text" data-testid="export-preview-text">
            {preview.text}
          </pre>
          {preview.totalLines > shownLines && (
            <p className="export-muted">{t('export.previewMore', { count: preview.totalLines - shownLines })}</p>
          )}
        </>
      )}
      {preview?.kind === 'archive' && <ArchiveSummary archive={preview} />}
    </section>
  )
}
