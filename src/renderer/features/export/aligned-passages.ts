/**
 * "Aligned passages from other documents" for each exported annotation: the annotation's passage is
 * the one of its document that overlaps the quote most in a theme's alignment rows (computed by the
 * analysis worker), and the other members of that row are its aligned passages. Pure lookup; the
 * rows come from useAlignedPassages. Annotations without themes have none (rows are per theme).
 */
import type { Annotation } from '../../../core/anchoring'
import type { AlignedPassage } from '../../../core/export'
import type { RowMember, ThemeRows } from '../analysis'

/** What an aligned passage needs of its document: the current text and what its citation names. */
export interface AlignedSource {
  fileName: string
  text: string
  metadata: { place: string; year?: number; title: string }
}

/** Characters of [aStart, aEnd) that lie in [bStart, bEnd) (UTF-16 units). */
function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart))
}

/**
 * The passages aligned with `annotation`, over the rows of each of its themes, without repeats,
 * in the order the rows list them.
 * Each passage carries its document's citation: that document is usually outside the export's scope.
 * @param rowsByTheme alignment rows per theme id
 * @param documentOf a library document (members of unknown documents are left out)
 */
export function alignedPassagesOf(
  annotation: Annotation,
  rowsByTheme: ReadonlyMap<string, ThemeRows>,
  documentOf: (docId: string) => AlignedSource | undefined,
): AlignedPassage[] {
  if (annotation.anchorStatus === 'orphan') return []
  const { start, end } = annotation.position
  const out: AlignedPassage[] = []
  const seen = new Set<string>()
  for (const themeId of annotation.themes) {
    const rows = rowsByTheme.get(themeId)?.rows ?? []
    let best: { members: RowMember[]; shared: number } | undefined
    for (const row of rows) {
      for (const m of row.members) {
        if (m.docId !== annotation.documentId) continue
        const shared = overlap(start, end, m.start, m.end)
        if (shared > 0 && (!best || shared > best.shared)) best = { members: row.members, shared }
      }
    }
    for (const m of best?.members ?? []) {
      const key = `${m.docId}|${m.start}|${m.end}`
      const doc = documentOf(m.docId)
      if (m.docId === annotation.documentId || seen.has(key) || doc === undefined) continue
      seen.add(key)
      const { place, year, title } = doc.metadata
      out.push({
        documentId: m.docId,
        start: m.start,
        end: m.end,
        text: doc.text.slice(m.start, m.end),
        citation: { place, ...(year !== undefined ? { year } : {}), title: title.trim() || doc.fileName },
      })
    }
  }
  return out
}

/** The themes of `annotations` whose rows are needed, in first-seen order. */
export function themesToAlign(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.filter((a) => a.anchorStatus !== 'orphan').flatMap((a) => a.themes))]
}
