// Extracts the body text of a .docx: unzips it within a budget (read-zip.ts) and reads word/document.xml, one line per
// w:p paragraph, w:t runs joined, w:tab as a tab, w:br as a line break, and Word's automatic list
// numbers (一、 （一） 1.) put back in front of their paragraphs (docx-numbering.ts). Text boxes become
// paragraphs of their own before the paragraph they are anchored in, once (the VML fallback copy Word
// stores beside each drawing is skipped). It ignores headers, footers, footnotes, comments, field codes
// and tracked deletions (w:delText), which are not part of the reading text.

import { fail, ok, type Result } from '../result'
import type { ImportErrorCode } from './types'
import { decodeEntities } from './html-entities'
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
/** Word stores a drawing twice, as DrawingML and as a VML fallback for old readers. */
const FALLBACK = /<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g
const TEXT_BOX = /<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g
const PARAGRAPH_OR_END = /<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>/g

function decodePart(part: Uint8Array | undefined): string {
  if (!part) return ''
  return new TextDecoder('utf-8', { fatal: false }).decode(part)
}

/** The top-level w:p elements of `xml` (a paragraph holding a text box holds nested ones). */
function topLevelParagraphs(xml: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (const m of xml.matchAll(PARAGRAPH_OR_END)) {
    if (m[0] === '</w:p>') {
      if (depth > 0 && --depth === 0) out.push(xml.slice(start, m.index + m[0].length))
    } else if (m[1] === '/') {
      if (depth === 0) out.push(m[0])
    } else if (depth++ === 0) start = m.index
  }
  return out
}

/** The text of one paragraph (without its text boxes). */
function runText(paragraph: string): string {
  let line = ''
  for (const t of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>|<w:noBreakHyphen\/>/g)) {
    const tag = t[0]
    if (tag.startsWith('<w:tab')) line += '\t'
    else if (tag.startsWith('<w:br') || tag.startsWith('<w:cr')) line += '\n'
    else if (tag.startsWith('<w:noBreakHyphen')) line += '-'
    else line += decodeEntities(t[1] ?? '')
  }
  return line
}

function paragraphLines(paragraph: string, numbering: DocxNumbering): string[] {
  const boxes: string[] = []
  const own = paragraph.replace(TEXT_BOX, (_m, inner: string) => {
    for (const p of topLevelParagraphs(inner)) boxes.push(...paragraphLines(p, numbering))
    return ''
  })
  const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(own)?.[1] ?? ''
  const text = runText(own)
  // An empty numbered paragraph shows its number alone; it carries no text, so it is left out.
  const label = text.trim() ? numbering.labelFor(properties) : ''
  return [...boxes, label + text]
}

/**
 * Reads the paragraphs of a .docx file.
 * @returns the text with `\n` between paragraphs; CORRUPT_FILE when the zip or its document part is
 *   unreadable, TOO_LARGE when its parts inflate past {@link MAX_DOCX_INFLATED_BYTES} (see read-zip.ts)
 */
export function extractDocxText(bytes: Uint8Array): Result<string, ImportErrorCode> {
  const zip = readZipEntries(bytes, (n) => MAIN_PART.test(n) || NUMBERING_PART.test(n) || STYLES_PART.test(n), { maxInflatedBytes: MAX_DOCX_INFLATED_BYTES })
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
  const body = (/<w:body[\s>]([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml).replace(FALLBACK, '')
  return ok(topLevelParagraphs(body).flatMap((p) => paragraphLines(p, numbering)).join('\n'))
}
