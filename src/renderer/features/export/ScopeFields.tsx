/** The scope part of the export dialog: what to export, with a document or theme picker when needed. */
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { Select } from '../../ui/Select'
import type { Codebook } from '../../../core/themes'
import { themeOptions } from '../codebook'
import type { ExportChoices } from './useExportChoices'
import type { ExportContext, ExportScopeKind } from './export-scope'

interface ScopeFieldsProps {
  choices: ExportChoices
  context: ExportContext
  documents: readonly StoredDocument[]
  /** Document ids that have annotations (the picker lists these first). */
  annotated: ReadonlySet<string>
  codebook: Codebook
}

export function ScopeFields({ choices, context, documents, annotated, codebook }: ScopeFieldsProps) {
  const { t, locale } = useI18n()
  const label = (kind: ExportScopeKind): string => {
    if (kind === 'selected') return t('export.scope.selected', { count: context.selectedIds?.length ?? 0 })
    if (kind === 'filter') return t('export.scope.filter', { label: context.filter?.label ?? '' })
    return t(`export.scope.${kind}`)
  }
  const pickable = [...documents].sort((a, b) => Number(annotated.has(b.id)) - Number(annotated.has(a.id)))
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
            options={pickable.map((doc) => ({
              value: doc.id,
              label: [doc.metadata.place, doc.metadata.year, doc.metadata.title || doc.fileName]
                .filter((p) => p !== undefined && p !== '')
                .join(' · '),
            }))}
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
