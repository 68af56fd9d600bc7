/**
 * Runtime check of a stored annotation record (backups, IPC, imports of Bidu's own rows): every
 * field present with the right type, offsets non-negative integers with start ≤ end. Does not check
 * offsets against a document's text length (the caller knows the text; see parseBackup).
 */
import { fail, ok, type Result } from '../result'
import type { Annotation, AnchorStatus, HighlightColor } from './types'

export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple']
export const ANCHOR_STATUSES: readonly AnchorStatus[] = ['exact', 'fuzzy', 'orphan']

/**
 * Validates `raw` as an {@link Annotation}.
 * @returns the annotation (a fresh object holding only known fields) or BAD_ANNOTATION naming the field
 */
export function validateAnnotation(raw: unknown): Result<Annotation, 'BAD_ANNOTATION'> {
  const bad = (what: string) => fail('BAD_ANNOTATION' as const, what)
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('not an object')
  const r = raw as Record<string, unknown>
  for (const key of ['id', 'documentId'] as const) {
    if (typeof r[key] !== 'string' || r[key] === '') return bad(`${key} must be a non-empty string`)
  }
  for (const key of ['textHash', 'note', 'created', 'updated'] as const) {
    if (typeof r[key] !== 'string') return bad(`${key} must be a string`)
  }
  const q = r.quote as Record<string, unknown> | null
  if (typeof q !== 'object' || q === null || q.type !== 'TextQuoteSelector') return bad('quote must be a TextQuoteSelector')
  if (typeof q.exact !== 'string' || typeof q.prefix !== 'string' || typeof q.suffix !== 'string') {
    return bad('quote.exact, prefix and suffix must be strings')
  }
  const p = r.position as Record<string, unknown> | null
  if (typeof p !== 'object' || p === null || p.type !== 'TextPositionSelector') return bad('position must be a TextPositionSelector')
  if (!isOffset(p.start) || !isOffset(p.end) || p.end < p.start) return bad('position needs integer offsets 0 ≤ start ≤ end')
  const color = HIGHLIGHT_COLORS.find((c) => c === r.color)
  if (!color) return bad(`color must be one of ${HIGHLIGHT_COLORS.join(', ')}`)
  const status = ANCHOR_STATUSES.find((s) => s === r.anchorStatus)
  if (!status) return bad(`anchorStatus must be one of ${ANCHOR_STATUSES.join(', ')}`)
  for (const key of ['themes', 'tags'] as const) {
    const list = r[key]
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) return bad(`${key} must be a list of strings`)
  }
  return ok({
    id: r.id as string,
    documentId: r.documentId as string,
    textHash: r.textHash as string,
    quote: { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    position: { type: 'TextPositionSelector', start: p.start, end: p.end },
    color,
    themes: [...(r.themes as string[])],
    tags: [...(r.tags as string[])],
    note: r.note as string,
    created: r.created as string,
    updated: r.updated as string,
    anchorStatus: status,
  })
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0
}
