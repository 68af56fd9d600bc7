/** "Link to row…": picks the row a passage belongs to, among the aligned rows other than its own. */
import type { MergedRow } from '../../../core/align'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'
import type { LanePassage } from './useThemeLanes'

/** Characters of a row's first passage shown to recognise it. */
const PREVIEW_CHARS = 48

interface LinkDialogProps {
  passage: LanePassage
  rows: readonly MergedRow<LanePassage>[]
  onPick(row: MergedRow<LanePassage>): void
  onClose(): void
}

export function LinkDialog({ passage, rows, onPick, onClose }: LinkDialogProps) {
  const { t } = useI18n()
  const choices = rows
    .map((row, i) => ({ row, n: i + 1 }))
    .filter(({ row }) => row.members.length > 1 && !row.members.some((m) => m.passage === passage))
  return (
    <Dialog open wide title={t('lanes.linkChoose')} onClose={onClose} testId="link-dialog" dismiss="cancel">
      <blockquote className="link-passage" lang="zh-CN">
        {passage.text.slice(0, PREVIEW_CHARS * 2)}
      </blockquote>
      <ul className="link-rows">
        {choices.map(({ row, n }) => (
          <li key={n}>
            <button type="button" className="link-row" onClick={() => onPick(row)}>
              {t('lanes.linkRow', { n, preview: row.members[0].passage.text.slice(0, PREVIEW_CHARS) })}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
