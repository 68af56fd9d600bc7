// Removes control characters from imported text. A NUL or escape byte deep in a file (past what the
// binary sniffer reads) would otherwise reach the reader, searches and every export (CSV cells,
// Markdown) raw. Tab, line feed and carriage return are text; form and vertical feeds (page breaks
// in text dumped from PDFs) become line breaks. Everything else in C0, DEL and C1 is dropped.

/** C0 controls except tab, LF, VT, FF and CR; DEL; the C1 block. */
const DROPPED = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g
const PAGE_BREAKS = /[\u000b\u000c]/g
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]/

/** `text` without control characters (page breaks become `\n`); the same string when it has none. */
export function stripControlCharacters(text: string): string {
  if (!ANY_CONTROL.test(text)) return text
  return text.replace(DROPPED, '').replace(PAGE_BREAKS, '\n')
}
