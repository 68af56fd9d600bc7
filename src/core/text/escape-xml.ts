/**
 * The one XML escaper (REFI-QDA project files, SVG charts, test fixtures): XML 1.0 escaping of text
 * and attribute values, with removal of the characters XML 1.0 cannot hold even as references.
 * It does not build documents or check names; callers write their own tags.
 */

/** Characters outside XML 1.0's Char production (C0 controls but tab/LF/CR, U+FFFE/FFFF, lone surrogates). */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Removes characters that XML 1.0 cannot represent, even as character references. */
export function stripInvalidXml(text: string): string {
  return text.replace(XML_INVALID, '')
}

/** Escapes text content (CR as a reference, so parsers do not fold it into LF). */
export function xmlText(text: string): string {
  return stripInvalidXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

/** Escapes an attribute value (tabs and line breaks as references so attribute normalisation keeps them). */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
}
