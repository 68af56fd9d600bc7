/**
 * What the dialog's preview shows: the first lines of a text export, or for a REFI-QDA archive a
 * summary of what the zip holds (read back from the bytes, so the summary describes the real file).
 */
import { strFromU8, unzipSync } from 'fflate'

/** Lines of a text export the preview shows. */
export const PREVIEW_LINES = 80

/** A text export's beginning. */
export interface TextPreview {
  kind: 'text'
  text: string
  /** Lines in the whole export. */
  totalLines: number
  /** Characters (UTF-16 units) of the whole export. */
  totalChars: number
}

/** What a .qdpx archive holds. */
export interface ArchivePreview {
  kind: 'archive'
  bytes: number
  /** Zip entries (project.qde and sources/…), with their sizes in bytes. */
  entries: { name: string; bytes: number }[]
  sources: number
  codes: number
  selections: number
  notes: number
}

export type ExportPreview = TextPreview | ArchivePreview

/** The first `maxLines` lines of `text` (a leading BOM dropped, it is invisible anyway). */
export function previewText(text: string, maxLines: number = PREVIEW_LINES): TextPreview {
  const body = text.replace(/^\uFEFF/, '')
  let end = 0
  let lines = 0
  while (lines < maxLines && end < body.length) {
    const next = body.indexOf('\n', end)
    end = next === -1 ? body.length : next + 1
    lines++
  }
  const totalLines = body === '' ? 0 : body.split('\n').length - (body.endsWith('\n') ? 1 : 0)
  return { kind: 'text', text: body.slice(0, end), totalLines, totalChars: text.length }
}

function count(xml: string, element: string): number {
  return xml.match(new RegExp(`<${element}[\\s>/]`, 'g'))?.length ?? 0
}

/** Summarises a .qdpx archive; an unreadable zip gives an empty summary of its size. */
export function previewArchive(zip: Uint8Array): ArchivePreview {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip)
  } catch {
    // Our own writer produced the bytes; an unreadable archive only means the preview shows its size.
    files = {}
  }
  const project = files['project.qde'] ? strFromU8(files['project.qde']) : ''
  return {
    kind: 'archive',
    bytes: zip.byteLength,
    entries: Object.entries(files).map(([name, data]) => ({ name, bytes: data.byteLength })),
    sources: count(project, 'TextSource'),
    codes: count(project, 'Code'),
    selections: count(project, 'PlainTextSelection'),
    notes: count(project, 'Note'),
  }
}

/** The preview of a rendered export. */
export function previewExport(output: string | Uint8Array, maxLines: number = PREVIEW_LINES): ExportPreview {
  return typeof output === 'string' ? previewText(output, maxLines) : previewArchive(output)
}
