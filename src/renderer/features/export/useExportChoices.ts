/**
 * The dialog's choices: the remembered preferences (loaded once, saved on every change), the scope
 * kind preselected from where the dialog was opened, and the document and theme pickers.
 */
import { useEffect, useEffectEvent, useState } from 'react'
import type { Annotation } from '../../../core/anchoring'
import type { Codebook } from '../../../core/themes'
import { loadPreferences, savePreferences, type ExportPreferences } from './export-preferences'
import { availableScopes, buildScope, initialScopeKind, type ExportContext, type ExportScope, type ExportScopeKind } from './export-scope'

export interface ExportChoices {
  /** Undefined until the remembered preferences are read. */
  preferences?: ExportPreferences
  change(changes: Partial<ExportPreferences>): void
  available: ExportScopeKind[]
  scope: ExportScope
  setScopeKind(kind: ExportScopeKind): void
  documentId: string
  setDocumentId(id: string): void
  themeId: string
  setThemeId(id: string): void
}

/** The most annotated theme, else the codebook's first; '' when there are no themes. */
function defaultTheme(annotations: readonly Annotation[], codebook: Codebook): string {
  const counts = new Map<string, number>()
  for (const a of annotations) for (const t of a.themes) counts.set(t, (counts.get(t) ?? 0) + 1)
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]
  return top?.[0] ?? codebook.themes[0]?.id ?? ''
}

/** Choices for a dialog opened with `context`, over the loaded annotations. */
export function useExportChoices(
  context: ExportContext,
  annotations: readonly Annotation[] | undefined,
  codebook: Codebook,
): ExportChoices {
  const [preferences, setPreferences] = useState<ExportPreferences>()
  const [scopeKind, setScopeKind] = useState<ExportScopeKind>()
  const [documentId, setDocumentId] = useState(context.documentId ?? context.selectedIds?.[0] ?? '')
  const [themeId, setThemeId] = useState(context.themeId ?? '')
  const available = availableScopes(context, codebook.themes.length > 0)

  useEffect(() => {
    void loadPreferences().then(setPreferences)
  }, [])
  const chooseInitialScope = useEffectEvent((saved: ExportScopeKind | undefined) =>
    setScopeKind(initialScopeKind(context, available, saved)),
  )
  useEffect(() => {
    if (preferences && scopeKind === undefined) chooseInitialScope(preferences.scopeKind)
  }, [preferences, scopeKind])
  useEffect(() => {
    if (preferences) void savePreferences(scopeKind ? { ...preferences, scopeKind } : preferences)
  }, [preferences, scopeKind])
  // Default the pickers once the annotations are known: the first annotated document, the busiest theme.
  const choosePickers = useEffectEvent((known: readonly Annotation[]) => {
    if (documentId === '' && known.length > 0) setDocumentId(known[0].documentId)
    if (themeId === '') setThemeId(defaultTheme(known, codebook))
  })
  useEffect(() => {
    if (annotations) choosePickers(annotations)
  }, [annotations, codebook])

  return {
    preferences,
    change: (changes) => setPreferences((p) => (p ? { ...p, ...changes } : p)),
    available,
    scope: buildScope(scopeKind ?? 'all', context, { documentId, themeId }),
    setScopeKind,
    documentId,
    setDocumentId,
    themeId,
    setThemeId,
  }
}
