/**
 * Escaping for the Markdown export, so any text survives a CommonMark parser (and Obsidian) as the
 * same characters: quotes and metadata with backslash escapes (CommonMark allows one before every
 * ASCII punctuation character), leading/trailing whitespace and edge line breaks as numeric character
 * references (the only way to keep them), YAML strings double-quoted. Notes are the user's Markdown and
 * stay Markdown; they are only kept from breaking out of their block (unclosed fences, setext
 * underlines, raw HTML). Chinese full-width punctuation is not Markdown syntax and stays literal.
 * Never emits HTML.
 */

/**
 * ASCII characters that start Markdown, GFM or Obsidian syntax anywhere in a line: emphasis, code,
 * links/wikilinks, HTML, headings and #tags, tables, strikethrough, highlights (==), comments (%%),
 * math ($), block ids (^), entities (&) and the escape character itself.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>#|&~=$%!^]/g
/** A letter or digit (any script) on each side: an underscore there can neither open nor close emphasis. */
const WORD_BEFORE = /[\p{L}\p{N}]$/u
const WORD_AFTER = /^[\p{L}\p{N}]/u

/** Whitespace that CommonMark or markdown-it drop at line edges (JS trim also eats U+3000). */
const EDGE_SPACE = /^\s+|\s+$/gu

/** Numeric character reference for one character (code point, so astral characters stay whole). */
function charRef(ch: string): string {
  return `&#${ch.codePointAt(0)};`
}

/** Escapes syntax characters of one line of literal text (no line breaks inside). */
function escapeLine(line: string): string {
  // CommonMark never reads an intraword underscore as emphasis, so file names like 000_3a5e.txt stay readable.
  const intraword = (at: number): boolean =>
    WORD_BEFORE.test(line.slice(Math.max(0, at - 2), at)) && WORD_AFTER.test(line.slice(at + 1, at + 3))
  let out = line.replace(INLINE_SPECIAL, (c, at: number) => (c === '_' && intraword(at) ? c : `\\${c}`))
  // Block starts that survive inline escaping: list bullets, ordered-list numbers.
  out = out.replace(/^([-+])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2')
  return out.replace(EDGE_SPACE, (ws) => [...ws].map(charRef).join(''))
}

/**
 * Escapes literal text for one line of Markdown (headings, citations, list items): line breaks become
 * spaces, everything else survives as written.
 */
export function escapeInline(text: string): string {
  return escapeLine(text.replace(/\r\n|[\r\n]/g, ' '))
}

/**
 * Lines of a blockquote body (without the `> ` prefix) that parse back to exactly `text`. Inner line
 * breaks become hard breaks (a backslash at the end of the line), so a quote's lines stay one block
 * and an empty line cannot end it; line breaks at either end become `&#10;`.
 */
export function escapeQuoteLines(text: string): string[] {
  const body = text.replace(/^\n+|\n+$/g, '')
  const lead = /^\n+/.exec(text)?.[0].length ?? 0
  const trail = /\n+$/.exec(text)?.[0].length ?? 0
  if (body === '') return ['&#10;'.repeat(text.length)]
  const lines = body.split('\n').map(escapeLine)
  lines[0] = '&#10;'.repeat(lead) + lines[0]
  lines[lines.length - 1] += '&#10;'.repeat(trail)
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}\\` : l))
}

/** A fence opener/closer: up to 3 spaces, then 3+ backticks or tildes. */
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/
/** A setext underline, which would turn the line above into a heading. */
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
/** `<` that would open an HTML tag, comment or declaration (autolinks are handled separately). */
const HTML_START = /<(?=[A-Za-z/!?])/g
const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/

/** Escapes every `<` that could start raw HTML, keeping `<scheme:…>` autolinks. */
function escapeHtmlStarts(line: string): string {
  return line.replace(HTML_START, (lt, index: number) => (AUTOLINK.test(line.slice(index)) ? lt : '\\<'))
}

/** An inline image whose destination is remote (a scheme other than data:, or protocol-relative //). */
const REMOTE_IMAGE =
  /!\[((?:\\.|[^\]\\])*)\]\(\s*((?:<(?!data:)(?:[a-z][a-z0-9+.-]*:|\/\/)[^>\n]*>|(?!data:)(?:[a-z][a-z0-9+.-]*:|\/\/)[^)\s]*)(?:\s+(?:"[^"]*"|'[^']*'))?)\s*\)/gi
/** A reference-style image `![alt][label]`: its definition may name any URL, so it is turned into a link too. */
const REFERENCE_IMAGE = /!\[((?:\\.|[^\]\\])*)\]\[/g
/** A code span (its text is shown as is, so nothing inside it is rewritten). */
const CODE_SPAN = /(`+)[\s\S]*?\1/g

/**
 * Remote images become plain links: `![x](http://…)` → `[x](http://…)`. Rendered elsewhere (Obsidian,
 * a Markdown preview, a site), an image is fetched at once — from an annotation imported from a
 * third party, a tracking beacon; a link is only followed when clicked. Code spans are left alone.
 */
export function linkRemoteImages(line: string): string {
  let out = ''
  let last = 0
  for (const m of line.matchAll(CODE_SPAN)) {
    out += rewriteImages(line.slice(last, m.index)) + m[0]
    last = (m.index ?? 0) + m[0].length
  }
  return out + rewriteImages(line.slice(last))
}

function rewriteImages(text: string): string {
  return text
    .replace(REMOTE_IMAGE, (_m, alt: string, destination: string) => `[${alt}](${destination})`)
    .replace(REFERENCE_IMAGE, (_m, alt: string) => `[${alt}][`)
}

/**
 * The user's Markdown note as lines that cannot escape their container (the caller also wraps them in
 * a blockquote, which ends any open block at its end): fenced code passes through
 * untouched and an unclosed fence is closed; a `---`/`===` line under a paragraph gets a blank line
 * before it (a thematic break or text, never a setext heading); `<` that would start raw HTML is
 * backslash-escaped outside fences (inside inline code this shows the backslash: we prefer no HTML);
 * remote images become links (linkRemoteImages).
 * Returns [] for an empty or blank note.
 */
export function containNoteLines(note: string): string[] {
  if (note.trim() === '') return []
  const out: string[] = []
  let fence: { indent: string; char: string; length: number } | undefined
  for (const raw of note.replace(/\r\n?/g, '\n').split('\n')) {
    const m = FENCE.exec(raw)
    if (fence) {
      out.push(raw)
      if (m && m[2][0] === fence.char && m[2].length >= fence.length && m[3].trim() === '') fence = undefined
      continue
    }
    if (m && !(m[2][0] === '`' && m[3].includes('`'))) {
      fence = { indent: m[1], char: m[2][0], length: m[2].length }
      out.push(raw)
      continue
    }
    const previous = out[out.length - 1]
    if (SETEXT_UNDERLINE.test(raw) && previous !== undefined && previous.trim() !== '') out.push('')
    out.push(escapeHtmlStarts(linkRemoteImages(raw)))
  }
  // Closed at the opener's indent, so a fence inside a list item closes inside that item.
  if (fence) out.push(fence.indent + fence.char.repeat(fence.length))
  return out
}

/** Characters Obsidian does not accept in a tag name (it allows letters incl. CJK, digits, `_`, `-`). */
const TAG_INVALID = /[^\p{L}\p{N}\p{M}_-]+/gu
/** A run of separators holding a dash; collapsed to one dash so no underscore sits beside punctuation. */
const SEPARATOR_RUN = /[-_]*-[-_]*/g

/**
 * An Obsidian tag `#prefix/name`: runs of spaces and punctuation in `name` become `-`, and separators
 * at the ends go, so an underscore is only ever between letters or digits (where CommonMark cannot read
 * it as emphasis). Returns '' when nothing usable is left.
 */
export function obsidianTag(prefix: string, name: string): string {
  const clean = name
    .replace(TAG_INVALID, '-')
    .replace(SEPARATOR_RUN, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
  return clean === '' ? '' : `#${prefix}/${clean}`
}

/** Characters a YAML double-quoted scalar must not hold raw (controls, NEL, line/paragraph separators, BOM, lone surrogates). */
const YAML_UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff"\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** A YAML double-quoted string holding exactly `text`. */
export function yamlString(text: string): string {
  return `"${text.replace(YAML_UNSAFE, (c) => {
    if (c === '"' || c === '\\') return `\\${c}`
    if (c === '\n') return '\\n'
    if (c === '\t') return '\\t'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })}"`
}
