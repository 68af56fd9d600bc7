/**
 * The short label of a document in the compare views' headings: place · year when known (that is
 * how researchers name reports), else the title, else the file name.
 */
import type { StoredDocument } from '../../db/database'

/** `盐田区 · 2023`, or the title / file name when place and year are unknown. */
export function documentLabel(doc: Pick<StoredDocument, 'fileName' | 'metadata'>): string {
  const { place, year, title } = doc.metadata
  const parts = [place, year !== undefined ? String(year) : ''].filter(Boolean)
  return parts.length > 0 ? parts.join(' · ') : title || doc.fileName
}
