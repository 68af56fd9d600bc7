/**
 * Toolbar buttons for other views: "Export…" (opens the dialog for the caller's context, e.g. the
 * library's ticked documents or the annotation pane's filter) and "Import annotations…".
 */
import { useState } from 'react'
import { useI18n } from '../../i18n'
import { useExport } from './ExportProvider'
import type { ExportContext } from './export-scope'
import { useImportAnnotations } from './useImportAnnotations'

export function ExportButton({ context = {} }: { context?: ExportContext }) {
  const { t } = useI18n()
  const { openExport } = useExport()
  return (
    <button type="button" onClick={() => openExport(context)}>
      {t('export.button')}
    </button>
  )
}

export function ImportAnnotationsButton() {
  const { t } = useI18n()
  const importAnnotations = useImportAnnotations()
  const [busy, setBusy] = useState(false)
  const run = async (): Promise<void> => {
    setBusy(true)
    try {
      await importAnnotations()
    } finally {
      setBusy(false)
    }
  }
  return (
    <button type="button" disabled={busy} onClick={() => void run()}>
      {t('export.importAnnotations')}
    </button>
  )
}
