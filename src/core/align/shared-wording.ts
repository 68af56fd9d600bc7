/**
 * Shared wording of two aligned passages: the stretches both say in the same words and the
 * stretches only one says, from diff-match-patch (`diff_main` + `diff_cleanupSemantic`). Common runs
 * shorter than MIN_COMMON_CHARS (a shared 的 or 推进) are counted as distinct. Multi-paragraph
 * inputs are diffed paragraph by paragraph (paired in order), because `diff_main` gives up after its
 * timeout and reports "delete everything, insert everything" on long inputs. It deliberately does not
 * decide whether two passages are aligned.
 */
import DiffMatchPatch from 'diff-match-patch'

/** Shortest common run (UTF-16 units) reported as shared wording: two Chinese words. */
export const MIN_COMMON_CHARS = 4
/** diff-match-patch timeout per paragraph pair (seconds); paragraphs are short, so it is rarely reached. */
const DIFF_TIMEOUT_SECONDS = 1

/** A common stretch: offsets into each passage (UTF-16, half-open) and the shared text (from `a`). */
export interface CommonSpan {
  aStart: number
  aEnd: number
  bStart: number
  bEnd: number
  text: string
}

/** The shared and distinct wording of two passages. Distinct spans are offsets into `a` or `b`. */
export interface SharedWording {
  common: CommonSpan[]
  onlyA: { start: number; end: number }[]
  onlyB: { start: number; end: number }[]
}

function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: i })
      start = i + 1
    }
  }
  return out
}

function pushSpan(list: { start: number; end: number }[], start: number, end: number): void {
  if (end <= start) return
  const last = list[list.length - 1]
  if (last && last.end === start) last.end = end
  else list.push({ start, end })
}

/**
 * Diffs `a` against `b`. Returns common spans of at least MIN_COMMON_CHARS and the remaining
 * distinct spans of each side (adjacent spans merged). Empty inputs give empty lists.
 */
export function sharedWording(a: string, b: string): SharedWording {
  const dmp = new DiffMatchPatch()
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS
  const result: SharedWording = { common: [], onlyA: [], onlyB: [] }
  const pa = paragraphs(a)
  const pb = paragraphs(b)
  // Pair paragraphs in order when both sides have the same count; otherwise diff the whole texts.
  const pairs =
    pa.length === pb.length
      ? pa.map((x, i) => [x, pb[i]] as const)
      : [
          [
            { start: 0, end: a.length },
            { start: 0, end: b.length },
          ] as const,
        ]
  for (const [ra, rb] of pairs) {
    const diffs = dmp.diff_main(a.slice(ra.start, ra.end), b.slice(rb.start, rb.end))
    dmp.diff_cleanupSemantic(diffs)
    let i = ra.start
    let j = rb.start
    for (const [op, chunk] of diffs) {
      const n = chunk.length
      if (op === DiffMatchPatch.DIFF_EQUAL) {
        if (n >= MIN_COMMON_CHARS) result.common.push({ aStart: i, aEnd: i + n, bStart: j, bEnd: j + n, text: chunk })
        else {
          pushSpan(result.onlyA, i, i + n)
          pushSpan(result.onlyB, j, j + n)
        }
        i += n
        j += n
      } else if (op === DiffMatchPatch.DIFF_DELETE) {
        pushSpan(result.onlyA, i, i + n)
        i += n
      } else {
        pushSpan(result.onlyB, j, j + n)
        j += n
      }
    }
  }
  return result
}
