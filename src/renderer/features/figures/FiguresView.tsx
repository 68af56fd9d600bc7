/**
 * The figures table: every quantified target or result (number, unit, what it measures) in every
 * document, with the theme of its passage; filter by theme, open a figure's passage in the reader,
 * export the table as CSV. Analysis and extraction run in workers (progress shown).
 */
import { useMemo, useState } from 'react'
import { useI18n } from '../../i18n'
import { optionsOf, Select } from '../../ui/Select'
import { ProgressBar } from '../../ui/ProgressBar'
import { ShowMoreButton, useShownRows } from '../../ui/ShowMore'
import { AnalysisProgress, useCorpusAnalysis } from '../analysis'
import { themeLabel, themeOptions } from '../codebook'
import { useJumpToReader } from '../docmap'
import { SetBar, useSetScope } from '../sets'
import { useSaveText } from '../matrix'
import { FIGURE_ORDERS, filterByTheme, formatValue, orderRows, toFiguresCsv, type FigureOrder } from './figure-rows'
import { useFigures } from './useFigures'
import './figures.css'

/** Rows rendered at first and added by each "Show more". */
const ROWS_STEP = 400
const NO_IDS: readonly string[] = []

export function FiguresView() {
  const { t, locale } = useI18n()
  const { sets, ids, labelOf: labelsOf } = useSetScope()
  const analysis = useCorpusAnalysis(ids ?? NO_IDS)
  const figures = useFigures(analysis)
  const jump = useJumpToReader()
  const save = useSaveText()
  const [themeId, setThemeId] = useState('')
  const [order, setOrder] = useState<FigureOrder>('document')
  const themes = analysis.codebook.codebook.themes
  const rows = useMemo(
    () =>
      orderRows(
        filterByTheme(figures.value ?? [], themeId),
        order,
        themes.map((th) => th.id),
      ),
    [figures.value, themeId, order, themes],
  )
  const { shownRows, showMore } = useShownRows(rows, ROWS_STEP)
  const labelOf = (docId: string): string => labelsOf(docId).label
  const themeLabelOf = (id: string): string => {
    const theme = themes.find((th) => th.id === id)
    return theme ? themeLabel(theme, locale) : t('views.noTheme')
  }
  const exportCsv = (): void => {
    const headers = {
      document: t('figures.column.document'),
      theme: t('figures.column.theme'),
      measure: t('figures.column.measure'),
      figure: t('figures.column.figure'),
      value: t('figures.column.value'),
      unit: t('figures.column.unit'),
    }
    save(`${t('figures.fileName')}.csv`, toFiguresCsv(rows, headers, labelOf, themeLabelOf), 'csv')
  }

  return (
    <section className="figures" aria-label={t('nav.figures')}>
      <div className="toolbar">
        <SetBar sets={sets} labelOf={labelsOf} />
        <label>
          {t('figures.theme')}{' '}
          <Select value={themeId} emptyLabel={t('figures.allThemes')} options={themeOptions(themes, locale)} onChange={setThemeId} />
        </label>
        <label>
          {t('figures.order')}{' '}
          <Select value={order} options={optionsOf(FIGURE_ORDERS, (o) => t(`figures.order.${o}`))} onChange={setOrder} />
        </label>
        <span data-testid="figures-count">{t('figures.count', { count: rows.length })}</span>
        <span className="toolbar-spacer" />
        <button type="button" disabled={rows.length === 0} onClick={exportCsv}>
          {t('views.exportCsv')}
        </button>
      </div>
      <AnalysisProgress running={analysis.status === 'running'} progress={analysis.progress} />
      {figures.status === 'running' && <ProgressBar label={t('figures.extracting', { count: analysis.documents.length })} />}
      {sets.ready && analysis.loaded?.length === 0 && <p className="empty">{t('views.noDocuments')}</p>}
      {figures.status === 'ready' && rows.length === 0 && <p className="empty">{t('figures.none')}</p>}
      {rows.length > 0 && (
        <table className="figures-table" data-testid="figures-table">
          <thead>
            <tr>
              <th>{t('figures.column.document')}</th>
              <th>{t('figures.column.theme')}</th>
              <th>{t('figures.column.measure')}</th>
              <th>{t('figures.column.figure')}</th>
              <th className="number">{t('figures.column.value')}</th>
              <th>{t('figures.column.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map((r) => (
              <tr key={`${r.docId}:${r.figure.start}`} data-testid="figure-row">
                <td title={labelsOf(r.docId).title}>{labelOf(r.docId)}</td>
                <td>{themeLabelOf(r.themeId)}</td>
                <td>{r.figure.measure}</td>
                <td>
                  <button
                    type="button"
                    className="link-button figure-link"
                    title={t('views.open')}
                    onClick={() => jump(r.docId, r.figure.start, r.figure.end)}
                  >
                    {r.figure.text}
                  </button>
                </td>
                <td className="number">{formatValue(r.figure)}</td>
                <td>{r.figure.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMoreButton onClick={showMore} />
    </section>
  )
}
