/**
 * One entry of the Notes place: a memo (its kind and what it is on, the text rendered, Edit) or a
 * passage note (quote, place · year · section, the note rendered, Show in the reader). Documents are
 * named by their one label, the full title on hover.
 */
import type { Annotation } from '../../../core/anchoring'
import type { Memo } from '../../../core/memos'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { NoteMarkdown, ThemeChips } from '../annotations'
import type { LabelOf } from '../sets'
import { passageCitation } from './citation'
import type { NoteEntry } from './notes-filter'

/** Longest quote shown; the whole quote is in the tooltip. */
const QUOTE_PREVIEW_CHARS = 160

interface NoteEntryItemProps {
  entry: NoteEntry
  documents: ReadonlyMap<string, StoredDocument>
  labelOf: LabelOf
  themeLabel(themeId: string): string
  sectionOf(a: Annotation): string
  onEdit(memo: Memo): void
  onShow(a: Annotation): void
}

export function NoteEntryItem({ entry, documents, labelOf, themeLabel, sectionOf, onEdit, onShow }: NoteEntryItemProps) {
  const { t } = useI18n()
  if (entry.kind === 'passage') {
    const a = entry.annotation
    const doc = documents.get(a.documentId)
    const quote = a.quote.exact.length > QUOTE_PREVIEW_CHARS ? `${a.quote.exact.slice(0, QUOTE_PREVIEW_CHARS)}…` : a.quote.exact
    return (
      <li className="note-entry passage" data-testid="note-entry" data-kind="passage">
        <div className="note-entry-head">
          <span className="chip small">{t('notes.kind.passage')}</span>
          {doc ? (
            <span className="note-entry-title" title={labelOf(doc.id).title}>
              {labelOf(doc.id).label}
            </span>
          ) : (
            <span className="note-entry-title">{t('annotations.missingDocument')}</span>
          )}
          <button type="button" className="show-in-reader" onClick={() => onShow(a)}>
            {t('annotations.showInReader')}
          </button>
        </div>
        <blockquote title={a.quote.exact}>{quote}</blockquote>
        <div className="note-entry-meta">
          {passageCitation(doc, sectionOf(a))}
          <ThemeChips themes={a.themes} />
        </div>
        <NoteMarkdown source={a.note} />
      </li>
    )
  }
  const m = entry.memo
  const docLabel = m.kind === 'document' && documents.has(m.target) ? labelOf(m.target) : undefined
  const about = m.kind === 'project' ? '' : m.kind === 'document' ? (docLabel?.label ?? m.target) : themeLabel(m.target)
  return (
    <li className={`note-entry memo memo-${m.kind}`} data-testid="note-entry" data-kind={m.kind}>
      <div className="note-entry-head">
        <span className="chip small">{t(`notes.kind.${m.kind}`)}</span>
        <span className="note-entry-title" title={docLabel?.title}>
          {about}
        </span>
        <button type="button" onClick={() => onEdit(m)}>
          {t('notes.edit')}
        </button>
      </div>
      <NoteMarkdown source={m.text} />
    </li>
  )
}
