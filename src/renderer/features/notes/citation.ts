/**
 * How the Notes place and retrieved segments cite a passage (place · year · section). Documents are
 * named by their one label (features/sets useDocumentLabels), as everywhere else.
 */
import type { StoredDocument } from '../../db/database'

const SEPARATOR = ' · '

/** place · year · section of a passage (empty parts left out). */
export function passageCitation(doc: StoredDocument | undefined, section: string): string {
  const m = doc?.metadata
  return [m?.place ?? '', m?.year !== undefined ? String(m.year) : '', section].filter((s) => s.trim() !== '').join(SEPARATOR)
}
