/**
 * Finds codebook terms in text. Matching is on folded text (width and case) with quotation marks,
 * book-title marks and spaces skipped, so `“三公”经费` matches `三公经费` and `ＰＭ２．５` matches `PM2.5`.
 * Within one theme, a match inside a longer match is dropped (`安全生产` is not also `安全`).
 * It deliberately does not score or decide themes (see classify-passages.ts).
 */
import { foldText } from '../text/fold'
import type { Codebook } from './types'

/** Characters ignored inside terms: quotation marks, title marks and spaces. */
const SKIPPED = /[“”‘’"'「」『』《》〈〉\s]/
/** The same set as char codes, for the hot loop (a regex test per character is slow). */
const SKIPPED_CODES = new Set(Array.from('“”‘’"\'「」『』《》〈〉 \t\n\r\u3000\u00a0', (c) => c.charCodeAt(0)))

/** One occurrence of a term; offsets are UTF-16 units into the searched text. */
export interface TermMatch {
  term: string
  weight: number
  start: number
  end: number
}

interface CompiledTerm {
  key: string
  term: string
  weight: number
  theme: number
}

/** A codebook compiled for repeated matching. Build once per codebook with `compileThemeMatcher`. */
export interface ThemeMatcher {
  themeIds: string[]
  /** Terms grouped by first folded character, longest first. */
  byFirst: Map<string, CompiledTerm[]>
}

function foldTerm(term: string): string {
  return [...foldText(term)].filter((c) => !SKIPPED.test(c)).join('')
}

/** Compiles a (validated) codebook for matching. Terms that fold to nothing are ignored. */
export function compileThemeMatcher(codebook: Codebook): ThemeMatcher {
  const byFirst = new Map<string, CompiledTerm[]>()
  codebook.themes.forEach((t, theme) => {
    const seen = new Set<string>()
    for (const { term, weight } of t.terms) {
      const key = foldTerm(term)
      if (!key || seen.has(key)) continue
      seen.add(key)
      const list = byFirst.get(key[0]) ?? []
      list.push({ key, term, weight, theme })
      byFirst.set(key[0], list)
    }
  })
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length)
  return { themeIds: codebook.themes.map((t) => t.id), byFirst }
}

/**
 * All term matches in `text[start, end)`, per theme index (the codebook's order). Offsets are into
 * `text`. Returns an array of `themeIds.length` lists, empty for empty input.
 */
export function matchTerms(matcher: ThemeMatcher, text: string, start = 0, end = text.length): TermMatch[][] {
  const result: TermMatch[][] = matcher.themeIds.map(() => [])
  // Stripped view: folded characters without skipped ones, with positions back into `text`.
  const folded = foldText(text.slice(start, end))
  let view = ''
  const pos: number[] = []
  let runStart = 0
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && !SKIPPED_CODES.has(folded.charCodeAt(i))) {
      pos.push(start + i)
      continue
    }
    view += folded.slice(runStart, i)
    runStart = i + 1
  }
  const coveredUntil = matcher.themeIds.map(() => -1)
  // takenAt[theme] === i: the theme already has its longest match starting at i.
  const takenAt = matcher.themeIds.map(() => -1)
  for (let i = 0; i < view.length; i++) {
    const candidates = matcher.byFirst.get(view[i])
    if (!candidates) continue
    for (const c of candidates) {
      if (takenAt[c.theme] === i || !view.startsWith(c.key, i)) continue
      takenAt[c.theme] = i
      const endInView = i + c.key.length
      if (endInView <= coveredUntil[c.theme]) continue
      coveredUntil[c.theme] = endInView
      result[c.theme].push({ term: c.term, weight: c.weight, start: pos[i], end: pos[endInView - 1] + 1 })
    }
  }
  return result
}

/**
 * Counts occurrences of each word in `text` (folded as terms are; overlapping occurrences of one
 * word counted once). Used for word-frequency measures such as environmental attention.
 */
export function countWords(text: string, words: readonly string[]): number {
  const view = [...foldText(text)].filter((c) => !SKIPPED.test(c)).join('')
  let total = 0
  for (const w of words) {
    const key = foldTerm(w)
    if (!key) continue
    for (let at = view.indexOf(key); at >= 0; at = view.indexOf(key, at + key.length)) total++
  }
  return total
}
