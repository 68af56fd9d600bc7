/**
 * A reader column's line under its header while syncing by topic: the source column says so; the
 * others name the score of the passage they were brought to, or say that nothing clears the
 * threshold and they stay put. The passage itself is marked in the text (sync-highlight.ts).
 */
import type { SyncTarget } from '../../../core/compare'
import { useI18n } from '../../i18n'

/** Decimal places of a score shown. */
const SCORE_DIGITS = 2

interface TopicBadgeProps {
  /** This column is where the user is. */
  source?: { start: number; end: number }
  target?: SyncTarget
  threshold: number
}

export function TopicBadge({ source, target, threshold }: TopicBadgeProps) {
  const { t } = useI18n()
  if (source) {
    return (
      <p className="topic-badge topic-source" data-testid="sync-badge" data-kind="source" data-start={source.start} data-end={source.end}>
        ⇄ {t('reader.topic.source')}
      </p>
    )
  }
  if (!target) return null
  if (target.kind === 'passage') {
    return (
      <p
        className="topic-badge topic-aligned"
        data-testid="sync-badge"
        data-kind="passage"
        data-start={target.start}
        data-end={target.end}
        data-score={target.score}
        title={t('reader.topic.alignedHint')}
      >
        ⇄ {t('reader.topic.aligned', { score: target.score.toFixed(SCORE_DIGITS) })}
      </p>
    )
  }
  return (
    <p className="topic-badge topic-none" data-testid="sync-badge" data-kind="none" role="status">
      ⇄{' '}
      {target.best === undefined
        ? t('reader.topic.noneAtAll')
        : t('reader.topic.none', { threshold: threshold.toFixed(SCORE_DIGITS), best: target.best.toFixed(SCORE_DIGITS) })}
    </p>
  )
}
