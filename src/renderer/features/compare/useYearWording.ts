/**
 * The wording a later passage shares with the earlier passage it continues or changes, computed in
 * the analysis worker like the lanes' shared wording, so year over year shows what was kept and what
 * is new inside a changed passage (pairing and marks in year-wording.ts).
 */
import { useMemo } from 'react'
import { hashText } from '../../../core/anchoring'
import type { StoredDocument } from '../../db/database'
import { wordingInWorker } from '../../workers/analysis-client'
import { useWorkerTask } from '../analysis'
import type { YearView } from './useYearOverYear'
import { toYearMarks, yearPairs, type YearMarks } from './year-wording'

/** Marks of every matched passage; undefined until the worker has compared them. */
export function useYearWording(
  view: YearView | undefined,
  earlier: StoredDocument | undefined,
  later: StoredDocument | undefined,
): YearMarks | undefined {
  const pairs = useMemo(() => (view && earlier && later ? yearPairs(view, earlier.text, later.text) : []), [view, earlier, later])
  // Hashing every pair's texts (two reports' worth) is done when the pairs change, not on every render.
  const key = useMemo(
    () => (pairs.length > 0 ? hashText(pairs.map((p) => `${p.later}>${p.earlier}:${p.texts.join('|')}`).join('\n')) : null),
    [pairs],
  )
  const task = useWorkerTask(key, (options) =>
    wordingInWorker(
      pairs.map((p) => p.texts),
      options,
    ),
  )
  return useMemo(
    () => (task.valueKey === key && task.value ? toYearMarks(pairs, task.value) : undefined),
    [task.value, task.valueKey, key, pairs],
  )
}
