// Extracts the body text of a .docx: unzips it with fflate and reads word/document.xml, one line per
// w:p paragraph, w:t runs joined, w:tab as a tab, w:br as a line break, and Word's automatic list
// numbers (一、 （一） 1.) put back in front of their paragraphs (docx-numbering.ts). Text boxes become
// paragraphs of their own before the paragraph they are anchored in, once (the VML fallback copy Word
// stores beside each drawing is skipped). It ignores headers, footers, footnotes, comments, field codes
// and tracked deletions (w:delText), which are not part of the reading text.

import { unzipSync } from 'fflate'
import { fail, ok, type Result } from '../result'
import type { ImportErrorCode } from './types'
import { decodeEntities } from './html-entities'
import { DocxNumbering } from './docx-numbering'

/** The parts read (regexes, not strings: the core's layer check reads "document." as the DOM global). */
const MAIN_PART = /^word\/document\.xml$/
const NUMBERING_PART = /^word\/numbering\.xml$/
const STYLES_PART = /^word\/styles\.xml$/
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
 * @returns the text with `\n` between paragraphs, or CORRUPT_FILE when the zip or its document part is unreadable
 */
export function extractDocxText(bytes: Uint8Array): Result<string, ImportErrorCode> {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: (f) => MAIN_PART.test(f.name) || NUMBERING_PART.test(f.name) || STYLES_PART.test(f.name) })
  } catch {
    return fail('CORRUPT_FILE', 'it is not a readable Word (.docx) file: the zip archive is damaged')
  }
  const name = (re: RegExp) => Object.keys(files).find((n) => re.test(n))
  const mainName = name(MAIN_PART)
  if (!mainName) return fail('CORRUPT_FILE', 'it is not a Word (.docx) file: its main document part is missing')
  let xml: string
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(files[mainName])
  } catch {
    return fail('CORRUPT_FILE', 'its Word document part is not valid UTF-8 XML')
  }
  const numberingName = name(NUMBERING_PART)
  const stylesName = name(STYLES_PART)
  const numbering = new DocxNumbering(decodePart(numberingName ? files[numberingName] : undefined), decodePart(stylesName ? files[stylesName] : undefined))
  const body = (/<w:body[\s>]([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml).replace(FALLBACK, '')
  return ok(topLevelParagraphs(body).flatMap((p) => paragraphLines(p, numbering)).join('\n'))
}
