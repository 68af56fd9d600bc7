// Reads the paragraphs of word/document.xml in one forward pass over its tags, linear in its length:
// one line per w:p, w:t runs joined, w:tab as a tab, w:br/w:cr as a line break, w:noBreakHyphen as
// a hyphen, and the paragraph's properties (w:pPr) handed to the numbering for its label. Paragraphs
// inside a text box become lines before the paragraph the box is anchored in; the VML fallback copy
// of a drawing (mc:Fallback) is skipped. It stops once the text passes the cap.
// Why not an XML parser: fast-xml-parser 5.3 (preserveOrder, entities off) builds the whole tree
// first; measured on this machine it took 6 s for 5 MB and 42 s / 365 MB for 20 MB of paragraphs
// (superlinear), and 60 s for 20 MB of empty paragraphs, against a 64 MB budget. A DTD is refused
// (Word never writes one, and entity definitions are how XML bombs expand); entities are decoded
// as XML's five and character references only.

import { decodeXML } from 'entities'
import { fail, ok, type Result } from '../result'

/** What the numbering needs of a paragraph (see DocxNumbering.labelFor). */
export interface ParagraphLabeler {
  labelFor(paragraphProperties: string): string
}

/** Properties longer than this are not a real paragraph's: they are ignored (no label). */
const MAX_PROPERTIES = 64 * 1024

interface Paragraph {
  text: string
  properties: string
  /** Lines of the text boxes anchored in this paragraph, in order. */
  boxes: string[]
}

/** The tag name at `at` (just after `<` or `</`): up to a space, `/` or `>`. */
function tagName(xml: string, at: number): string {
  let end = at
  for (;;) {
    const c = xml.charCodeAt(end)
    if (Number.isNaN(c) || c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13) break
    end++
  }
  return xml.slice(at, end)
}

/**
 * The lines of a document part, or TOO_LARGE once their text passes `maxChars`, or CORRUPT_FILE
 * for a part that declares a DTD.
 */
export function scanDocumentXml(
  xml: string,
  numbering: ParagraphLabeler,
  maxChars: number,
): Result<string[], 'TOO_LARGE' | 'CORRUPT_FILE'> {
  const lines: string[] = []
  let chars = 0
  const open: Paragraph[] = []
  const emit = (line: string[]): boolean => {
    const target = open[open.length - 1]
    if (target) target.boxes.push(...line)
    else {
      for (const l of line) chars += l.length + 1
      lines.push(...line)
    }
    return chars <= maxChars
  }
  let at = 0
  while (at < xml.length) {
    const lt = xml.indexOf('<', at)
    if (lt < 0) break
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4)
      at = end < 0 ? xml.length : end + 3
      continue
    }
    if (xml.startsWith('<!DOCTYPE', lt) || xml.startsWith('<!ENTITY', lt)) {
      return fail('CORRUPT_FILE', 'its document part declares a DTD with entities, which Word files never do')
    }
    const gt = xml.indexOf('>', lt)
    if (gt < 0) break
    const closing = xml.charCodeAt(lt + 1) === 47
    const name = tagName(xml, closing ? lt + 2 : lt + 1)
    const selfClosing = xml.charCodeAt(gt - 1) === 47
    at = gt + 1
    const paragraph = open[open.length - 1]
    if (closing) {
      if (name === 'w:p' && paragraph) {
        open.pop()
        // An empty numbered paragraph shows its number alone; it carries no text, so it is left out.
        const label = paragraph.text.trim() ? numbering.labelFor(paragraph.properties) : ''
        if (!emit([...paragraph.boxes, label + paragraph.text])) return tooLong(maxChars)
      }
      continue
    }
    switch (name) {
      case 'w:p':
        if (selfClosing) {
          if (!emit([''])) return tooLong(maxChars)
        } else open.push({ text: '', properties: '', boxes: [] })
        break
      case 'mc:Fallback': {
        if (selfClosing) break
        const end = xml.indexOf('</mc:Fallback>', at)
        at = end < 0 ? xml.length : end + '</mc:Fallback>'.length
        break
      }
      case 'w:pPr': {
        if (selfClosing) break
        const end = xml.indexOf('</w:pPr>', at)
        if (end < 0) {
          at = xml.length
          break
        }
        if (paragraph && !paragraph.properties && end - at <= MAX_PROPERTIES) paragraph.properties = xml.slice(at, end)
        at = end + '</w:pPr>'.length
        break
      }
      case 'w:t': {
        if (selfClosing) break
        const end = xml.indexOf('</w:t>', at)
        const stop = end < 0 ? xml.length : end
        if (paragraph) {
          paragraph.text += decodeXML(xml.slice(at, stop))
          if (paragraph.text.length > maxChars) return tooLong(maxChars)
        }
        at = end < 0 ? xml.length : end + '</w:t>'.length
        break
      }
      case 'w:tab':
        if (paragraph && selfClosing) paragraph.text += '\t'
        break
      case 'w:br':
      case 'w:cr':
        if (paragraph) paragraph.text += '\n'
        break
      case 'w:noBreakHyphen':
        if (paragraph) paragraph.text += '-'
        break
    }
  }
  return ok(lines)
}

function tooLong(maxChars: number) {
  return fail('TOO_LARGE' as const, `its text is longer than ${maxChars.toLocaleString('en')} characters, the limit`)
}
