/**
 * Save and "Copy Markdown": the whole export rendered in the worker with the time of the click, then
 * written through the platform (Electron's save dialog, or a browser download) or put on the
 * clipboard. Success and failure are reported as toasts.
 */
import { useState } from 'react'
import type { ExportFormat, ExportOptions } from '../../../core/export'
import { useI18n } from '../../i18n'
import { getPlatform, type SaveKind } from '../../platform'
import { useToast } from '../../ui/Toast'
import { renderInWorker } from '../../workers/export-client'
import type { ExportPayload } from '../../workers/export-input'
import { exportFileName } from './export-file-name'
import { messageOf } from '../../../core/result'

/** Which save-dialog filter each export format uses. */
export const SAVE_KIND_OF: Record<ExportFormat, SaveKind> = { md: 'markdown', csv: 'csv', jsonld: 'json', qdpx: 'qdpx', docx: 'docx' }

export interface ExportActions {
  busy: boolean
  /** Share of a long save written so far (0–1), from the worker's progress; undefined when not saving. */
  progress: number | undefined
  save(): Promise<void>
  copyMarkdown(): Promise<void>
}

function reason(error: unknown): string {
  return messageOf(error)
}

/** Actions over the current payload and options; `label` names the scope in the file name. */
export function useExportActions(
  payload: ExportPayload | undefined,
  format: ExportFormat,
  options: ExportOptions,
  label: string,
): ExportActions {
  const { t } = useI18n()
  const toast = useToast()
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<number | undefined>(undefined)

  const run = async (
    work: (payload: ExportPayload, now: Date) => Promise<void>,
    failure: 'export.saveFailed' | 'export.copyFailed',
  ): Promise<void> => {
    if (!payload || busy) return
    setBusy(true)
    try {
      await work(payload, new Date())
    } catch (error) {
      toast.show({ message: t(failure, { reason: reason(error) }) })
    } finally {
      setBusy(false)
      setProgress(undefined)
    }
  }

  return {
    busy,
    progress,
    save: () =>
      run(async (data, now) => {
        const output = await renderInWorker(
          { payload: data, format, options: { ...options, now } },
          { onProgress: (p) => setProgress(p.total > 0 ? p.done / p.total : undefined) },
        )
        const name = exportFileName(label, format, now)
        if (await getPlatform().saveFile(name, output, SAVE_KIND_OF[format])) toast.show({ message: t('export.saved', { name }) })
      }, 'export.saveFailed'),
    copyMarkdown: () =>
      run(async (data, now) => {
        const output = await renderInWorker({ payload: data, format: 'md', options: { ...options, now } })
        if (typeof output !== 'string') throw new Error('Markdown export is not text')
        await navigator.clipboard.writeText(output)
        toast.show({ message: t('export.copied') })
      }, 'export.copyFailed'),
  }
}
