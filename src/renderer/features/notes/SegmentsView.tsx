/**
 * Retrieved segments: tick themes (combined with OR or AND) and where to look (the library or a saved
 * comparison set, the current set by default), see every coded segment there grouped by document (its one label) with counts, each with place · year · section and its note; open one in the
 * reader; export exactly that selection (Markdown, CSV or any export format) through the export dialog.
 */
import { Fragment, useMemo, useState } from 'react'
import type { Annotation } from '../../../core/anchoring'
import { orderDocuments, resolveSet } from '../../../core/compare'
import { useNavigation } from '../../navigation'
import { useI18n } from '../../i18n'
import { optionsOf, Select } from '../../ui/Select'
import { jumpToAnnotation, useThemeLabel } from '../annotations'
import { themeLabel as labelOf, useCodebook } from '../codebook'
import { ExportButton } from '../export'
import { useComparisonSet, useDocumentLabels } from '../sets'
import { narrowedCodes, retrieveSegments, THEME_MATCHES, type ThemeMatch } from './retrieve-segments'
import { subthemeKey } from '../../../core/themes'
import { DocumentSegments } from './DocumentSegments'
import { useNotesData } from './useNotes'
import { useSections } from './useSections'

/** The scope value meaning "every document" (saved set ids are never empty). */
const LIBRARY = ''

export function SegmentsView() {
  const { t, locale } = useI18n()
  const { go } = useNavigation()
  const data = useNotesData()
  const { codebook } = useCodebook()
  const themeLabel = useThemeLabel()
  const documentLabelOf = useDocumentLabels()
  const [themeIds, setThemeIds] = useState<string[]>([])
  const [match, setMatch] = useState<ThemeMatch>('any')
  const sets = useComparisonSet()
  // Undefined until the user picks: then the current comparison set, like every compare view.
  const [scopeId, setScopeId] = useState<string>()
  const scope = scopeId ?? sets.set?.id ?? LIBRARY
  const scopeSet = sets.saved.find((s) => s.id === scope)
  const documents = useMemo(() => new Map((data?.documents ?? []).map((d) => [d.id, d])), [data])
  const order = useMemo(() => {
    const library = data?.documents ?? []
    return (scopeSet ? resolveSet(scopeSet.rule, library).docs : orderDocuments(library)).map((d) => d.id)
  }, [data, scopeSet])
  const groups = useMemo(() => retrieveSegments(data?.annotations ?? [], themeIds, match, order), [data, themeIds, match, order])
  const segments = useMemo(() => groups.flatMap((g) => g.segments), [groups])
  const sectionOf = useSections(data?.documents, segments)
  // Unticking a theme unticks its sub-themes (they are offered only under a ticked theme).
  const toggle = (id: string): void =>
    setThemeIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id && !x.startsWith(`${id}.`)) : [...ids, id]))
  const show = (a: Annotation): void => void jumpToAnnotation(a).then(() => go('reader'))
  const themesLabel = narrowedCodes(themeIds)
    .map(themeLabel)
    .join(match === 'all' ? ' + ' : ' / ')
  const label = scopeSet ? `${themesLabel} · ${scopeSet.name}` : themesLabel

  return (
    <section className="segments-view" aria-label={t('nav.segments')}>
      <div className="segments-controls toolbar">
        <fieldset className="segments-themes">
          <legend>{t('segments.themes')}</legend>
          {codebook.themes.map((th) => (
            <Fragment key={th.id}>
              <label>
                <input type="checkbox" checked={themeIds.includes(th.id)} onChange={() => toggle(th.id)} /> {labelOf(th, locale)}
              </label>
              {/* A ticked theme offers its sub-themes, each narrowing it (公共安全 › 食品药品安全). */}
              {themeIds.includes(th.id) &&
                (th.subthemes ?? []).map((s) => {
                  const key = subthemeKey(th.id, s.id)
                  return (
                    <label key={key} className="segments-subtheme">
                      <input type="checkbox" checked={themeIds.includes(key)} onChange={() => toggle(key)} /> › {labelOf(s, locale)}
                    </label>
                  )
                })}
            </Fragment>
          ))}
        </fieldset>
        <label>
          {t('segments.match')} <Select value={match} options={optionsOf(THEME_MATCHES, (m) => t(`segments.${m}`))} onChange={setMatch} />
        </label>
        <label>
          {t('segments.scope')}{' '}
          <Select
            value={scopeSet ? scope : LIBRARY}
            emptyLabel={t('segments.library')}
            options={sets.saved.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setScopeId}
          />
        </label>
        {segments.length > 0 && <ExportButton context={{ filter: { annotationIds: segments.map((a) => a.id), label } }} />}
      </div>
      {themeIds.length === 0 ? (
        <p className="empty">{t('segments.pickThemes')}</p>
      ) : groups.length === 0 ? (
        <p className="empty">{t('segments.none')}</p>
      ) : (
        <>
          <p className="annotation-count" data-testid="segments-summary">
            {t('segments.summary', { count: segments.length, documents: groups.length })}
          </p>
          {groups.map((g) => (
            <DocumentSegments
              key={g.documentId}
              name={documentLabelOf(g.documentId)}
              doc={documents.get(g.documentId)}
              segments={g.segments}
              sectionOf={sectionOf}
              onShow={show}
            />
          ))}
        </>
      )}
    </section>
  )
}
