/**
 * Turns a name the renderer suggests (often built from a report title) into a file name that is
 * safe on Windows, macOS and Linux: no directory part, no reserved or control characters, no
 * reserved device names, a bounded length, and an expected extension. It does not check whether
 * the file exists; the save dialog does that.
 */

/** Used when nothing printable is left of the suggested name. */
export const FALLBACK_FILE_NAME = 'untitled'

/**
 * Longest name kept, in UTF-16 code units. Filesystems cap names at 255 bytes; a Chinese character
 * is 3 bytes in UTF-8, so 80 units stays under the cap with room for the extension.
 */
export const MAX_FILE_NAME_LENGTH = 80

/** A longer "extension" is taken as part of the name (`报告.关于加强生态环境保护的实施意见`). */
const MAX_EXTENSION_LENGTH = 10

// Windows forbids these characters; slashes would also make a path. Control characters confuse every shell.
const FORBIDDEN_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g
// Windows device names are reserved with any extension (CON.txt opens the console).
const RESERVED_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 ? name.slice(dot + 1) : ''
  return ext.length <= MAX_EXTENSION_LENGTH && !/\s/.test(ext) ? ext : ''
}

/** Cuts to at most `max` code units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return text.slice(0, end)
}

/**
 * Returns a safe base name for `suggested`.
 * @param suggested any string; a path keeps only its last segment.
 * @param extensions allowed extensions, lower case without the dot; when the name has none of
 *   them, the first is appended. Empty list: the name's extension is left as it is.
 * @returns a non-empty name of at most {@link MAX_FILE_NAME_LENGTH} units plus the extension.
 */
export function sanitizeFileName(suggested: string, extensions: readonly string[] = []): string {
  const lastSegment = suggested.split(/[/\\]/).pop() ?? ''
  let name = lastSegment.normalize('NFC').replace(/\s+/g, ' ').replace(FORBIDDEN_CHARS, '_').trim()
  // Leading dots hide files on Unix (and `..` is a path); trailing dots and spaces vanish on Windows.
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '')

  let ext = extensionOf(name)
  let stem = ext ? name.slice(0, name.length - ext.length - 1) : name
  if (extensions.length > 0 && !extensions.includes(ext.toLowerCase())) {
    stem = name
    ext = extensions[0]
  }
  stem = truncate(stem, MAX_FILE_NAME_LENGTH).replace(/[.\s]+$/, '')
  if (stem === '' || RESERVED_NAME.test(stem)) stem = stem === '' ? FALLBACK_FILE_NAME : `_${stem}`
  return ext ? `${stem}.${ext}` : stem
}
