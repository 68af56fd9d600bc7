/**
 * The lanes' decision actions: confirm or reject a suggested member, link a passage to a row by
 * hand, undo a decision, forget stale ones. Each is one database write with an Undo toast.
 */
import { useMemo } from 'react'
import type { AlignmentDecision, MergedRow } from '../../../core/align'
import { deleteDecision, restoreDecision, saveDecision } from '../../db/decisions'
import { useI18n } from '../../i18n'
import { useToast } from '../../ui/Toast'
import { toPassageKey, type LanePassage } from './useThemeLanes'
import { messageOf } from '../../../core/result'

export interface LaneDecisions {
  confirm(row: MergedRow<LanePassage>, passage: LanePassage): void
  reject(row: MergedRow<LanePassage>, passage: LanePassage): void
  link(passage: LanePassage, target: MergedRow<LanePassage>): void
  undo(decisionId: string): void
  forget(decisions: readonly AlignmentDecision[]): void
}

const othersOf = (row: MergedRow<LanePassage>, passage: LanePassage) =>
  row.members.filter((m) => m.passage !== passage).map((m) => toPassageKey(m.passage))

export function useLaneDecisions(themeId: string | undefined): LaneDecisions {
  const { t } = useI18n()
  const toast = useToast()
  return useMemo(() => {
    const report = (error: unknown): void => toast.show({ message: messageOf(error) })
    const decide = (kind: AlignmentDecision['kind'], passage: LanePassage, others: ReturnType<typeof othersOf>, label: string): void => {
      if (!themeId) return
      saveDecision({ themeId, kind, passage: toPassageKey(passage), others })
        .then(({ saved, replaced }) =>
          toast.show({
            message: label,
            actionLabel: t('common.undo'),
            onAction: () => void (replaced ? restoreDecision(replaced) : deleteDecision(saved.id).then(() => undefined)).catch(report),
          }),
        )
        .catch(report)
    }
    return {
      confirm: (row, passage) => decide('confirm', passage, othersOf(row, passage), t('lanes.confirmed')),
      reject: (row, passage) => decide('reject', passage, othersOf(row, passage), t('lanes.rejected')),
      link: (passage, target) => decide('link', passage, othersOf(target, passage), t('lanes.linked')),
      undo: (decisionId) => {
        deleteDecision(decisionId)
          .then((removed) => {
            if (removed)
              toast.show({
                message: t('lanes.undoDecision'),
                actionLabel: t('common.undo'),
                onAction: () => void restoreDecision(removed).catch(report),
              })
          })
          .catch(report)
      },
      forget: (decisions) => {
        Promise.all(decisions.map((d) => deleteDecision(d.id))).catch(report)
      },
    }
  }, [themeId, t, toast])
}
