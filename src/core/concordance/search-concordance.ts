// Keyword-in-context search over a concordance index: plain text by indexOf over the joined corpus,
// regular expressions by one global regex over it. Hits are counted per document, and the first
// `maxHits` come back with their left and right context, clipped at their document's edges.
// Deliberately not here: sorting (sort-hits) and any notion of words — a query matches anywhere.

import { messageOf, fail, ok, type Result } from '../result'
import { documentAt } from './build-index'
import type { ConcordanceErrorCode, ConcordanceHit, ConcordanceIndex, ConcordanceQuery, ConcordanceResult } from './types'
import { DEFAULT_CONTEXT, DEFAULT_MAX_HITS } from './types'

/** Longest pattern accepted: longer is a paste accident, and a huge regex can take long to compile. */
const MAX_PATTERN_LENGTH = 1000

/** Receives each occurrence as corpus offsets; returns nothing. */
type Visit = (start: number, end: number) => void

function scanText(haystack: string, needle: string, visit: Visit): void {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) visit(at, at + needle.length)
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Runs `re` (global) over the corpus. A match that runs past its document's end (through the
 * separator) is not an occurrence; that document is then searched on its own from the match's start,
 * so a shorter match inside it is still found, and the scan resumes at the next document.
 */
function scanRegex(index: ConcordanceIndex, re: RegExp, visit: Visit): void {
  const { corpus, ends, starts } = index
  re.lastIndex = 0
  for (let m = re.exec(corpus); m; m = re.exec(corpus)) {
    const start = m.index
    const end = start + m[0].length
    const doc = documentAt(index, start)
    if (start >= starts[doc]! && end <= ends[doc]!) visit(start, end)
    else if (start < ends[doc]!) {
      const docStart = starts[doc]!
      const local = new RegExp(re.source, re.flags)
      const text = corpus.slice(docStart, ends[doc]!)
      local.lastIndex = start - docStart
      for (let n = local.exec(text); n; n = local.exec(text)) {
        visit(docStart + n.index, docStart + n.index + n[0].length)
        if (n[0].length === 0) local.lastIndex++
      }
      re.lastIndex = doc + 1 < starts.length ? starts[doc + 1]! : corpus.length + 1
      continue
    } else {
      // The match starts in the separator itself: resume at the next document's first character.
      re.lastIndex = doc + 1 < starts.length ? starts[doc + 1]! : corpus.length + 1
      continue
    }
    // A zero-length match would match again at the same place forever.
    if (m[0].length === 0) re.lastIndex++
  }
}

function validate(query: ConcordanceQuery): Result<null, ConcordanceErrorCode> {
  if (
    typeof query !== 'object' ||
    query === null ||
    (query.kind !== 'text' && query.kind !== 'regex') ||
    typeof query.pattern !== 'string'
  ) {
    return fail('BAD_QUERY', 'A query needs kind "text" or "regex" and a pattern.')
  }
  if (query.pattern.length === 0) return fail('EMPTY_PATTERN', 'Type something to search for.')
  if (query.pattern.length > MAX_PATTERN_LENGTH) return fail('BAD_QUERY', `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`)
  return ok(null)
}

/**
 * Finds every occurrence of `query` in the indexed documents. Returns the first `maxHits` with
 * `context` code units of context on each side (never crossing into another document), the total,
 * and the count per document. Regexes run with the `g` and `m` flags (so ^ and $ match at line and
 * document edges) and `i` unless caseSensitive; zero-length matches are hits with start === end.
 * Fails with EMPTY_PATTERN, BAD_REGEX (the message is the engine's) or BAD_QUERY; never throws.
 */
export function searchConcordance(
  index: ConcordanceIndex,
  query: ConcordanceQuery,
  context: number = DEFAULT_CONTEXT,
): Result<ConcordanceResult, ConcordanceErrorCode> {
  const valid = validate(query)
  if (!valid.ok) return valid
  const maxHits = Math.max(0, Math.floor(query.maxHits ?? DEFAULT_MAX_HITS))
  const span = Math.max(0, Math.floor(context))
  const caseSensitive = query.caseSensitive ?? false
  const { corpus, ids, starts, ends } = index
  const counts = new Array<number>(ids.length).fill(0)
  const hits: ConcordanceHit[] = []
  let total = 0
  // Hits come in corpus order, so the current document only moves forward: check it before searching.
  let doc = 0
  const visit: Visit = (start, end) => {
    if (doc + 1 >= starts.length || start < starts[doc + 1]!) {
      if (start < starts[doc]!) doc = documentAt(index, start)
    } else doc = documentAt(index, start)
    counts[doc]!++
    total++
    if (hits.length >= maxHits) return
    const docStart = starts[doc]!
    const docEnd = ends[doc]!
    hits.push({
      docId: ids[doc]!,
      docIndex: doc,
      start: start - docStart,
      end: end - docStart,
      match: corpus.slice(start, end),
      left: corpus.slice(Math.max(docStart, start - span), start),
      right: corpus.slice(end, Math.min(docEnd, end + span)),
    })
  }

  const pattern = query.pattern
  const caseless = pattern.toLowerCase() === pattern.toUpperCase()
  if (query.kind === 'text' && !pattern.includes('\u0000') && (caseSensitive || caseless)) scanText(corpus, pattern, visit)
  else if (
    query.kind === 'text' &&
    !pattern.includes('\u0000') &&
    index.lowered !== undefined &&
    pattern.toLowerCase().length === pattern.length
  ) {
    scanText(index.lowered, pattern.toLowerCase(), visit)
  } else {
    let re: RegExp
    try {
      re = new RegExp(query.kind === 'text' ? escapeRegex(pattern) : pattern, caseSensitive ? 'gm' : 'gim')
    } catch (error) {
      return fail('BAD_REGEX', messageOf(error))
    }
    scanRegex(index, re, visit)
  }
  return ok({
    hits,
    total,
    truncated: total > hits.length,
    counts: counts.flatMap((count, i) => (count > 0 ? [{ docId: ids[i]!, count }] : [])),
  })
}
