// Decides which line breaks of a text file are soft wraps inside a paragraph rather than paragraph
// ends. Text copied from a PDF viewer, an e-mail or a wiki (whose links come out on lines of their
// own) breaks lines mid-sentence; such files separate their real paragraphs by blank lines. Only in
// those files, and only when the line before the break cannot end a paragraph, is the break joined.
// It deliberately never joins a heading (一、…, （一）…, a short title line) to the text after it,
// table rows, or lines the caller flags (page chrome), so one-paragraph-per-line files are untouched.

/** A file separates paragraphs by blank lines when it has at least this many blank-line-separated blocks. */
const MIN_BLOCKS = 3
/** A single line shorter than this with nothing to show it continues may be a title or a lead phrase. */
const MIN_WRAPPED_LINE = 30

/** A line that starts like this continues the previous one in any file (a link split off before a comma). */
const CONTINUES_LINE = /^[，、。；：！？）》」』”’,.;:!?)%]/
/** The line ends a sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[。！？；：!?;:…][”’」』）)》"']*$/
/** A line ending in a comma or a function word, or a line opening with one, is mid-sentence. */
const ENDS_MID_PHRASE = /[，、,的和与及或对在把被将从向]$/
/** A comma inside the line makes it prose: a title line that is followed directly by its text has none. */
const HOLDS_COMMA = /[，,；;]/
const OPENS_MID_PHRASE = /^[的地得之]/
/** Outline labels and dashes open headings, datelines and list items: never joined to the line before. */
const OPENS_HEADING =
  /^([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[)）]|\d{1,3}[.．、](?!\d)|第[一二三四五六七八九十百]+[章节条部分]|[一二三四五六七八九十]+是|[—–-]{1,2})/
/** Cells of a plain-text table are separated by tabs or runs of spaces. */
const TABLE_LIKE = /\t| {2,}|\u3000{2,}/

/** One line of the file: its trimmed content (empty for a blank line). */
export interface WrapLine {
  content: string
  /** The caller's veto: a line that must stay on its own (e.g. it looks like page chrome). */
  keep?: boolean
  /** The line held only invisible characters (a zero-width space a web page left): it neither ends nor joins a paragraph. */
  invisible?: boolean
}

/** A dash alone on a line (a wiki link split off after ——) belongs to the words after it. */
const DASH_ONLY = /^[—–-]{1,2}$/

/** True when the text has enough blank-line-separated blocks to treat single breaks as wraps. */
export function separatesParagraphsByBlankLines(lines: readonly WrapLine[]): boolean {
  let blocks = 0
  let inBlock = false
  for (const line of lines) {
    if (line.content && !inBlock) blocks++
    inBlock = line.content !== ''
  }
  return blocks >= MIN_BLOCKS
}

function canJoin(paragraph: string, first: string, paragraphLines: number, next: string, blankLineMode: boolean): boolean {
  if (CONTINUES_LINE.test(next)) return true
  if (!blankLineMode || OPENS_HEADING.test(next)) return false
  if (DASH_ONLY.test(first)) return !ENDS_SENTENCE.test(paragraph)
  if (paragraphLines === 1 && OPENS_HEADING.test(paragraph)) return false
  if (ENDS_SENTENCE.test(paragraph) || TABLE_LIKE.test(paragraph) || TABLE_LIKE.test(next)) return false
  if (ENDS_MID_PHRASE.test(paragraph) || OPENS_MID_PHRASE.test(next) || HOLDS_COMMA.test(paragraph)) return true
  return paragraph.length >= MIN_WRAPPED_LINE
}

/**
 * Groups the lines of a file into paragraphs: each group is a run of consecutive line indexes whose
 * breaks are soft wraps. Blank lines belong to no group. Groups come in order and never overlap.
 */
export function groupWrappedLines(lines: readonly WrapLine[]): number[][] {
  const blankLineMode = separatesParagraphsByBlankLines(lines)
  const groups: number[][] = []
  let current: number[] | null = null
  let text = ''
  let previous: WrapLine | undefined
  lines.forEach((line, i) => {
    if (line.invisible) return
    if (!line.content) {
      current = null
      previous = line
      return
    }
    const first = current ? lines[current[0]].content : ''
    if (current && previous && !previous.keep && !line.keep && canJoin(text, first, current.length, line.content, blankLineMode)) {
      current.push(i)
      text += line.content
    } else {
      current = [i]
      text = line.content
      groups.push(current)
    }
    previous = line
  })
  return groups
}

/** Joins the contents of wrapped lines: directly between Chinese, with a space between Latin words. */
export function joinWrapped(parts: readonly string[]): string {
  let out = ''
  for (const part of parts) {
    if (!part) continue
    out += out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(part) ? ` ${part}` : part
  }
  return out
}
