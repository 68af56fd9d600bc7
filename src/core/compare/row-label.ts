/**
 * The label of a lanes row: the few words its passages share that are distinctive of it — present in
 * most of the row's members, rare across the theme's other passages — so a row reads "隐患排查 ·
 * 危化品" rather than "安全 · 推进". Pure: takes word counts per passage (the aligner's segmenter
 * words) and the theme's document frequencies. It deliberately does not look at offsets.
 */
import { BOILERPLATE_WORDS } from '../align/boilerplate'
import { segmentWords, type Token } from '../text/tokenize'

/** Options of {@link labelRow}. */
export interface RowLabelOptions {
  /** Most words in a label (default {@link LABEL_WORDS}). */
  words?: number
  /**
   * The members' texts, in the order of `members`: a label word is then grown to the longest string
   * around it that every member holding it shares (see {@link growLabelWord}).
   */
  texts?: readonly string[]
}

/** Words in a row label: enough to tell rows apart, short enough for one line. */
export const LABEL_WORDS = 3
/** A word must be in at least this share of the row's members (and in two of them). */
export const MIN_MEMBER_SHARE = 0.5
/** Single characters (安, 会) say nothing on their own. */
const MIN_WORD_LENGTH = 2
const NOT_A_WORD = /^[\d\p{P}\p{S}\s]+$/u
/** Longest a label word is grown to (characters): a word, not a phrase. */
export const MAX_GROWN_CHARS = 6
const HAN = /^\p{Script=Han}$/u
/** Characters segmented on either side of a grown word to find its word boundaries. */
const SEGMENT_MARGIN = 12

/**
 * The label words of a row: words in at least {@link MIN_MEMBER_SHARE} of `members` (two at least),
 * ranked by (members holding it) × log(passages / passages of the theme holding it), boilerplate and
 * numbers left out, and a word inside a higher-ranked one dropped. `documentFrequency` maps a word to
 * the number of the theme's passages holding it; `passages` is their count. Fewer than two members
 * or nothing shared: [].
 */
export function labelRow(
  members: readonly ReadonlyMap<string, number>[],
  documentFrequency: ReadonlyMap<string, number>,
  passages: number,
  options: RowLabelOptions = {},
): string[] {
  if (members.length < 2) return []
  const held = new Map<string, number>()
  for (const words of members) for (const w of words.keys()) held.set(w, (held.get(w) ?? 0) + 1)
  const needed = Math.max(2, Math.ceil(members.length * MIN_MEMBER_SHARE))
  const ranked = [...held]
    .filter(([w, n]) => n >= needed && [...w].length >= MIN_WORD_LENGTH && !NOT_A_WORD.test(w) && !BOILERPLATE_WORDS.has(w))
    .map(([w, n]) => ({ w, score: n * Math.log(passages / Math.max(1, documentFrequency.get(w) ?? n)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.w.length - a.w.length || (a.w < b.w ? -1 : 1))
  const out: string[] = []
  for (const { w } of ranked) {
    const word = options.texts ? growLabelWord(w, options.texts) : w
    if (out.some((o) => overlaps(o, word))) continue
    out.push(word)
    if (out.length >= (options.words ?? LABEL_WORDS)) break
  }
  return out
}

/** One word inside the other, or the end of one the start of the other by two characters or more (国内生产总值, 生产总值能耗). */
function overlaps(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true
  for (let k = 2; k < Math.min(a.length, b.length); k++) if (a.endsWith(b.slice(0, k)) || b.endsWith(a.slice(0, k))) return true
  return false
}

/**
 * `word` grown by one Han character at a time, left or right, while every text holding `word` holds
 * the longer string too (up to {@link MAX_GROWN_CHARS}), then cut back to the longest stage that
 * starts and ends on the segmenter's word boundaries. The aligner's terms include character pairs of
 * words its segmenter does not know, so a row of 危化品 passages would otherwise read "化品"; grown, it
 * reads "危化品", while a shared stock phrase (稳中求进工作总基调) is not cut mid-word.
 */
export function growLabelWord(word: string, texts: readonly string[]): string {
  const holding = texts.filter((t) => t.includes(word))
  if (holding.length === 0) return word
  const stages = [word]
  while (stages.at(-1)!.length < MAX_GROWN_CHARS) {
    const next = sharedExtension(stages.at(-1)!, holding)
    if (!next) break
    stages.push(next)
  }
  if (stages.length === 1) return word
  // Word boundaries from the segmenter, on a window around the longest stage (where all stages lie).
  const text = holding[0]
  const longest = stages.at(-1)!
  const at = text.indexOf(longest)
  const from = Math.max(0, at - SEGMENT_MARGIN)
  const tokens = segmentWords(text, from, Math.min(text.length, at + longest.length + SEGMENT_MARGIN))
  for (let k = stages.length - 1; k > 0; k--) {
    const start = at + longest.indexOf(stages[k])
    if (isWholeWords(tokens, start, start + stages[k].length)) return stages[k]
  }
  return word
}

/**
 * Whether `[start, end)` is whole words of `tokens`: on word boundaries, and neither end a lone single
 * character glued to a word (和|治安|混乱), while runs of single characters — words the segmenter does
 * not know, 危|化|品, 治理|末|梢 — count as words.
 */
function isWholeWords(tokens: readonly Token[], start: number, end: number): boolean {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end)
  if (inside.length === 0 || inside[0].start !== start || inside.at(-1)!.end !== end) return false
  if (inside.some((t, i) => i > 0 && t.start !== inside[i - 1].end)) return false
  const single = (t: Token | undefined): boolean => t !== undefined && t.end - t.start === 1
  const loneAtEdge = (edge: Token, neighbour: Token | undefined): boolean => single(edge) && !single(neighbour)
  return !loneAtEdge(inside[0], inside[1]) && !loneAtEdge(inside.at(-1)!, inside.at(-2))
}

/** `grown` and one Han character on either side, if every one of `texts` holds that; else undefined. */
function sharedExtension(grown: string, texts: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const text of texts) {
    const seen = new Set<string>()
    for (let i = text.indexOf(grown); i >= 0; i = text.indexOf(grown, i + 1)) {
      const before = text[i - 1]
      const after = text[i + grown.length]
      if (before !== undefined && HAN.test(before)) seen.add(before + grown)
      if (after !== undefined && HAN.test(after)) seen.add(grown + after)
    }
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  // The first shared extension in text order: left and right can both be shared (危化品 in 危化品安全).
  for (const [s, n] of counts) if (n === texts.length) return s
  return undefined
}

/** Document frequencies of the words of `passages` (each passage counts a word once). */
export function wordFrequencies(passages: Iterable<ReadonlyMap<string, number>>): Map<string, number> {
  const df = new Map<string, number>()
  for (const words of passages) for (const w of words.keys()) df.set(w, (df.get(w) ?? 0) + 1)
  return df
}
