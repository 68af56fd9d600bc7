/**
 * How well the text around a candidate agrees with a quote's recorded prefix and suffix. Two things
 * make this more than a plain string similarity, and both come from the ways quotes land on
 * look-alike text in government reports:
 * - Only the context nearest the quote counts ({@link NEAR_CONTEXT} folded characters a side): far
 *   context is often the same boilerplate or the same list structure (“问”企业…情况,“帮”企业…)
 *   around a different item.
 * - A paragraph break ends the context and is itself compared. Without it, a deleted paragraph's
 *   quote finds its look-alike at the start of the next paragraph, whose prefix — the tail of the
 *   same previous paragraph — agrees perfectly; and a quote at the start of a moved paragraph looks
 *   out of context because its prefix is now another paragraph's tail.
 * Width and whitespace are folded as in fold-text.ts. Pure; does not search.
 */
import { editDistance } from './edit-distance'
import { foldChar } from './fold-text'

/** Folded characters of context compared on each side of a quote. */
export const NEAR_CONTEXT = 16
/** Units a paragraph break counts for when the candidate has it where the quote had it. */
export const MATCHED_BREAK_UNITS = 4
/** Units an unmatched break counts against (a quote that began a paragraph now found mid-sentence). */
export const UNMATCHED_BREAK_UNITS = 3
/** Stands for a paragraph break (or the start/end of the text) in compared context; a private-use code point. */
const BREAK = '\ue000'

/** The recorded context of a quote, folded and cut at paragraph breaks (reading order). */
export interface QuoteContext {
  /** Nearest folded characters before the quote; starts with the break marker when a break was recorded. */
  before: string
  /** Nearest folded characters after the quote; ends with the break marker when a break was recorded. */
  after: string
}

/**
 * Folds a selector's prefix and suffix for comparison.
 * @param prefix, suffix the TextQuoteSelector's context strings (any length; '' = unknown)
 */
export function toQuoteContext(prefix: string, suffix: string): QuoteContext {
  return { before: collectBefore(prefix, prefix.length, NEAR_CONTEXT, false), after: collectAfter(suffix, 0, NEAR_CONTEXT, false) }
}

/**
 * The recorded context characters nearest the quote on each side, at most `n`, without breaks: text
 * to look for next to a fuzzy fit whose ends an insertion near the edge has pulled inward.
 */
export function contextAnchors(ctx: QuoteContext, n: number): { before: string; after: string } {
  const before = ctx.before.slice(ctx.before.lastIndexOf(BREAK) + 1)
  const cut = ctx.after.indexOf(BREAK)
  const after = cut < 0 ? ctx.after : ctx.after.slice(0, cut)
  return { before: before.slice(-n), after: after.slice(0, n) }
}

/** Agreement of one candidate: matching units and compared units over both sides and the quote. */
export interface Agreement {
  /** Units that agree: quote units × quote similarity, plus context units that match. */
  agreeing: number
  /** Units compared (quote plus each side's longer string); 0 when nothing could be compared. */
  compared: number
  /** Context sides alone, 0–1; undefined when the selector recorded no context. */
  context: number | undefined
}

/**
 * Compares the text around `[start, end)` with `ctx`.
 * @param quoteUnits folded length of the quote; @param quoteSimilarity its similarity to the candidate, 0–1
 */
export function measureAgreement(
  text: string,
  start: number,
  end: number,
  ctx: QuoteContext,
  quoteUnits: number,
  quoteSimilarity: number,
): Agreement {
  let agreeing = 0
  let compared = 0
  for (const side of [
    ctx.before === '' ? undefined : compareSide(reverse(ctx.before), reverse(collectBefore(text, start, ctx.before.length, true))),
    ctx.after === '' ? undefined : compareSide(ctx.after, collectAfter(text, end, ctx.after.length, true)),
  ]) {
    if (!side) continue
    agreeing += side.agreeing
    compared += side.compared
  }
  const context = compared === 0 ? undefined : agreeing / compared
  return { agreeing: agreeing + quoteUnits * quoteSimilarity, compared: compared + quoteUnits, context }
}

/**
 * One side, nearest unit first. Where both have a break at the same distance everything is compared,
 * the break included. Where only one has a break (a paragraph was split or joined near the quote, or
 * the candidate sits at a paragraph edge the quote did not), the characters up to the nearer break
 * are compared and the unmatched break counts against; beyond it nothing is known.
 */
function compareSide(recorded: string, found: string): { agreeing: number; compared: number } {
  const r = recorded.indexOf(BREAK)
  const f = found.indexOf(BREAK)
  if (r === f || (r < 0 && f < 0)) {
    // A break met where it was recorded says "same paragraph edge": worth more than one character.
    const bonus = r >= 0 ? MATCHED_BREAK_UNITS - 1 : 0
    const compared = Math.max(recorded.length, found.length)
    return { agreeing: compared - editDistance(recorded, found) + bonus, compared: compared + bonus }
  }
  const d = Math.min(r < 0 ? Infinity : r, f < 0 ? Infinity : f)
  const a = recorded.slice(0, d)
  const b = found.slice(0, d)
  const compared = Math.max(a.length, b.length)
  return { agreeing: compared - editDistance(a, b), compared: compared + UNMATCHED_BREAK_UNITS }
}

function reverse(s: string): string {
  return [...s].reverse().join('')
}

/** Share of compared units that agree (1 when nothing could be compared). */
export function agreementShare(a: Agreement): number {
  return a.compared === 0 ? 1 : a.agreeing / a.compared
}

/**
 * Folded units before `end`, nearest last, at most `limit` (a break counts as one and ends it).
 * @param edgeIsBreak whether the start of `s` is the start of a text (a break) or just where a selector's prefix began
 */
function collectBefore(s: string, end: number, limit: number, edgeIsBreak: boolean): string {
  const units: string[] = []
  let i = end - 1
  for (; i >= 0 && units.length < limit; i--) {
    if (s[i] === '\n') {
      units.push(BREAK)
      break
    }
    const f = foldChar(s[i])
    if (f !== '') units.push(f)
  }
  if (i < 0 && edgeIsBreak && units.length < limit && units[units.length - 1] !== BREAK) units.push(BREAK)
  return units.reverse().join('')
}

/** Folded units from `start` on, at most `limit` (a break counts as one and ends it). */
function collectAfter(s: string, start: number, limit: number, edgeIsBreak: boolean): string {
  let out = ''
  let n = 0
  let i = start
  for (; i < s.length && n < limit; i++) {
    if (s[i] === '\n') {
      out += BREAK
      n++
      break
    }
    const f = foldChar(s[i])
    if (f !== '') {
      out += f
      n++
    }
  }
  if (i >= s.length && edgeIsBreak && n < limit && !out.endsWith(BREAK)) out += BREAK
  return out
}
