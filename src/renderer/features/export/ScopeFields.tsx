/** The scope part of the export dialog: what to export, with a document or theme picker when needed. */
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { Select } from '../../ui/Select'
import type { Codebook } from '../../../core/themes'
import { themeOptions } from '../codebook'
import { byLabel, type LabelOf } from '../sets'
import type { ExportChoices } from './useExportChoices'
import type { ExportContext, ExportScopeKind } from './export-scope'

interface ScopeFieldsProps {
  choices: ExportChoices
  context: ExportContext
  documents: readonly StoredDocument[]
  /** Document ids that have annotations (the picker lists these first). */
  annotated: ReadonlySet<string>
  codebook: Codebook
  /** The one label of each document (the picker names documents as every other view does). */
  labelOf: LabelOf
}

export function ScopeFields({ choices, context, documents, annotated, codebook, labelOf }: ScopeFieldsProps) {
  const { t, locale } = useI18n()
  const label = (kind: ExportScopeKind): string => {
    if (kind === 'selected') return t('export.scope.selected', { count: context.selectedIds?.length ?? 0 })
    if (kind === 'filter') return t('export.scope.filter', { label: context.filter?.label ?? '' })
    return t(`export.scope.${kind}`)
  }
  // Annotated documents first, each group in label order (a place's reports together, year by year).
  const inLabelOrder = byLabel(labelOf)
  const pickable = [...documents].sort((a, b) => Number(annotated.has(b.id)) - Number(annotated.has(a.id)) || inLabelOrder(a.id, b.id))
  return (
    <fieldset className="export-fieldset">
      <legend>{t('export.scope')}</legend>
      {choices.available.map((kind) => (
        <label key={kind} className="export-choice">
          <input type="radio" name="export-scope" checked={choices.scope.kind === kind} onChange={() => choices.setScopeKind(kind)} />
          {label(kind)}
        </label>
      ))}
      {choices.scope.kind === 'document' && (
        <label className="export-picker">
          <span>{t('export.pickDocument')}</span>
          <Select
            value={choices.documentId}
            options={pickable.map((doc) => ({ value: doc.id, ...labelOf(doc.id) }))}
            onChange={choices.setDocumentId}
          />
        </label>
      )}
      {choices.scope.kind === 'theme' && (
        <label className="export-picker">
          <span>{t('export.pickTheme')}</span>
          <Select value={choices.themeId} options={themeOptions(codebook.themes, locale)} onChange={choices.setThemeId} />
        </label>
      )}
    </fieldset>
  )
}
