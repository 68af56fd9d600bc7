/**
 * "Sync by topic" for the reader: the open documents aligned passage by passage in the analysis
 * worker (the lanes' engine and scores), and, when the user scrolls to or clicks a passage in one
 * column, where each other column goes — its best-aligned passage when the score clears the
 * engine's "no counterpart" threshold, else nowhere (core chooseSyncTarget).
 */
import { useCallback, useMemo, useRef, useState } from 'react'
import { chooseSyncTarget, passageAt, type SyncPassage, type SyncTarget } from '../../../core/compare'
import type { StoredDocument } from '../../db/database'
import { topicMatchesInWorker } from '../../workers/analysis-client'
import type { RpcProgress } from '../../workers/rpc'
import { toAnalysisInput, useWorkerTask } from '../analysis'
import { useCodebook } from '../codebook'

/** One move: the passage a column is at and where every other column goes. */
export interface TopicMove {
  /** Grows with every move, so a column can tell a new move from a re-render. */
  seq: number
  from: string
  passage: SyncPassage
  targets: Record<string, SyncTarget>
}

/** What the reader and its columns get. */
export interface TopicSync {
  status: 'idle' | 'running' | 'ready' | 'failed'
  progress?: RpcProgress
  threshold?: number
  move?: TopicMove
  /** A column's top offset changed (`byUser`: the user scrolled it) or the user clicked at `offset`. */
  moved(docId: string, offset: number, byUser: boolean): void
}

/** Sync by topic among `docs` (the reader's columns); idle when undefined or fewer than two. */
export function useTopicSync(docs: readonly StoredDocument[] | undefined): TopicSync {
  const codebook = useCodebook()
  const inputs = useMemo(() => (docs && docs.length > 1 ? docs.map(toAnalysisInput) : undefined), [docs])
  const key = inputs && codebook.ready ? `topic:${codebook.key}:${inputs.map((d) => `${d.id}@${d.textHash}`).join(',')}` : null
  const task = useWorkerTask(key, (options) =>
    topicMatchesInWorker({ docs: inputs ?? [], codebook: codebook.codebook, codebookKey: codebook.key }, options),
  )
  const [move, setMove] = useState<TopicMove>()
  // Where each column is (top offset), for the tie rule; and the last source, so one passage moves once.
  const positions = useRef(new Map<string, number>())
  const last = useRef<{ from: string; passageId: string; seq: number }>({ from: '', passageId: '', seq: 0 })
  const data = task.value

  const moved = useCallback(
    (docId: string, offset: number, byUser: boolean) => {
      positions.current.set(docId, offset)
      const source = data?.docs.find((d) => d.id === docId)
      if (!byUser || !data || !source) return
      const passage = passageAt(source.passages, offset)
      if (!passage || (last.current.from === docId && last.current.passageId === passage.id)) return
      const targets: Record<string, SyncTarget> = {}
      for (const other of data.docs) {
        if (other.id !== docId)
          targets[other.id] = chooseSyncTarget(
            source.matches[passage.id]?.[other.id] ?? [],
            data.threshold,
            positions.current.get(other.id) ?? 0,
          )
      }
      const seq = last.current.seq + 1
      last.current = { from: docId, passageId: passage.id, seq }
      setMove({ seq, from: docId, passage, targets })
    },
    [data],
  )

  return {
    status: key === null ? 'idle' : task.status,
    progress: task.progress,
    threshold: data?.threshold,
    move: data ? move : undefined,
    moved,
  }
}
