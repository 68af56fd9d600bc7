/** Year-over-year comparison of two stored documents, computed in the analysis worker (cancelled on change). */
import { useMemo } from 'react'
import type { YearComparison } from '../../../core/align'
import type { StoredDocument } from '../../db/database'
import { yearOverYearInWorker } from '../../workers/analysis-client'
import type { AnalysedPassage } from '../../workers/analysis-handlers'
import { toAnalysisInput, useWorkerTask, type TaskState } from '../analysis'
import type { CodebookState } from '../codebook'

/** The comparison with both documents' passages by id. */
export interface YearView {
  comparison: YearComparison
  earlier: ReadonlyMap<string, AnalysedPassage>
  later: ReadonlyMap<string, AnalysedPassage>
}

/** Compares `later` with `earlier` (optionally one theme); undefined documents compute nothing. */
export function useYearOverYear(
  earlier: StoredDocument | undefined,
  later: StoredDocument | undefined,
  themeId: string | undefined,
  codebook: CodebookState,
): TaskState<YearView> {
  const inputs = useMemo(
    () => (earlier && later && earlier.id !== later.id ? [toAnalysisInput(earlier), toAnalysisInput(later)] : undefined),
    [earlier, later],
  )
  const key = inputs && codebook.ready ? `${codebook.key}:${themeId ?? '*'}:${inputs.map((d) => `${d.id}@${d.textHash}`).join(',')}` : null
  return useWorkerTask(key, async (options) => {
    const [a, b] = inputs ?? []
    const result = await yearOverYearInWorker(
      { earlier: a, later: b, codebook: codebook.codebook, codebookKey: codebook.key, themeId },
      options,
    )
    return {
      comparison: result.comparison,
      earlier: new Map(result.earlier.passages.map((p) => [p.id, p])),
      later: new Map(result.later.passages.map((p) => [p.id, p])),
    }
  })
}
