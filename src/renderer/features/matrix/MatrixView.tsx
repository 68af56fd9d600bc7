/**
 * The theme × document matrix (like a QDA tool's code matrix browser): each cell is the theme's share
 * of the document or the number of annotations with the theme, as a heatmap; columns grouped by
 * level or year; a click opens the theme lanes for that theme with the document in focus (its column
 * first, the rows it takes part in); export as CSV or SVG.
 */
import { useState } from 'react'
import {
  formatShare,
  scaleMax,
  toMatrixCsv,
  toMatrixSvg,
  type ColumnGroup,
  type MatrixGrouping,
  type MatrixMode,
} from '../../../core/matrix'
import { useI18n, type MessageKey } from '../../i18n'
import { AnalysisProgress } from '../analysis'
import { openLanes } from '../compare'
import { SetBar, useSetScope } from '../sets'
import { MatrixTable } from './MatrixTable'
import { useSaveText } from './useSaveText'
import { useThemeMatrix } from './useThemeMatrix'
import './matrix.css'

const MODES: MatrixMode[] = ['share', 'count']
const GROUPINGS: MatrixGrouping[] = ['none', 'level', 'year']
const NO_IDS: readonly string[] = []

export function MatrixView() {
  const { t } = useI18n()
  const [mode, setMode] = useState<MatrixMode>('share')
  const [grouping, setGrouping] = useState<MatrixGrouping>('none')
  const { sets, ids, labelOf } = useSetScope()
  const { analysis, matrix, groups } = useThemeMatrix(grouping, ids ?? NO_IDS, labelOf)
  const save = useSaveText()
  const groupLabel = (g: ColumnGroup): string => {
    if (grouping === 'level') return t(`level.${g.value || 'unknown'}` as MessageKey)
    return g.value || t('views.unknownYear')
  }
  const groupLabels = (): string[] | undefined =>
    grouping === 'none' ? undefined : groups.flatMap((g) => g.columns.map(() => groupLabel(g)))

  return (
    <section className="matrix" aria-label={t('nav.matrix')}>
      <div className="toolbar">
        <h2 className="view-title">{t('matrix.title')}</h2>
        <SetBar sets={sets} labelOf={labelOf} />
        <div role="group" aria-label={t('matrix.mode')} className="matrix-mode">
          {MODES.map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {t(`matrix.mode.${m}`)}
            </button>
          ))}
        </div>
        <label>
          {t('matrix.group')}{' '}
          <select value={grouping} onChange={(e) => setGrouping(e.target.value as MatrixGrouping)}>
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`matrix.group.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar-spacer" />
        <button
          type="button"
          disabled={!matrix}
          onClick={() =>
            matrix &&
            save(
              `${t('matrix.fileName')}.csv`,
              toMatrixCsv(matrix, { mode, themeHeader: t('matrix.theme'), groupLabels: groupLabels() }),
              'csv',
            )
          }
        >
          {t('views.exportCsv')}
        </button>
        <button
          type="button"
          disabled={!matrix}
          onClick={() => matrix && save(`${t('matrix.fileName')}.svg`, toMatrixSvg(matrix, { mode, title: t('matrix.title') }), 'svg')}
        >
          {t('views.exportSvg')}
        </button>
      </div>
      {matrix && (
        <p className="hint matrix-hint">
          {/* The table draws only the columns on screen: this says how many there are. */}
          <span data-testid="matrix-count">
            {analysis.status === 'running' && analysis.loaded && matrix.documents.length < analysis.loaded.length
              ? t('matrix.countSoFar', { count: matrix.documents.length, total: analysis.loaded.length })
              : t('matrix.count', { count: matrix.documents.length })}
          </span>
          {' · '}
          {mode === 'share'
            ? t('matrix.hint.share', { max: formatShare(scaleMax(matrix, mode)) })
            : t('matrix.hint.count', { max: scaleMax(matrix, mode) })}
        </p>
      )}
      <AnalysisProgress running={analysis.status === 'running'} progress={analysis.progress} />
      {analysis.status === 'failed' && <p className="error">{t('views.analysisFailed', { reason: analysis.error ?? '' })}</p>}
      {sets.ready && analysis.loaded?.length === 0 && <p className="empty">{t('views.noDocuments')}</p>}
      {matrix && (
        <MatrixTable
          matrix={matrix}
          groups={groups}
          mode={mode}
          groupLabel={groupLabel}
          onCell={(cell) => openLanes({ themeId: cell.themeId, focusDocId: cell.docId })}
        />
      )}
    </section>
  )
}
