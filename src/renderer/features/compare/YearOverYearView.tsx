/**
 * Year over year: two reports of the same place. Each passage of the later one is marked continued,
 * changed or new (with the earlier passage it aligns with), then the earlier passages that were
 * dropped. Defaults to a pair of the same place from different years. Computed in the worker.
 */
import { useState } from 'react'
import type { YearStatus } from '../../../core/align'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { AnalysisProgress, useDocuments } from '../analysis'
import { useCodebook } from '../codebook'
import { useRevealInReader } from '../reader'
import { byLabel, useDocumentLabels } from '../sets'
import { ThemePicker } from './ThemePicker'
import { suggestYearPair } from './year-pair'
import { YearPassageList } from './YearPassageList'
import { useYearOverYear } from './useYearOverYear'
import { useYearWording } from './useYearWording'

const STATUSES: readonly YearStatus[] = ['continued', 'changed', 'new']

function DocSelect({
  label,
  docs,
  value,
  onChange,
}: {
  label: string
  docs: readonly StoredDocument[]
  value: string
  onChange(id: string): void
}) {
  const { t } = useI18n()
  const labelOf = useDocumentLabels()
  const inLabelOrder = byLabel(labelOf)
  return (
    <label className="yoy-picker">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        <option value="">{t('yoy.choose')}</option>
        {[...docs]
          .sort((a, b) => inLabelOrder(a.id, b.id))
          .map((d) => (
            <option key={d.id} value={d.id} title={labelOf(d.id).title}>
              {labelOf(d.id).label}
            </option>
          ))}
      </select>
    </label>
  )
}

export function YearOverYearView() {
  const { t } = useI18n()
  const labelOf = useDocumentLabels()
  const codebook = useCodebook()
  const docs = useDocuments(undefined) ?? []
  const [chosen, setChosen] = useState<{ earlier?: string; later?: string }>({})
  const [themeId, setThemeId] = useState<string | undefined>(undefined)
  const [show, setShow] = useState<YearStatus | 'dropped' | ''>('')
  const suggestion = suggestYearPair(docs)
  const earlierId = chosen.earlier ?? suggestion?.[0] ?? ''
  const laterId = chosen.later ?? suggestion?.[1] ?? ''
  const earlier = docs.find((d) => d.id === earlierId)
  const later = docs.find((d) => d.id === laterId)
  const task = useYearOverYear(earlier, later, themeId, codebook)
  const jump = useRevealInReader()
  const view = task.value
  const marks = useYearWording(view, earlier, later)
  const counts = Object.fromEntries(STATUSES.map((s) => [s, view?.comparison.later.filter((p) => p.status === s).length ?? 0]))

  return (
    <section className="yoy" aria-label={t('nav.yearOverYear')}>
      <div className="toolbar">
        <DocSelect label={t('yoy.earlier')} docs={docs} value={earlierId} onChange={(id) => setChosen({ earlier: id, later: laterId })} />
        <DocSelect label={t('yoy.later')} docs={docs} value={laterId} onChange={(id) => setChosen({ earlier: earlierId, later: id })} />
        <ThemePicker themes={codebook.codebook.themes} value={themeId} onChange={setThemeId} anyLabel="yoy.allThemes" />
        <label className="yoy-picker">
          <span>{t('yoy.filter')}</span>
          <select value={show} onChange={(e) => setShow(e.target.value as YearStatus | 'dropped' | '')}>
            <option value="">{t('yoy.filterAll')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`yoy.status.${s}`)}
              </option>
            ))}
            <option value="dropped">{t('yoy.dropped', { title: earlier ? labelOf(earlier.id).label : '' })}</option>
          </select>
        </label>
        {suggestion && !chosen.earlier && !chosen.later && <span className="hint">{t('yoy.suggestion')}</span>}
      </div>
      <AnalysisProgress running={task.status === 'running'} progress={task.progress} />
      {task.status === 'failed' && <p className="error">{t('analysis.failed', { reason: task.error ?? '' })}</p>}
      {(!earlier || !later || earlier.id === later.id) && <p className="empty">{t('yoy.needTwo')}</p>}
      {view && earlier && later && earlier.id !== later.id && (
        <div className="yoy-scroll">
          <p className="hint" data-testid="yoy-summary">
            {t('yoy.summary', {
              continued: counts.continued,
              changed: counts.changed,
              new: counts.new,
              dropped: view.comparison.dropped.length,
            })}
          </p>
          <YearPassageList view={view} earlier={earlier} later={later} show={show} marks={marks} onOpen={jump} />
        </div>
      )}
    </section>
  )
}
