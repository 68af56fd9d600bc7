/** The analysis worker's progress as a ProgressBar, labelled by stage (classifying, aligning, wording). */
import type { RpcProgress } from '../../workers/rpc'
import { useI18n, type MessageKey } from '../../i18n'
import { ProgressBar } from '../../ui/ProgressBar'

const STAGE_LABELS: Record<string, MessageKey> = {
  classify: 'analysis.classifying',
  align: 'analysis.aligning',
  wording: 'analysis.wording',
}

/** Shows nothing unless `running`. */
export function AnalysisProgress({ running, progress }: { running: boolean; progress?: RpcProgress }) {
  const { t } = useI18n()
  if (!running) return null
  const label = t(STAGE_LABELS[progress?.label ?? 'classify'] ?? 'analysis.classifying', {
    done: progress?.done ?? 0,
    total: progress?.total ?? 0,
  })
  return (
    <div data-testid="analysis-progress">
      <ProgressBar label={label} done={progress?.done} total={progress?.total} />
    </div>
  )
}
