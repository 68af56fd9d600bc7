/**
 * Cuts a document into passages, the unit of alignment: each heading that stands on its own line,
 * each paragraph, and, for long paragraphs, runs of whole sentences split where the topic changes.
 * Topic changes are read from in-paragraph headings (`一是`/`二是`, lead phrases, which always start a
 * new run), from shifts of the dominant theme or policy concept between sentences, and from a sentence
 * that names another sub-theme outright (安全生产 → 食品药品), which cuts even a short run. Hard rule: no passage is longer
 * than MAX_PASSAGE_CHARS unless it is a single sentence. It deliberately does not classify passages
 * (see themes/classify-passages.ts) and does not split sentences itself (that is the structure's job).
 */
import type { DocumentStructure, OutlineNode, Span } from '../structure/types'
import { indexThemeTerms, scanIndexed, type TermIndex, type ThemeMatcher } from '../terms'
import type { Passage, PassageHeading } from './types'

/** Longest passage (UTF-16 units) unless it is one sentence; the evaluation contract's rule. */
export const MAX_PASSAGE_CHARS = 600
/** A run shorter than this is never closed by a topic shift: a lone short clause lacks context. */
export const MIN_RUN_CHARS = 40
/**
 * Paragraphs up to this length stay whole: only a paragraph that can hold two runs of MIN_RUN_CHARS
 * is cut where its topic changes (a 179-character paragraph on air and then on rivers is two topics).
 */
export const SPLIT_PARAGRAPHS_OVER = 2 * MIN_RUN_CHARS
/** A run longer than this closes at the next sentence boundary even without a visible shift. */
export const SOFT_MAX_RUN_CHARS = 320
/** Minimum term score for a sentence to have a dominant theme that can signal a topic shift. */
export const SHIFT_MIN_SCORE = 2
/**
 * A run this long closes when the next sentence names another sub-theme of the codebook outright:
 * national reports give a topic one short sentence (做好退役军人…服务保障。) and go straight on to the
 * next (加强…养老服务…), and a run of both could rank only one of them first. Shorter than
 * MIN_RUN_CHARS because a sub-theme named outright is a stronger signal than a theme's words.
 */
export const SUBTHEME_SHIFT_MIN_CHARS = 20
/** Score of a sentence's dominant sub-theme that counts as naming it outright (a term of weight 3). */
export const SUBTHEME_SHIFT_MIN_SCORE = 3

/**
 * A short comma-free sentence (维护镇域稳定大局。) is a lead phrase announcing the next topic, in the
 * reports' "lead phrase + details" style even when the outline does not list it: it opens a new run.
 */
export const LEAD_PHRASE_MAX_CHARS = 20
const LEAD_PHRASE = /^[^，,；;：:]+[。！!]$/

/** Options of `segmentPassages`. */
export interface SegmentOptions {
  /** Theme terms used to find topic shifts; without it only headings and lengths cut runs. */
  matcher?: ThemeMatcher
  /** Policy concepts (see themes/policy-concepts.ts) used to find topic shifts within a theme. */
  concepts?: ThemeMatcher
  /** `matcher`'s index of this text, when the caller has one (classification reuses it); built otherwise. */
  themeIndex?: TermIndex
  /** The index of this text by `matcher`'s sub-themes, when the caller has one; built otherwise. */
  subthemeIndex?: TermIndex
}

/** The term indexes of one text that topic shifts are read from. */
interface ShiftIndexes {
  themes?: TermIndex
  concepts?: TermIndex
  subthemes?: TermIndex
}

function flatten(nodes: OutlineNode[], out: OutlineNode[] = []): OutlineNode[] {
  for (const n of nodes) {
    out.push(n)
    flatten(n.children, out)
  }
  return out
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start, end }
}

/** Per-theme tallies of one stretch, reused (one stretch at a time). */
let tally = new Float64Array(64)

function tallyOf(index: TermIndex, s: Span, by: 'weight' | 'count'): Float64Array {
  if (tally.length < index.themes) tally = new Float64Array(index.themes)
  tally.fill(0, 0, index.themes)
  const add = by === 'weight' ? (theme: number, weight: number) => (tally[theme] += weight) : (theme: number) => (tally[theme] += 1)
  scanIndexed(index, s.start, s.end, add)
  return tally
}

/** The dominant theme (or sub-theme) of a stretch, or -1 when none reaches `minScore`. */
function dominantTheme(index: TermIndex | undefined, s: Span, minScore = SHIFT_MIN_SCORE): number {
  if (!index) return -1
  let best = -1
  let bestScore = minScore - Number.EPSILON
  const scores = tallyOf(index, s, 'weight')
  for (let theme = 0; theme < index.themes; theme++) {
    if (scores[theme] > bestScore) {
      bestScore = scores[theme]
      best = theme
    }
  }
  return best
}

/** Sentences of `span`, clipped to it, with gaps folded into the following sentence. */
function sentenceUnits(text: string, sentences: Span[], span: Span): Span[] {
  const units: Span[] = []
  let cursor = span.start
  // Sentences are in document order: start at the first one ending inside the span (a scan from
  // the top for every paragraph made long reports quadratic).
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sentences[mid].end <= span.start) lo = mid + 1
    else hi = mid
  }
  for (let k = lo; k < sentences.length; k++) {
    const s = sentences[k]
    if (s.start >= span.end) break
    const end = Math.min(s.end, span.end)
    if (end > cursor) units.push({ start: cursor, end })
    cursor = Math.max(cursor, end)
  }
  if (cursor < span.end) {
    if (units.length > 0 && span.end - cursor < MIN_RUN_CHARS) units[units.length - 1].end = span.end
    else units.push({ start: cursor, end: span.end })
  }
  const out: Span[] = []
  for (const u of units) {
    if (u.end - u.start <= MAX_PASSAGE_CHARS) out.push(u)
    else for (const part of splitOverlong(text, u)) out.push(part)
  }
  return out
}

/** Clause ends that count as sentence ends for the length rule when a "sentence" is too long. */
const CLAUSE_END = /[；;。！？!?]/g

/** Splits a unit longer than MAX_PASSAGE_CHARS after semicolons, so the length rule can hold. */
function splitOverlong(text: string, unit: Span): Span[] {
  if (unit.end - unit.start <= MAX_PASSAGE_CHARS) return [unit]
  const parts: Span[] = []
  let from = unit.start
  const slice = text.slice(0, unit.end)
  CLAUSE_END.lastIndex = unit.start
  for (let m = CLAUSE_END.exec(slice); m; m = CLAUSE_END.exec(slice)) {
    const cut = m.index + 1
    if (cut < unit.end && cut > from) {
      parts.push({ start: from, end: cut })
      from = cut
    }
  }
  if (from < unit.end) parts.push({ start: from, end: unit.end })
  return parts
}

/**
 * The policy concepts a stretch names (indices into the concept matcher) and the one it names most
 * (-1 when none): a closing slogan (碧海蓝天) should not hide that a sentence is about rivers.
 */
function conceptsOf(index: TermIndex | undefined, s: Span): { all: Set<number>; main: number } {
  const all = new Set<number>()
  let main = -1
  let most = 0
  if (!index) return { all, main }
  const counts = tallyOf(index, s, 'count')
  for (let i = 0; i < index.themes; i++) {
    if (counts[i] === 0) continue
    all.add(i)
    if (counts[i] > most) {
      most = counts[i]
      main = i
    }
  }
  return { all, main }
}

/** A lead phrase: a short comma-free sentence (see LEAD_PHRASE_MAX_CHARS). */
function isLeadPhrase(text: string, unit: Span): boolean {
  const body = text.slice(unit.start, unit.end).trim()
  return body.length <= LEAD_PHRASE_MAX_CHARS && LEAD_PHRASE.test(body)
}

function splitIntoRuns(text: string, body: Span, sentences: Span[], forced: Set<number>, indexes: ShiftIndexes): Span[] {
  const units = sentenceUnits(text, sentences, body)
  const runs: Span[] = []
  let run: Span | undefined
  let runTheme = -1
  let runConcepts = new Set<number>()
  let runSubthemes = new Set<number>()
  // A run holding only a heading or lead phrase is not closed by a shift: its details follow it.
  let runIsLead = false
  for (const unit of units) {
    const theme = dominantTheme(indexes.themes, unit)
    const concepts = conceptsOf(indexes.concepts, unit)
    const subtheme = dominantTheme(indexes.subthemes, unit, SUBTHEME_SHIFT_MIN_SCORE)
    const lead = isLeadPhrase(text, unit)
    if (run) {
      const length = run.end - run.start
      // A topic changes when the dominant theme changes, or, within a theme, when a sentence is
      // mainly about a policy (air quality → river chiefs) the run has not named so far.
      const themeShift = theme >= 0 && runTheme >= 0 && theme !== runTheme
      const conceptShift = concepts.main >= 0 && runConcepts.size > 0 && !runConcepts.has(concepts.main)
      const subthemeShift = !runIsLead && subtheme >= 0 && runSubthemes.size > 0 && !runSubthemes.has(subtheme)
      const mustClose = forced.has(unit.start) || lead || unit.end - run.start > MAX_PASSAGE_CHARS
      const shifted = length >= MIN_RUN_CHARS && (themeShift || conceptShift || subthemeShift || length >= SOFT_MAX_RUN_CHARS)
      if (mustClose || shifted || (length >= SUBTHEME_SHIFT_MIN_CHARS && subthemeShift)) {
        runs.push(run)
        run = undefined
      }
    }
    if (!run) {
      run = { ...unit }
      runTheme = theme
      runConcepts = new Set(concepts.all)
      runSubthemes = new Set(subtheme >= 0 ? [subtheme] : [])
      runIsLead = forced.has(unit.start) || lead
    } else {
      run.end = unit.end
      if (runTheme < 0) runTheme = theme
      for (const c of concepts.all) runConcepts.add(c)
      if (subtheme >= 0) runSubthemes.add(subtheme)
      runIsLead = false
    }
  }
  if (run) runs.push(run)
  return runs.map((r) => trimSpan(text, r)).filter((r) => r.end > r.start)
}

function headingsOf(nodes: OutlineNode[], at: number, self?: OutlineNode): PassageHeading[] {
  return nodes
    .filter((n) => n !== self && n.section.start <= at && at < n.section.end && n.heading.start <= at)
    .sort((a, b) => a.depth - b.depth || a.section.start - b.section.start)
    .map((n) => ({ id: n.id, title: n.title, start: n.heading.start, end: n.heading.end }))
}

/**
 * Segments `text` into passages using its structure (paragraphs, sentences and outline as parsed by
 * `parseStructure`). Passages are in document order and do not overlap; text outside paragraphs
 * (blank lines) belongs to no passage. Returns [] for an empty text.
 */
export function segmentPassages(text: string, structure: DocumentStructure, options: SegmentOptions = {}): Passage[] {
  const nodes = flatten(structure.outline)
  const indexes: ShiftIndexes = {
    themes: options.themeIndex ?? (options.matcher && indexThemeTerms(options.matcher, text)),
    concepts: options.concepts && indexThemeTerms(options.concepts, text),
    subthemes: options.subthemeIndex ?? (options.matcher?.subthemes && indexThemeTerms(options.matcher.subthemes.matcher, text)),
  }
  const spans: { span: Span; kind: Passage['kind']; node?: OutlineNode }[] = []
  for (const raw of structure.paragraphs) {
    const para = trimSpan(text, raw)
    if (para.end <= para.start) continue
    const inside = nodes.filter((n) => n.heading.start >= para.start && n.heading.start < para.end)
    const whole = inside.find((n) => trimSpan(text, n.heading).end >= para.end - 1 && n.heading.start <= para.start)
    if (whole) {
      spans.push({ span: para, kind: 'heading', node: whole })
      continue
    }
    if (para.end - para.start <= SPLIT_PARAGRAPHS_OVER) {
      spans.push({ span: para, kind: 'paragraph' })
      continue
    }
    const forced = new Set(inside.map((n) => n.heading.start))
    for (const run of splitIntoRuns(text, para, structure.sentences, forced, indexes)) {
      const kind = run.start === para.start && run.end === para.end ? 'paragraph' : 'sentences'
      spans.push({ span: run, kind })
    }
  }
  return spans.map(({ span, kind, node }, i) => ({
    id: `p${i}`,
    start: span.start,
    end: span.end,
    kind,
    headings: headingsOf(nodes, span.start, node),
  }))
}
