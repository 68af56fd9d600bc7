/**
 * The annotation list: filters, the annotations drawn on their documents, and a "needs attention"
 * group (orphans and annotations made on another text version), each shown with its quote, never
 * deleted automatically, and re-attachable by hand to a passage selected in the reader. Used as the reader's side pane and as the Annotations view.
 */
import { useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { type Annotation } from '../../../core/anchoring'
import { listDocumentMeta } from '../../db/documents'
import { useI18n } from '../../i18n'
import { ExportButton, filterLabel } from '../export'
import { byLabel, useDocumentLabels } from '../sets'
import { EMPTY_ANNOTATION_FILTER, filterAnnotations, groupByAttention, tagsOf } from './annotation-filter'
import { selectAnnotation, useAnnotationUi } from './annotation-store'
import { AnnotationFilters } from './AnnotationFilters'
import { AnnotationItem } from './AnnotationItem'
import { AnnotationList, type ItemPlace } from './AnnotationList'
import { startReattach } from './reattach'
import { useAnnotationsOf } from './useAnnotations'
import { useThemes } from './useThemes'

interface AnnotationPaneProps {
  /** Documents whose annotations are listed; undefined = all. */
  documentIds?: readonly string[]
  /** Jump to an annotation's passage: on every activation (the reader's pane, whose text is beside it). */
  onJump?: (annotation: Annotation) => void
  /** Jump on request only, with a "show in the reader" button per item (the Annotations view). */
  onShow?: (annotation: Annotation) => void
}

export function AnnotationPane({ documentIds, onJump, onShow }: AnnotationPaneProps) {
  const { t, locale } = useI18n()
  const themes = useThemes()
  const rows = useAnnotationsOf(documentIds)
  const docs = useLiveQuery(() => listDocumentMeta(), [])
  const labelOf = useDocumentLabels()
  const selectedId = useAnnotationUi((s) => s.selectedId)
  const [filter, setFilter] = useState(EMPTY_ANNOTATION_FILTER)
  const scroller = useRef<HTMLDivElement>(null)
  const { titles, hashes, choices } = useMemo(() => {
    const wanted = (docs ?? []).filter((d) => !documentIds || documentIds.includes(d.id))
    const inLabelOrder = byLabel(labelOf)
    return {
      titles: new Map((docs ?? []).map((d) => [d.id, labelOf(d.id)])),
      hashes: new Map((docs ?? []).map((d) => [d.id, d.textHash])),
      choices: wanted.map((d) => ({ id: d.id, label: labelOf(d.id).label })).sort((a, b) => inLabelOrder(a.id, b.id)),
    }
  }, [docs, documentIds, labelOf])
  const { placed, attention } = useMemo(() => groupByAttention(filterAnnotations(rows ?? [], filter), hashes), [rows, filter, hashes])
  const tags = useMemo(() => tagsOf(rows ?? []), [rows])
  // Export hands over exactly what the list shows (its ids) and a label naming the filter.
  const label = filterLabel(filter, {
    document: (id) => titles.get(id)?.label,
    theme: (id) => themes.find((th) => th.id === id)?.[locale === 'zh' ? 'labelZh' : 'labelEn'],
    color: (color) => t(`color.${color}` as 'color.yellow'),
  })
  const exportContext = label === '' ? {} : { filter: { annotationIds: [...attention, ...placed].map((a) => a.id), label } }

  const activate = (a: Annotation): void => {
    if (selectedId === a.id) return selectAnnotation(null)
    selectAnnotation(a.id)
    onJump?.(a)
  }
  const item = (a: Annotation, reattachable = false, place?: ItemPlace) => (
    <AnnotationItem
      key={a.id}
      annotation={a}
      document={titles.get(a.documentId) ?? { label: t('annotations.missingDocument'), title: '' }}
      selected={a.id === selectedId}
      onActivate={activate}
      onShow={onShow}
      onReattach={reattachable && titles.has(a.documentId) ? (x) => void startReattach(x) : undefined}
      place={place}
    />
  )
  return (
    <div
      className="annotation-pane"
      ref={scroller}
      data-testid="annotation-pane"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && selectedId) selectAnnotation(null)
      }}
    >
      <AnnotationFilters filter={filter} onChange={setFilter} documents={choices} tags={tags} />
      {rows === undefined ? null : rows.length === 0 ? (
        <p className="empty">{t('annotations.empty')}</p>
      ) : (
        <>
          <div className="annotation-count">
            {t('annotations.count', { shown: placed.length + attention.length, total: rows.length })}
            <ExportButton context={exportContext} />
          </div>
          {attention.length > 0 && (
            <section className="needs-attention" data-testid="needs-attention" aria-label={t('annotations.needsAttention')}>
              <h3>{t('annotations.needsAttention')}</h3>
              <p className="hint">{t('annotations.needsAttentionHint')}</p>
              <ul className="annotation-list">{attention.map((a) => item(a, true))}</ul>
            </section>
          )}
          <AnnotationList items={placed} scroller={scroller} selectedId={selectedId} renderItem={(a, place) => item(a, false, place)} />
        </>
      )}
    </div>
  )
}
