/**
 * The document map: one strip per document, one segment per passage (width ∝ its length) coloured by
 * its main theme, with a legend. Hover shows the theme and first words; a click opens the passage in
 * the reader. Classification comes from the analysis worker (progress shown while it runs).
 */
import { useMemo, useState } from 'react'
import { AnalysisProgress, useCorpusAnalysis } from '../analysis'
import { themeLabel } from '../codebook'
import { useI18n } from '../../i18n'
import { SetBar, useSetScope } from '../sets'
import { mapSegments, usedThemes, type MapSegment } from './docmap-segments'
import { DocMapStrip } from './DocMapStrip'
import { useJumpToReader } from './useJumpToReader'
import './docmap.css'

/** Colour of passages without a theme. */
const NO_THEME_COLOR = '#e3e6ea'
const NO_IDS: readonly string[] = []

export function DocMapView() {
  const { t, locale } = useI18n()
  const { sets, ids, labelOf } = useSetScope()
  const analysis = useCorpusAnalysis(ids ?? NO_IDS)
  const jump = useJumpToReader()
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  const themes = analysis.codebook.codebook.themes
  const byId = useMemo(() => new Map(themes.map((th) => [th.id, th])), [themes])
  const strips = useMemo(
    () => analysis.documents.map(({ doc, analysed }) => ({ doc, segments: mapSegments(doc.text, analysed.passages) })),
    [analysis.documents],
  )
  const legend = usedThemes(
    themes.map((th) => th.id),
    strips.map((s) => s.segments),
  )
  const label = (id: string): string => {
    const theme = byId.get(id)
    return theme ? themeLabel(theme, locale) : t('views.noTheme')
  }
  const colorOf = (id: string): string => (id ? (byId.get(id)?.color ?? NO_THEME_COLOR) : NO_THEME_COLOR)
  const segmentLabel = (s: MapSegment): string => t('docmap.segment', { theme: label(s.themeId), words: s.words })

  return (
    <section className="docmap" aria-label={t('nav.docmap')} ref={setScroller}>
      <div className="toolbar">
        <h2 className="view-title">{t('docmap.title')}</h2>
        <SetBar sets={sets} labelOf={labelOf} />
      </div>
      <AnalysisProgress running={analysis.status === 'running'} progress={analysis.progress} />
      {analysis.status === 'failed' && <p className="error">{t('views.analysisFailed', { reason: analysis.error ?? '' })}</p>}
      {sets.ready && analysis.loaded?.length === 0 && <p className="empty">{t('views.noDocuments')}</p>}
      <ul className="docmap-legend" aria-label={t('docmap.legend')}>
        {legend.map((id) => (
          <li key={id}>
            <span className="swatch" style={{ background: byId.get(id)?.color }} />
            {label(id)}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: NO_THEME_COLOR }} />
          {t('views.noTheme')}
        </li>
      </ul>
      <div className="docmap-strips">
        {strips.map(({ doc, segments }) => (
          <div key={doc.id} className="docmap-row" data-testid="docmap-row">
            <span className="docmap-label" title={labelOf(doc.id).title} data-testid="docmap-label">
              {labelOf(doc.id).label}
              <small>{t('docmap.passages', { count: segments.length })}</small>
            </span>
            <DocMapStrip
              scroller={scroller}
              segments={segments}
              colorOf={colorOf}
              labelOf={segmentLabel}
              onJump={(s) => jump(doc.id, s.start, s.end)}
            />
          </div>
        ))}
      </div>
    </section>
  )
}
