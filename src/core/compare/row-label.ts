/**
 * The label of a lanes row: the few words its passages share that are distinctive of it — present in
 * most of the row's members, rare across the theme's other passages — so a row reads "隐患排查 ·
 * 危化品" rather than "安全 · 推进". Pure: takes word counts per passage (the aligner's segmenter
 * words) and the theme's document frequencies. It deliberately does not look at offsets.
 */
import { BOILERPLATE_WORDS } from '../align/boilerplate'

/** Options of {@link labelRow}. */
export interface RowLabelOptions {
  /** Most words in a label (default {@link LABEL_WORDS}). */
  words?: number
}

/** Words in a row label: enough to tell rows apart, short enough for one line. */
export const LABEL_WORDS = 3
/** A word must be in at least this share of the row's members (and in two of them). */
export const MIN_MEMBER_SHARE = 0.5
/** Single characters (安, 会) say nothing on their own. */
const MIN_WORD_LENGTH = 2
const NOT_A_WORD = /^[\d\p{P}\p{S}\s]+$/u

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
    if (out.some((o) => o.includes(w) || w.includes(o))) continue
    out.push(w)
    if (out.length >= (options.words ?? LABEL_WORDS)) break
  }
  return out
}

/** Document frequencies of the words of `passages` (each passage counts a word once). */
export function wordFrequencies(passages: Iterable<ReadonlyMap<string, number>>): Map<string, number> {
  const df = new Map<string, number>()
  for (const words of passages) for (const w of words.keys()) df.set(w, (df.get(w) ?? 0) + 1)
  return df
}
