/**
 * One document's retrieved segments: the document's one label (full title on hover) with the count,
 * then each segment's quote, place · year · section, themes, note and Show in the reader.
 */
import type { Annotation } from '../../../core/anchoring'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { NoteMarkdown, ThemeChips } from '../annotations'
import type { DocumentLabel } from '../sets'
import { passageCitation } from './citation'

interface DocumentSegmentsProps {
  name: DocumentLabel
  doc: StoredDocument | undefined
  segments: readonly Annotation[]
  sectionOf(a: Annotation): string
  onShow(a: Annotation): void
}

export function DocumentSegments({ name, doc, segments, sectionOf, onShow }: DocumentSegmentsProps) {
  const { t } = useI18n()
  return (
    <section data-testid="segment-group" aria-label={name.label}>
      <h3 className="segment-doc" title={name.title}>
        {name.label} <span className="count">({segments.length})</span>
      </h3>
      <ul className="segment-list">
        {segments.map((a) => (
          <li key={a.id} className="segment" data-testid="segment">
            <blockquote>{a.quote.exact}</blockquote>
            <div className="segment-meta">
              {passageCitation(doc, sectionOf(a))}
              <ThemeChips themes={a.themes} />
              <button type="button" className="show-in-reader" onClick={() => onShow(a)}>
                {t('annotations.showInReader')}
              </button>
            </div>
            {a.note.trim() !== '' && <NoteMarkdown source={a.note} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
