/** What exports call a document: its title (citations), or its label when the caller gave one (headings). */
import type { ExportDocument } from './types'

/** A document's display title: metadata title, else its file name. */
export function documentTitle(doc: ExportDocument | undefined): string {
  if (!doc) return '(unknown document)'
  return doc.metadata.title.trim() || doc.fileName
}

/** A document's heading: its label when the caller gave one (unique, keeps the year), else its title. */
export function documentHeading(doc: ExportDocument | undefined): string {
  return doc?.label?.trim() || documentTitle(doc)
}
