/**
 * Theme lanes: for one theme and the current comparison set, one row per group of aligned passages,
 * grouped under sub-theme headings, each row labelled with the words its passages share and its
 * coverage ("7 of 12 places"); a row holds cells only for documents that have something in it.
 * Rows are virtualised and keyboard-navigable; members can be confirmed, rejected or linked to a row
 * by hand, and the decisions survive recomputation. With more than {@link CHOOSE_SET_ABOVE}
 * documents and no set chosen, the lanes open on the set chooser instead of every document at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useI18n } from '../../i18n'
import { AnalysisProgress, useDocuments } from '../analysis'
import { AnnotationPaneToggle, ReaderAnnotationPane, useAnnotationPane } from '../annotations'
import { useCodebook } from '../codebook'
import { useRevealInReader } from '../reader'
import { SetBar, SetChooser, useComparisonSet, useDocumentLabels } from '../sets'
import { focusFirst, laneSections } from './lane-sections'
import { laneItems } from './lane-items'
import { LanesAnnotator } from './LanesAnnotator'
import { LanesList } from './LanesList'
import { LaneDocuments } from './LaneDocuments'
import { setLanesFilter, useLanesFilter } from './lanes-filter'
import { LinkDialog } from './LinkDialog'
import { subthemeLabel, subthemeOrder } from './subtheme-label'
import { ThemePicker } from './ThemePicker'
import { useLaneDecisions } from './useLaneDecisions'
import { useThemeLanes, type LanePassage } from './useThemeLanes'

/** A library larger than this opens the lanes on the set chooser (59 columns read as noise). */
export const CHOOSE_SET_ABOVE = 8
const NO_IDS: readonly string[] = []

export function LanesView() {
  const { t, locale } = useI18n()
  const codebook = useCodebook()
  const filter = useLanesFilter()
  const sets = useComparisonSet()
  const labelOf = useDocumentLabels()
  const theme = codebook.codebook.themes.find((th) => th.id === filter.themeId) ?? codebook.codebook.themes[0]
  const themeId = theme?.id
  const mustChoose = sets.ready && !sets.set && sets.library.length > CHOOSE_SET_ABOVE
  const focus = sets.docs.find((d) => d.id === filter.focusDocId)
  const columnIds = useMemo(
    () => (sets.ready && !mustChoose ? focusFirst(sets.docs, focus?.id).map((d) => d.id) : undefined),
    [sets, mustChoose, focus],
  )
  // The set comes without texts; the lanes show passages, so their documents are read whole.
  const loadedColumns = useDocuments(columnIds ?? NO_IDS)
  const columns = columnIds ? loadedColumns : undefined
  const lanes = useThemeLanes(columns, themeId, codebook)
  const decisions = useLaneDecisions(themeId)
  const jump = useRevealInReader()
  const [linking, setLinking] = useState<LanePassage | null>(null)
  const scroller = useRef<HTMLDivElement>(null)
  // Where focus returns once the link dialog is gone: the "Link to row…" button (cancelled) or its
  // row (linked: the passage leaves that cell), without scrolling the lanes.
  const linkReturn = useRef<{ button: HTMLElement | null; target: 'button' | 'row' } | null>(null)
  const startLink = useCallback((p: LanePassage): void => {
    linkReturn.current = { button: document.activeElement instanceof HTMLElement ? document.activeElement : null, target: 'button' }
    setLinking(p)
  }, [])
  useEffect(() => {
    const back = linkReturn.current
    if (linking || !back) return
    linkReturn.current = null
    const to = back.target === 'row' ? back.button?.closest<HTMLElement>('[role="row"]') : back.button
    if (to?.isConnected) to.focus({ preventScroll: true })
  }, [linking])
  const open = useCallback((p: LanePassage): void => jump(p.docId, p.start, p.end), [jump])
  const pane = useAnnotationPane(columns?.length ?? 0)

  const rows = lanes.merged.rows
  const { aligned, onlyHere, alignedTotal } = useMemo(() => laneSections(rows, focus?.id), [rows, focus?.id])
  const order = useMemo(() => subthemeOrder(theme), [theme])
  const headingOf = useCallback((id: string | undefined) => subthemeLabel(theme, id, locale, t('lanes.noSubtheme')), [theme, locale, t])
  const items = useMemo(() => laneItems(aligned, onlyHere, columns ?? [], order), [aligned, onlyHere, columns, order])
  const listKey = `${themeId}:${(columns ?? []).map((d) => d.id).join(',')}:${focus?.id ?? ''}`

  return (
    <section className="lanes" aria-label={t('nav.lanes')}>
      <div className="toolbar">
        <ThemePicker themes={codebook.codebook.themes} value={themeId} onChange={(id) => setLanesFilter({ ...filter, themeId: id })} />
        <SetBar sets={sets} labelOf={labelOf} />
        <span className="lanes-legend" title={t('lanes.legendHint')}>
          <mark className="lane-shared">{t('lanes.shared')}</mark> <span className="lane-distinct">{t('lanes.distinct')}</span>
        </span>
        <span className="toolbar-spacer" />
        {lanes.status === 'ready' && <span className="hint">{t('lanes.rows', { rows: alignedTotal, docs: columns?.length ?? 0 })}</span>}
        <span className="hint">{t('lanes.keyboardHint')}</span>
        <AnnotationPaneToggle pane={pane} />
      </div>
      {mustChoose && (
        <div className="lanes-choose">
          <p className="notice">{t('sets.chooseFirst', { count: sets.library.length })}</p>
          <SetChooser library={sets.library} saved={sets.saved} current={undefined} labelOf={labelOf} />
        </div>
      )}
      {focus && (
        <p className="notice" data-testid="lanes-focus">
          {t('lanes.focus', { document: labelOf(focus.id).label, shown: aligned.length, total: alignedTotal })}{' '}
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
      {columns && (
        <div className="lanes-body">
          <div className="lanes-scroll" role="table" aria-label={t('nav.lanes')} ref={scroller}>
            <LaneDocuments
              columns={columns}
              rows={rows}
              labelOf={labelOf}
              focusId={focus?.id}
              onFocus={(id) => setLanesFilter({ ...filter, focusDocId: id })}
            />
            <LanesList
              key={listKey}
              items={items}
              columns={columns}
              scroller={scroller}
              labelOf={labelOf}
              subthemeLabel={headingOf}
              decisions={decisions}
              onLink={startLink}
              onOpen={open}
            />
            <LanesAnnotator root={scroller} docs={columns} />
          </div>
          <ReaderAnnotationPane documentIds={columns.map((d) => d.id)} pane={pane} />
        </div>
      )}
      {linking && (
        <LinkDialog
          passage={linking}
          rows={rows}
          onPick={(row) => {
            decisions.link(linking, row)
            if (linkReturn.current) linkReturn.current.target = 'row'
            setLinking(null)
          }}
          onClose={() => setLinking(null)}
        />
      )}
    </section>
  )
}
