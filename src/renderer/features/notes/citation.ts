/** How the Notes place and retrieved segments name a document and cite a passage (place · year · section). */
import type { StoredDocument } from '../../db/database'

const SEPARATOR = ' · '

/** A document's title, else its file name. */
export function documentName(doc: StoredDocument | undefined): string {
  return doc ? doc.metadata.title.trim() || doc.fileName : ''
}

/** place · year · title of a document (empty parts left out). */
export function documentHeading(doc: StoredDocument | undefined): string {
  if (!doc) return ''
  const m = doc.metadata
  return [m.place, m.year !== undefined ? String(m.year) : '', documentName(doc)].filter((s) => s.trim() !== '').join(SEPARATOR)
}

/** place · year · section of a passage (empty parts left out). */
export function passageCitation(doc: StoredDocument | undefined, section: string): string {
  const m = doc?.metadata
  return [m?.place ?? '', m?.year !== undefined ? String(m.year) : '', section].filter((s) => s.trim() !== '').join(SEPARATOR)
}
