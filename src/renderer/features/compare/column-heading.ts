/** The heading of a document's column in the compare views: place · year · level (pure). */
import type { StoredDocument } from '../../db/database'
import type { Translate } from '../../i18n'

/** `place · year · level`, leaving out what is unknown; the title or file name when nothing is known. */
export function columnHeading(doc: Pick<StoredDocument, 'fileName' | 'metadata'>, t: Translate): string {
  const { place, year, level, title } = doc.metadata
  const parts = [place, year !== undefined ? String(year) : '', level && level !== 'unknown' ? t(`level.${level}`) : ''].filter(Boolean)
  return parts.length > 0 ? parts.join(' · ') : title || doc.fileName
}
