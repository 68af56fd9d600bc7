/**
 * Alignment rows for the themes of the exported annotations, computed in the analysis worker over the
 * whole library (so "other documents" means every other report), only when the export includes
 * aligned passages. Rows of a theme are reused while the library and codebook stay the same.
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
    for (const themeId of themes) {
      byTheme.set(themeId, await themeRowsInWorker({ docs: inputs ?? [], codebook: codebook.codebook, codebookKey: codebook.key, themeId }, options))
    }
    return byTheme
  })
  const byId = useMemo(() => new Map((documents ?? []).map((d) => [d.id, d])), [documents])
  const rows = key !== null && task.valueKey === key ? task.value : undefined
  const alignedOf = useCallback(
    (annotation: Annotation) => (rows ? alignedPassagesOf(annotation, rows, (id) => byId.get(id)) : []),
    [rows, byId],
  )
  return { alignedOf: rows ? alignedOf : NONE, status: key === null ? 'idle' : task.status }
}
