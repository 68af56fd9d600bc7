/**
 * The data of the theme lanes: one theme's alignment rows across the set's documents (worker), each
 * with its label words and sub-theme, merged with the user's stored decisions (core mergeDecisions,
 * re-applied after every recomputation). Shared wording is computed only for the rows on screen
 * (useRowWording). Progress and cancellation come from useWorkerTask: changing the theme or
 * documents cancels the running work.
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { hashText } from '../../../core/anchoring'
import { mergeDecisions, type MergeResult, type PassageKey, type SuggestedRow } from '../../../core/align'
import type { StoredDocument } from '../../db/database'
import { listDecisions } from '../../db/decisions'
import { themeRowsInWorker } from '../../workers/analysis-client'
import type { ThemeRows } from '../../workers/analysis-handlers'
import type { RpcProgress } from '../../workers/rpc'
import { toAnalysisInput, useWorkerTask } from '../analysis'
import type { CodebookState } from '../codebook'

/** A passage in the lanes: its key (for decisions), passage id and text, and what its suggested row was labelled. */
export interface LanePassage extends PassageKey {
  passageId: string
  text: string
  /** The label words of the row the engine suggested it in (a merged row shows its first member's). */
  rowLabel: readonly string[]
  /** The sub-theme of that row ("<theme>.<sub>"), when the codebook has sub-themes. */
  subtheme?: string
}

/** Spans (offsets into the passage text) a passage shares with at least one other member of its row. */
export type SharedMarks = ReadonlyMap<string, readonly { start: number; end: number }[]>

/** Everything the lanes view draws. */
export interface ThemeLanes {
  status: 'idle' | 'running' | 'ready' | 'failed'
  progress?: RpcProgress
  error?: string
  merged: MergeResult<LanePassage>
}

/** The map key of a passage (document and offsets). */
export function passageMapKey(p: PassageKey): string {
  return `${p.docId}:${p.start}:${p.end}`
}

/** A passage's key only, as decisions store it. */
export function toPassageKey(p: PassageKey): PassageKey {
  return { docId: p.docId, start: p.start, end: p.end, quoteHash: p.quoteHash }
}

/** Worker rows → suggested rows of lane passages (rows of documents no longer loaded are skipped). */
export function toSuggestedRows(value: ThemeRows | undefined, docs: readonly StoredDocument[]): SuggestedRow<LanePassage>[] {
  if (!value) return []
  const byId = new Map(docs.map((d) => [d.id, d]))
  return value.rows.flatMap((row) => {
    const members = row.members.flatMap((m) => {
      const doc = byId.get(m.docId)
      if (!doc) return []
      const text = doc.text.slice(m.start, m.end)
      return [
        {
          docId: m.docId,
          start: m.start,
          end: m.end,
          quoteHash: hashText(text),
          passageId: m.passageId,
          text,
          rowLabel: row.label,
          subtheme: row.subtheme,
        },
      ]
    })
    return members.length > 0 ? [{ members, score: row.score }] : []
  })
}

const EMPTY_MERGE: MergeResult<LanePassage> = { rows: [], stale: [] }

/** The lanes of `themeId` across `docs` (in column order) with `codebook`. */
export function useThemeLanes(
  docs: readonly StoredDocument[] | undefined,
  themeId: string | undefined,
  codebook: CodebookState,
): ThemeLanes {
  const inputs = useMemo(() => docs?.map(toAnalysisInput), [docs])
  const key =
    inputs && themeId && codebook.ready ? `${codebook.key}:${themeId}:${inputs.map((d) => `${d.id}@${d.textHash}`).join(',')}` : null
  const rowsTask = useWorkerTask(key, (options) =>
    themeRowsInWorker({ docs: inputs ?? [], codebook: codebook.codebook, codebookKey: codebook.key, themeId: themeId ?? '' }, options),
  )
  const decisions = useLiveQuery(() => (themeId ? listDecisions(themeId) : []), [themeId])
  // Only rows of this theme and these documents: another theme's rows under this one's name mislead,
  // and drawing them again on every change of theme kept the window busy for nothing.
  const value = rowsTask.valueKey === key ? rowsTask.value : undefined
  const suggested = useMemo(() => toSuggestedRows(value, docs ?? []), [value, docs])
  const merged = useMemo(() => (decisions ? mergeDecisions(suggested, decisions) : EMPTY_MERGE), [suggested, decisions])

  return { status: rowsTask.status, progress: rowsTask.progress, error: rowsTask.error, merged }
}
