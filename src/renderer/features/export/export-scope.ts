/**
 * Which annotations an export covers: one document, the documents ticked in the library, one theme,
 * the annotation pane's current filter (handed over as the ids it shows), or everything. Pure: the
 * caller reads the annotations; this only picks. It does not order them (the core export does).
 */
import type { Annotation } from '../../../core/anchoring'
import type { Memo } from '../../../core/memos'

/** The scope of an export. */
export type ExportScope =
  | { kind: 'document'; documentId: string }
  | { kind: 'selected'; documentIds: string[] }
  | { kind: 'theme'; themeId: string }
  /** The annotation pane's filter, as the ids of the annotations it lists and a label describing it. */
  | { kind: 'filter'; annotationIds: string[]; label: string }
  | { kind: 'all' }

export type ExportScopeKind = ExportScope['kind']

/** Scope kinds in the order the dialog offers them. */
export const SCOPE_KINDS: readonly ExportScopeKind[] = ['document', 'selected', 'theme', 'filter', 'all']

/**
 * What the place that opened the dialog knows: the document in view, the library's ticked documents,
 * the annotation pane's filter. Each makes the matching scope available and preselected.
 */
export interface ExportContext {
  documentId?: string
  selectedIds?: string[]
  themeId?: string
  filter?: { annotationIds: string[]; label: string }
}

/** The annotations of `scope`, in the order given. */
export function selectAnnotations(scope: ExportScope, annotations: readonly Annotation[]): Annotation[] {
  switch (scope.kind) {
    case 'document':
      return annotations.filter((a) => a.documentId === scope.documentId)
    case 'selected': {
      const ids = new Set(scope.documentIds)
      return annotations.filter((a) => ids.has(a.documentId))
    }
    case 'theme':
      return annotations.filter((a) => a.themes.includes(scope.themeId))
    case 'filter': {
      const ids = new Set(scope.annotationIds)
      return annotations.filter((a) => ids.has(a.id))
    }
    case 'all':
      return [...annotations]
  }
}

/**
 * The memos an export of `scope` carries: the memos of the documents and themes its annotations are
 * on (a theme scope: that theme's memo and its sub-themes'; a document scope: that document's memo even
 * without annotations), and for the whole library every memo, the project journal included.
 */
export function selectMemos(scope: ExportScope, memos: readonly Memo[], scoped: readonly Annotation[]): Memo[] {
  if (scope.kind === 'all') return [...memos]
  const docs = new Set(scoped.map((a) => a.documentId))
  if (scope.kind === 'document') docs.add(scope.documentId)
  if (scope.kind === 'selected') for (const id of scope.documentIds) docs.add(id)
  const themes = new Set(scoped.flatMap((a) => a.themes))
  const onTheme = (code: string): boolean =>
    themes.has(code) || (scope.kind === 'theme' && (code === scope.themeId || code.startsWith(`${scope.themeId}.`)))
  return memos.filter((m) => (m.kind === 'document' ? docs.has(m.target) : m.kind === 'theme' ? onTheme(m.target) : false))
}

/** Ids of the documents the annotations refer to, first-seen order, no repeats. */
export function referencedDocumentIds(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.map((a) => a.documentId))]
}

/** The scope kinds a context makes available ('theme' and 'all' always are). */
export function availableScopes(context: ExportContext, hasThemes: boolean): ExportScopeKind[] {
  return SCOPE_KINDS.filter((kind) => {
    if (kind === 'selected') return (context.selectedIds?.length ?? 0) > 0
    if (kind === 'filter') return context.filter !== undefined
    if (kind === 'theme') return hasThemes
    return true
  })
}

/**
 * The scope a dialog opens with: the pane's filter, else the one document in view, else the ticked
 * documents, else the theme, else the last kind the user chose (when still available), else everything.
 */
export function initialScopeKind(
  context: ExportContext,
  available: readonly ExportScopeKind[],
  lastKind?: ExportScopeKind,
): ExportScopeKind {
  if (context.filter) return 'filter'
  if (context.documentId) return 'document'
  if ((context.selectedIds?.length ?? 0) > 0) return 'selected'
  if (context.themeId && available.includes('theme')) return 'theme'
  if (lastKind && available.includes(lastKind) && lastKind !== 'filter' && lastKind !== 'selected') return lastKind
  return 'all'
}

/**
 * Builds the scope of `kind` from the context and the dialog's pickers.
 * @param picked the document and theme chosen in the dialog (used when the context names none)
 */
export function buildScope(kind: ExportScopeKind, context: ExportContext, picked: { documentId?: string; themeId?: string }): ExportScope {
  switch (kind) {
    case 'document':
      return { kind, documentId: picked.documentId ?? context.documentId ?? '' }
    case 'selected':
      return { kind, documentIds: context.selectedIds ?? [] }
    case 'theme':
      return { kind, themeId: picked.themeId ?? context.themeId ?? '' }
    case 'filter':
      return { kind, annotationIds: context.filter?.annotationIds ?? [], label: context.filter?.label ?? '' }
    case 'all':
      return { kind }
  }
}

/** Most places named in the label of a selection of documents before it is shortened to a count. */
export const MAX_PLACES_IN_LABEL = 3

/**
 * A short label of what `scope` covers, for the file name and the export title: the theme's name,
 * the document's label (place · year · type, as everywhere: 52 national reports need the year), the
 * places of the selected documents, the pane filter's label; '' for everything.
 * @param documents library documents (id, place, title)
 * @param themeName the display name of a theme id (undefined when unknown)
 * @param documentLabel the one label of a library document
 */
export function scopeLabel(
  scope: ExportScope,
  documents: readonly { id: string; metadata: { place: string; title: string } }[],
  themeName: (themeId: string) => string | undefined,
  documentLabel: (docId: string) => string,
): string {
  const find = (id: string) => documents.find((d) => d.id === id)
  const nameOf = (id: string): string => {
    const doc = find(id)
    return doc ? doc.metadata.place.trim() || doc.metadata.title.trim() : ''
  }
  switch (scope.kind) {
    case 'document':
      return find(scope.documentId) ? documentLabel(scope.documentId) : ''
    case 'selected': {
      const names = [...new Set(scope.documentIds.map(nameOf).filter((n) => n !== ''))]
      return names.length <= MAX_PLACES_IN_LABEL
        ? names.join('+')
        : `${names.slice(0, MAX_PLACES_IN_LABEL).join('+')}+${names.length - MAX_PLACES_IN_LABEL}`
    }
    case 'theme':
      return themeName(scope.themeId) ?? scope.themeId
    case 'filter':
      return scope.label
    case 'all':
      return ''
  }
}
