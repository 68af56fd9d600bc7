/**
 * Finds codebook terms in text. Matching is on folded text (width and case) with quotation marks,
 * book-title marks and spaces skipped, so `“三公”经费` matches `三公经费` and `ＰＭ２．５` matches `PM2.5`.
 * Within one theme, a match inside a longer match is dropped (`安全生产` is not also `安全`); a
 * term of weight 0 (an excluded phrase such as `营商环境` in ecology) takes part in that but is
 * never returned, so it only hides the shorter terms inside it.
 * The trie is in term-trie.ts, the scan in term-index.ts; callers asking about many stretches of
 * one text index it once (`indexThemeTerms`) and query it (`matchIndexed`).
 * It deliberately does not score or decide themes (see classify-passages.ts).
 */
import { indexTerms, matchIndexed, scanTerms, type MatchVisitor, type TermIndex, type TermMatch } from './term-index'
import { buildTermTrie, foldTerm, type TermTrie } from './term-trie'
import type { TermLists } from './types'

export { matchIndexed, scanIndexed, type MatchVisitor, type TermIndex, type TermMatch } from './term-index'

/** A codebook compiled for repeated matching. Build once per codebook with `compileThemeMatcher`. */
export interface ThemeMatcher {
  themeIds: string[]
  trie: TermTrie
  /** The sub-themes' lists (ids `<theme>.<sub-theme>`), when any theme has sub-themes. */
  subthemes?: SubthemeMatcher
}

/** Sub-theme term lists compiled as one matcher, with the index of each list's theme. */
export interface SubthemeMatcher {
  matcher: ThemeMatcher
  /** For each sub-theme list, the index of its theme in the parent matcher's `themeIds`. */
  themeOf: number[]
}

/**
 * Compiles a (validated) codebook for matching. Terms that fold to nothing are ignored. Each
 * sub-theme's list also holds its theme's excluded phrases, so that they hide its terms as well.
 */
export function compileThemeMatcher(codebook: TermLists): ThemeMatcher {
  const matcher: ThemeMatcher = { themeIds: codebook.themes.map((t) => t.id), trie: buildTermTrie(codebook) }
  const lists: TermLists['themes'][number][] = []
  const themeOf: number[] = []
  codebook.themes.forEach((t, i) => {
    const excluded = t.terms.filter((x) => x.weight === 0)
    for (const s of t.subthemes ?? []) {
      lists.push({ id: `${t.id}.${s.id}`, terms: [...s.terms, ...excluded] })
      themeOf.push(i)
    }
  })
  if (lists.length > 0) matcher.subthemes = { matcher: compileThemeMatcher({ themes: lists }), themeOf }
  return matcher
}

/** Indexes `text` (or `text[start, end)`) for `matchIndexed` queries. */
export function indexThemeTerms(matcher: ThemeMatcher, text: string, start = 0, end = text.length): TermIndex {
  return indexTerms(matcher.trie, matcher.themeIds.length, text, start, end)
}

/**
 * Visits the matches in `text[start, end)` by position, as `scanIndexed` over an index of that
 * stretch would, for a stretch asked about once (no index is built). Not reentrant from `visit`.
 */
export function scanThemeTerms(matcher: ThemeMatcher, text: string, start: number, end: number, visit: MatchVisitor): void {
  scanTerms(matcher.trie, matcher.themeIds.length, text, start, end, visit)
}

/**
 * All term matches in `text[start, end)`, per theme index (the codebook's order). Offsets are into
 * `text`. Returns an array of `themeIds.length` lists, empty for empty input.
 */
export function matchTerms(matcher: ThemeMatcher, text: string, start = 0, end = text.length): TermMatch[][] {
  return matchIndexed(indexThemeTerms(matcher, text, start, end), start, end)
}

/**
 * Counts occurrences of each word in `text` (folded as terms are; overlapping occurrences of one
 * word counted once). Used for word-frequency measures such as environmental attention.
 */
export function countWords(text: string, words: readonly string[]): number {
  const view = foldTerm(text)
  let total = 0
  for (const w of words) {
    const key = foldTerm(w)
    if (!key) continue
    for (let at = view.indexOf(key); at >= 0; at = view.indexOf(key, at + key.length)) total++
  }
  return total
}
