/**
 * Turns a selection in a document text into the two W3C selectors Bidu stores: the quote with its
 * context (survives edits) and the position (fast, exact while the text is unchanged). It does not
 * validate user input beyond clamping: callers pass offsets they got from the reader.
 */
import type { TextPositionSelector, TextQuoteSelector } from './types'

/** Characters of context kept before and after a quote (the Hypothesis client uses 32 too). */
export const DEFAULT_CONTEXT_LENGTH = 32

/**
 * Describes `text.slice(start, end)`.
 * @param start, end UTF-16 code unit offsets; clamped to the text and swapped if reversed
 * @param contextLength how many code units of prefix and suffix to keep (default 32)
 * @returns the TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector (start, end)
 */
export function describeSelection(
  text: string,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  let s = clamp(Math.min(start, end), text.length)
  let e = clamp(Math.max(start, end), text.length)
  // Never cut a surrogate pair in half: a lone surrogate would not survive JSON round trips.
  if (s > 0 && isLowSurrogate(text.charCodeAt(s))) s--
  if (e < text.length && isLowSurrogate(text.charCodeAt(e))) e++
  const ctx = Math.max(0, Math.floor(contextLength))
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - ctx), s),
      suffix: text.slice(e, e + ctx),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  }
}

function clamp(n: number, max: number): number {
  if (!Number.isFinite(n)) return 0
  return Math.min(max, Math.max(0, Math.floor(n)))
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
