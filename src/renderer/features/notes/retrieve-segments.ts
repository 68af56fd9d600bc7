/**
 * Retrieved segments (MAXQDA's term): every coded segment of the chosen themes across a set of
 * documents, grouped by document with counts. A segment coded with a sub-theme (`<theme>.<sub>`)
 * counts for its theme. 'any' keeps segments with at least one chosen theme (OR), 'all' those with
 * every one (AND). A chosen sub-theme narrows its chosen theme: 公共安全 with 食品药品安全 ticked means
 * 食品药品安全 (see {@link narrowedCodes}). Orphans are left out: their position points at no passage. Pure.
 */
import type { Annotation } from '../../../core/anchoring'
import { isThemeOrSub } from './notes-filter'

/** How chosen themes combine. */
export type ThemeMatch = 'any' | 'all'
export const THEME_MATCHES: readonly ThemeMatch[] = ['any', 'all']

/** One document's segments, in text order (the same span: the earlier written first). */
export interface SegmentGroup {
  documentId: string
  segments: Annotation[]
}

/** `themeIds` without each theme one of whose sub-themes (`<theme>.<sub>`) is chosen too, in order. */
export function narrowedCodes(themeIds: readonly string[]): string[] {
  return themeIds.filter((id) => !themeIds.some((other) => other.startsWith(`${id}.`)))
}

/**
 * The segments of `themeIds` (narrowed: a theme with a chosen sub-theme stands for it) in the documents of `documentOrder` (that order; documents outside it
 * are left out), grouped by document; groups without segments are left out.
 * @returns no groups when no theme is chosen
 */
export function retrieveSegments(
  annotations: readonly Annotation[],
  themeIds: readonly string[],
  match: ThemeMatch,
  documentOrder: readonly string[],
): SegmentGroup[] {
  if (themeIds.length === 0) return []
  const codes = narrowedCodes(themeIds)
  const hasTheme = (a: Annotation, id: string): boolean => a.themes.some((code) => isThemeOrSub(code, id))
  const keep = (a: Annotation): boolean =>
    a.anchorStatus !== 'orphan' && (match === 'all' ? codes.every((id) => hasTheme(a, id)) : codes.some((id) => hasTheme(a, id)))
  const byDoc = new Map<string, Annotation[]>(documentOrder.map((id) => [id, []]))
  for (const a of annotations) if (keep(a)) byDoc.get(a.documentId)?.push(a)
  const groups: SegmentGroup[] = []
  for (const [documentId, segments] of byDoc) {
    if (segments.length === 0) continue
    segments.sort(
      (x, y) =>
        x.position.start - y.position.start ||
        x.position.end - y.position.end ||
        (x.created < y.created ? -1 : x.created > y.created ? 1 : 0),
    )
    groups.push({ documentId, segments })
  }
  return groups
}
