/**
 * Theme lanes: for one theme, one column per document (place · year · level) and one row per
 * alignment row, strongest first, shared wording marked; passages that align with nothing gathered
 * at the end as "only here". Members can be confirmed, rejected or linked to a row by hand; the
 * decisions survive recomputation. Computation runs in the analysis worker with progress.
 */
import { useMemo, useRef, useState } from 'react'
import { useI18n } from '../../i18n'
import { AnalysisProgress, useDocuments } from '../analysis'
import { AnnotationPaneToggle, ReaderAnnotationPane, useAnnotationPane } from '../annotations'
import { useCodebook } from '../codebook'
import { useRevealInReader } from '../reader'
import { columnHeading } from './column-heading'
import { DocumentChooser } from './DocumentChooser'
import { focusFirst, laneSections } from './lane-sections'
import { LanesAnnotator } from './LanesAnnotator'
import { LaneRow } from './LaneRow'
import { setLanesFilter, useLanesFilter } from './lanes-filter'
import { LinkDialog } from './LinkDialog'
import { OnlyHere } from './OnlyHere'
import { ThemePicker } from './ThemePicker'
import { useLaneDecisions } from './useLaneDecisions'
import { useShownCount } from './useShownCount'
import { useThemeLanes, type LanePassage } from './useThemeLanes'

/** Narrowest column (CSS px): a Chinese passage stays readable, many documents scroll sideways. */
const MIN_COLUMN_PX = 240
/** Aligned rows drawn at first and added by each "Show more rows" (a large library has hundreds). */
export const ROWS_STEP = 30
/** "Only here" passages drawn per column at first and added by each "Show more". */
export const ONLY_HERE_STEP = 8

export function LanesView() {
  const { t } = useI18n()
  const codebook = useCodebook()
  const filter = useLanesFilter()
  const all = useDocuments(undefined)
  const themeId = filter.themeId && codebook.codebook.themes.some((th) => th.id === filter.themeId) ? filter.themeId : codebook.codebook.themes[0]?.id
  const chosen = useMemo(() => (filter.documentIds ? (all ?? []).filter((d) => filter.documentIds?.includes(d.id)) : all), [all, filter.documentIds])
  const focus = chosen?.find((d) => d.id === filter.focusDocId)
  const columns = useMemo(() => chosen && focusFirst(chosen, focus?.id), [chosen, focus])
  const lanes = useThemeLanes(columns, themeId, codebook)
  const decisions = useLaneDecisions(themeId)
  const jump = useRevealInReader()
  const [linking, setLinking] = useState<LanePassage | null>(null)
  const scroller = useRef<HTMLDivElement>(null)
  const open = (p: LanePassage): void => jump(p.docId, p.start, p.end)
  // One pane state for the switch and the pane: the reader's, remembered in settings.
  const pane = useAnnotationPane(columns?.length ?? 0)

  const rows = lanes.merged.rows
  const { aligned, onlyHere, alignedTotal } = laneSections(rows, focus?.id)
  const listKey = `${themeId}:${(columns ?? []).map((d) => d.id).join(',')}`
  const [rowsShown, moreRows] = useShownCount(listKey, ROWS_STEP)
  const [loneShown, moreLone] = useShownCount(listKey, ONLY_HERE_STEP)
  const grid = { gridTemplateColumns: `repeat(${columns?.length ?? 1}, minmax(${MIN_COLUMN_PX}px, 1fr))` }
  const rowProps = { columns: columns ?? [], grid, marks: lanes.marks, decisions, onLink: setLinking, onOpen: open }

  return (
    <section className="lanes" aria-label={t('nav.lanes')}>
      <div className="toolbar">
        <ThemePicker themes={codebook.codebook.themes} value={themeId} onChange={(id) => setLanesFilter({ ...filter, themeId: id })} />
        {all && <DocumentChooser all={all} chosen={filter.documentIds} onChange={(ids) => setLanesFilter({ ...filter, documentIds: ids })} />}
        <span className="lanes-legend" title={t('lanes.legendHint')}>
          <mark className="lane-shared">{t('lanes.shared')}</mark> <span className="lane-distinct">{t('lanes.distinct')}</span>
        </span>
        <span className="toolbar-spacer" />
        {lanes.status === 'ready' && <span className="hint">{t('lanes.rows', { rows: alignedTotal, docs: columns?.length ?? 0 })}</span>}
        <AnnotationPaneToggle pane={pane} />
      </div>
      {focus && (
        <p className="notice" data-testid="lanes-focus">
          {t('lanes.focus', { document: columnHeading(focus, t), shown: aligned.length, total: alignedTotal })}{' '}
          <button type="button" className="link-button" onClick={() => setLanesFilter({ ...filter, focusDocId: undefined })}>
            {t('lanes.showAll')}
          </button>
        </p>
      )}
      <AnalysisProgress running={lanes.status === 'running'} progress={lanes.progress} />
      {lanes.status === 'failed' && <p className="error">{t('analysis.failed', { reason: lanes.error ?? '' })}</p>}
      {lanes.merged.stale.length > 0 && (
        <p className="notice" data-testid="lanes-stale">
          {t('lanes.stale', { count: lanes.merged.stale.length })}{' '}
          <button type="button" className="link-button" onClick={() => decisions.forget(lanes.merged.stale)}>
            {t('lanes.forgetStale')}
          </button>
        </p>
      )}
      {columns && columns.length < 2 && <p className="empty">{t('lanes.needTwo')}</p>}
      {lanes.status === 'ready' && rows.length === 0 && <p className="empty">{t('lanes.empty')}</p>}
      <div className="lanes-body">
        <div className="lanes-scroll" role="table" aria-label={t('nav.lanes')} ref={scroller}>
          <div className="lanes-grid lane-columns" role="row" style={grid}>
            {(columns ?? []).map((doc) => (
              <div
                key={doc.id}
                role="columnheader"
                className={`lane-column-heading${doc.id === focus?.id ? ' lane-column-focus' : ''}`}
                title={doc.metadata.title || doc.fileName}
              >
                {columnHeading(doc, t)}
              </div>
            ))}
          </div>
          {aligned.slice(0, rowsShown).map((row, i) => (
            <LaneRow key={i} row={row} n={i + 1} {...rowProps} />
          ))}
          {rowsShown < aligned.length && (
            <button type="button" className="show-more" onClick={moreRows}>
              {t('lanes.moreRows', { shown: rowsShown, total: aligned.length })}
            </button>
          )}
          {onlyHere.length > 0 && <OnlyHere passages={onlyHere} perColumn={loneShown} onMore={moreLone} {...rowProps} />}
          <LanesAnnotator root={scroller} docs={columns ?? []} />
        </div>
        <ReaderAnnotationPane documentIds={(columns ?? []).map((d) => d.id)} pane={pane} />
      </div>
      {linking && (
        <LinkDialog
          passage={linking}
          rows={rows}
          onPick={(row) => {
            decisions.link(linking, row)
            setLinking(null)
          }}
          onClose={() => setLinking(null)}
        />
      )}
    </section>
  )
}
