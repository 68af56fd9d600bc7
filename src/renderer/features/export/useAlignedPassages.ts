/**
 * Alignment rows for the themes of the exported annotations, computed in the analysis worker over the
 * whole library (so "other documents" means every other report), only when the export includes
 * aligned passages. Rows of a theme are reused while the library and codebook stay the same.
 * `complete` says whether the rows for the current inputs are there, so Save can wait for them: an
 * export that includes aligned passages is never written without them.
 */
import { useCallback, useMemo } from 'react'
import type { Annotation } from '../../../core/anchoring'
import type { AlignedPassage } from '../../../core/export'
import type { StoredDocument } from '../../db/database'
import { themeRowsInWorker } from '../../workers/analysis-client'
import { toAnalysisInput, useWorkerTask, type ThemeRows } from '../analysis'
import type { CodebookState } from '../codebook'
import { alignedPassagesOf, themesToAlign } from './aligned-passages'

export interface AlignedState {
  /** Aligned passages of an annotation; stable while the rows are. */
  alignedOf: (annotation: Annotation) => AlignedPassage[]
  status: 'idle' | 'running' | 'ready' | 'failed'
  /**
   * True when the export can be written with everything it includes: aligned passages not wanted,
   * nothing to align, or the rows of the current library, codebook and themes computed.
   */
  complete: boolean
  /** Themes aligned so far, while running. */
  progress?: { done: number; total: number }
  /** Why the rows could not be computed (status 'failed'). */
  error?: string
}

const NONE = (): AlignedPassage[] => []

/** Rows for the themes of `annotations` when `enabled`; otherwise nothing is computed. */
export function useAlignedPassages(
  enabled: boolean,
  documents: readonly StoredDocument[] | undefined,
  annotations: readonly Annotation[],
  codebook: CodebookState,
): AlignedState {
  const themes = useMemo(() => (enabled ? themesToAlign(annotations) : []), [enabled, annotations])
  const inputs = useMemo(() => documents?.map(toAnalysisInput), [documents])
  const key =
    inputs && themes.length > 0 && inputs.length > 1 && codebook.ready
      ? `${codebook.key}:${themes.join(',')}:${inputs.map((d) => `${d.id}@${d.textHash}`).join(',')}`
      : null
  const task = useWorkerTask(key, async (options) => {
    const byTheme = new Map<string, ThemeRows>()
    for (const [done, themeId] of themes.entries()) {
      options.onProgress?.({ done, total: themes.length })
      byTheme.set(
        themeId,
        await themeRowsInWorker(
          { docs: inputs ?? [], codebook: codebook.codebook, codebookKey: codebook.key, themeId },
          { signal: options.signal },
        ),
      )
    }
    return byTheme
  })
  const byId = useMemo(() => new Map((documents ?? []).map((d) => [d.id, d])), [documents])
  const rows = key !== null && task.valueKey === key ? task.value : undefined
  const alignedOf = useCallback(
    (annotation: Annotation) => (rows ? alignedPassagesOf(annotation, rows, (id) => byId.get(id)) : []),
    [rows, byId],
  )
  // Until the library and codebook are loaded it is not yet known whether there is anything to align.
  const complete = !enabled || (inputs !== undefined && codebook.ready && (key === null || rows !== undefined))
  return {
    alignedOf: rows ? alignedOf : NONE,
    status: key === null ? 'idle' : task.status,
    complete,
    progress: task.status === 'running' ? task.progress : undefined,
    error: task.status === 'failed' ? task.error : undefined,
  }
}
