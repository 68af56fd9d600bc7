// Finds heading candidates paragraph by paragraph: a label that opens a paragraph (`（三）…`, `12.…`),
// an inline `一是/二是` (`一要`, `第一，`) run item opening a clause, or a short lead phrase
// (`加强污染防治。` followed by body text, or a short title line). It keeps only candidates whose
// numbers run in sequence and leads that come in runs; nesting is left to parse-outline.

import { KIND_RANK, matchLabel } from './heading-patterns'
import type { HeadingKind, Span } from './types'

/** A heading before nesting. */
export interface HeadingCandidate {
  kind: HeadingKind
  label: string
  title: string
  heading: Span
  value: number
  /** The heading opens its paragraph (an inline 一是 item does not). */
  opensParagraph: boolean
  /**
   * For 一是 items: whether the run's first item opened its paragraph. A run nests as a whole — all
   * inside the paragraph's lead when it started inline, all siblings of leads when it started a
   * paragraph — however its later items fall on paragraphs.
   */
  runOpensParagraph?: boolean
}

/** Longest lead phrase (characters of its title) that still reads as a bold-style heading. */
const MAX_LEAD_CHARS = 16
/** Shorter lead phrases are fragments (为此：) rather than headings. */
const MIN_LEAD_CHARS = 4
/** A lead may hold one comma only when this short (突出政治引领，忠诚履职。). */
const MAX_LEAD_CHARS_WITH_COMMA = 12
/** A title line must be followed by a body paragraph at least this long. */
const MIN_BODY_AFTER_TITLE = 40
/** Numbering may skip at most this many items (a lost line) and still count as in sequence. */
const MAX_NUMBER_GAP = 2

const HEADING_END = /[。！？；!?;：:]/
const LEAD_END = /[。：:]/
/** What may come right before an enumeration item: a clause end or a comma (为此，一是…；…，第一，…). */
const ITEM_BEFORE = /[。！？；!?;：:，,]/
const CLOSERS = /["”’）)」』》]/
const TRAILING_PUNCT = /[。！？；!?;：:，,、.．\s]+$/
const SHI_LABEL = /第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]+(?:是(?![的否])|要(?![求素点件]))/g

function titleOf(text: string, start: number, end: number): string {
  return text.slice(start, end).trim().replace(TRAILING_PUNCT, '')
}

/** End (exclusive) of the clause starting at `from`: just past its first terminator, or `limit`. */
function clauseEnd(text: string, from: number, limit: number, end: RegExp): number {
  for (let i = from; i < limit; i++) if (end.test(text[i]!)) return i + 1
  return limit
}

function labelledHeading(text: string, p: Span): HeadingCandidate | undefined {
  const m = matchLabel(text.slice(p.start, Math.min(p.end, p.start + 12)))
  if (!m || m.kind === 'cn-shi') return undefined
  const labelEnd = p.start + m.label.length
  const end = clauseEnd(text, labelEnd, p.end, HEADING_END)
  const title = titleOf(text, labelEnd, end)
  // A bare label on its own line (a table or list debris) heads nothing; a 一、 item ending in ； is
  // one entry of an enumeration inside the prose, not a part of the report.
  if (title.length === 0 || (m.kind === 'cn-top' && /[；;]$/.test(text.slice(labelEnd, end)))) return undefined
  return { kind: m.kind, label: m.label, title, heading: { start: p.start, end }, value: m.value, opensParagraph: true }
}

function shiHeadings(text: string, p: Span, next: Span | undefined): HeadingCandidate[] {
  const found: HeadingCandidate[] = []
  const body = text.slice(p.start, p.end)
  const items = [...body.matchAll(SHI_LABEL)].flatMap((m) => {
    // An item opens the paragraph or a clause: 一是 in the middle of a phrase (这一是) is prose.
    let before = m.index - 1
    while (before >= 0 && CLOSERS.test(body[before]!)) before--
    if (before >= 0 && !ITEM_BEFORE.test(body[before])) return []
    const label = matchLabel(m[0])
    return label && label.kind === 'cn-shi' ? [{ start: p.start + m.index, label: m[0], value: label.value }] : []
  })
  items.forEach((item, i) => {
    const labelEnd = item.start + item.label.length
    // Some pages set a bold 一是 on a line of its own: its item is the next paragraph's first clause.
    const alone = item.start === p.start && labelEnd === p.end && next !== undefined
    // Items listed in one sentence (一是稳增长，二是调结构) end where the next one starts.
    const limit = items[i + 1]?.start ?? p.end
    const end = alone ? clauseEnd(text, next.start, next.end, HEADING_END) : clauseEnd(text, labelEnd, limit, HEADING_END)
    const title = titleOf(text, alone ? next.start : labelEnd, end)
    if (title.length === 0) return
    found.push({
      kind: 'cn-shi',
      label: item.label,
      title,
      heading: { start: item.start, end },
      value: item.value,
      opensParagraph: item.start === p.start,
    })
  })
  return found
}

/**
 * A bold lead names a task (加强污染防治, 推进低碳发展); a short sentence opening with a connective or
 * a pronoun (但是我们没有理由自满, 我国学校教育有了发展) is prose that happens to be short.
 */
const PROSE_START =
  /^(但是?|而且?|并且|因此|所以|因而|于是|同时|此外|另外|总之|如果|虽然|尽管|只有|由于|可是|然而|我们|我們|我国|我國|这|這|那|他|她|它|其|各位)/
/** A clause ending in ： after a verb of saying or listing introduces what follows (毛主席指出：, 目标是：): not a heading. */
const INTRODUCES = /(指出|说|說|认为|認爲|認為|要求|强调|強調|是|为|爲|如下|说明|說明|包括|教导我们|教導我們)$/

function leadHeading(text: string, p: Span, next: Span | undefined): HeadingCandidate | undefined {
  const end = clauseEnd(text, p.start, p.end, LEAD_END)
  const title = titleOf(text, p.start, end)
  // Digits mean a figure or a date, and an inner ！ or ？ means an exclamation, not a heading.
  if (title.length < MIN_LEAD_CHARS || title.length > MAX_LEAD_CHARS || /[\d！？!?；;]/.test(title)) return undefined
  if (PROSE_START.test(title) || (/[：:]/.test(text[end - 1] ?? '') && INTRODUCES.test(title))) return undefined
  const commas = (title.match(/[，,；;]/g) ?? []).length
  if (commas > 1 || (commas === 1 && title.length > MAX_LEAD_CHARS_WITH_COMMA)) return undefined
  if (end < p.end) {
    // Body text must follow in Chinese: `本文地址:/baogao/…` is a field, not a heading.
    if (!LEAD_END.test(text[end - 1]!) || !/^[\u4e00-\u9fff“"《（(]/.test(text[end]!)) return undefined
  } else {
    // A whole line: a title only without final punctuation and with a body paragraph after it.
    if (/[。！？；!?;：:，,]/.test(text.slice(p.start, p.end))) return undefined
    if (!next || next.end - next.start < Math.max(MIN_BODY_AFTER_TITLE, 2 * (p.end - p.start))) return undefined
  }
  return { kind: 'lead', label: '', title, heading: { start: p.start, end }, value: 0, opensParagraph: true }
}

/** True when `value` continues the numbering of its kind (a restart at 1 and the first label of a kind count). */
function inSequence(last: number | undefined, value: number): boolean {
  return last === undefined || value === 1 || (value > last && value - last <= MAX_NUMBER_GAP)
}

/**
 * The headings of a document in order, from its paragraph spans: numbered labels in sequence, inline
 * 一是 items, and lead phrases that come at least two to a section. Offsets are UTF-16 code units.
 */
export function findHeadings(text: string, paragraphs: readonly Span[]): HeadingCandidate[] {
  const accepted: HeadingCandidate[] = []
  const last = new Map<HeadingKind, number>()
  let leadGroup: HeadingCandidate[] = []
  let runOpensParagraph = false
  const flushLeads = (): void => {
    if (leadGroup.length >= 2) accepted.push(...leadGroup)
    leadGroup = []
  }
  paragraphs.forEach((p, i) => {
    const labelled = labelledHeading(text, p)
    const shis = shiHeadings(text, p, paragraphs[i + 1])
    if (labelled && inSequence(last.get(labelled.kind), labelled.value)) {
      flushLeads()
      last.set(labelled.kind, labelled.value)
      // A new outer heading restarts the numbering of every kind inside it.
      for (const kind of last.keys()) if (KIND_RANK[kind] > KIND_RANK[labelled.kind]) last.delete(kind)
      accepted.push(labelled)
    } else if (!labelled && shis[0]?.heading.start !== p.start) {
      const lead = leadHeading(text, p, paragraphs[i + 1])
      if (lead) leadGroup.push(lead)
    }
    for (const shi of shis) {
      const previous = last.get('cn-shi')
      if (!inSequence(previous, shi.value)) continue
      if (previous === undefined || shi.value === 1) runOpensParagraph = shi.opensParagraph
      last.set('cn-shi', shi.value)
      accepted.push({ ...shi, runOpensParagraph })
    }
  })
  flushLeads()
  accepted.sort((a, b) => a.heading.start - b.heading.start)
  // A label alone on its line takes the next paragraph's first clause as its title; a lead found in
  // that same clause is the same heading seen twice, so the later one goes.
  return accepted.filter((h, i) => i === 0 || h.heading.start >= accepted[i - 1]!.heading.end)
}
