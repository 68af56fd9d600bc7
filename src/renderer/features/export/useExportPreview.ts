/**
 * The dialog's live preview: re-rendered in the export worker a moment after the options stop
 * changing, each new request cancelling the one before, so clicking through options or typing a
 * title never waits for a large export.
 */
import { useEffect, useState } from 'react'
import type { ExportFormat, ExportOptions } from '../../../core/export'
import { ABORT_ERROR } from '../../workers/rpc'
import { previewInWorker } from '../../workers/export-client'
import type { ExportPayload } from '../../workers/export-input'
import { PREVIEW_LINES, type ExportPreview } from '../../workers/export-preview'
import { messageOf } from '../../../core/result'
import { useStableValue } from '../../ui/useStableValue'

/** Pause after the last change before the preview is rendered (ms): about one keystroke gap. */
export const PREVIEW_DEBOUNCE_MS = 250

export interface PreviewState {
  preview?: ExportPreview
  /** A newer preview is being rendered (the shown one is stale). */
  pending: boolean
  error?: string
}

/** The preview of `payload` in `format` with `options`; nothing while the payload is loading. */
export function useExportPreview(payload: ExportPayload | undefined, format: ExportFormat, options: ExportOptions): PreviewState {
  const [state, setState] = useState<PreviewState>({ pending: true })
  // Options carry a Date; compare them by value so a re-render with equal options does not re-render the export.
  const stableOptions = useStableValue(options)
  useEffect(() => {
    if (!payload) return undefined
    const controller = new AbortController()
    setState((s) => ({ ...s, pending: true }))
    const timer = setTimeout(() => {
      previewInWorker({ payload, format, options: stableOptions }, PREVIEW_LINES, { signal: controller.signal }).then(
        (preview) => setState({ preview, pending: false }),
        (error: unknown) => {
          if (error instanceof Error && error.name === ABORT_ERROR) return
          setState({ pending: false, error: messageOf(error) })
        },
      )
    }, PREVIEW_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [payload, format, stableOptions])
  return state
}
