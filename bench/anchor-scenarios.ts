/**
 * The anchoring benchmark's material: real paragraphs (the seed reports and the national corpus), a
 * document drawn from them, annotations at sentence starts, and the general edit scenario — a 5% edit
 * of insertions, deletions, substitutions, punctuation width flips and a few deleted paragraphs.
 * The look-alike traps are in anchor-traps.ts. Each scenario carries its ground truth (tracked-text.ts).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describeSelection, type AnchorTarget } from '../src/core/anchoring'
import { TrackedText, type Span, type seededRandom } from './tracked-text'

export type Random = ReturnType<typeof seededRandom>

/** One benchmark case: annotations made on `oldText`, to be re-anchored in `newText`. */
export interface Scenario {
  name: string
  /** What was edited, in figures. */
  edits: string
  oldText: string
  newText: string
  targets: AnchorTarget[]
  /** Where each annotation truly stands in newText; undefined when its text is gone. */
  truth: (Span | undefined)[]
  /** How many of the first targets are scored (the rest are ordinary neighbours); absent = all. */
  scored?: number
}

export const DOCUMENT_CHARS = 50_000
const ROOT = join(import.meta.dirname, '..')
const FLIPS: Record<string, string> = {
  ',': '，',
  '，': ',',
  ';': '；',
  '；': ';',
  ':': '：',
  '：': ':',
  '(': '（',
  '（': '(',
  ')': '）',
  '）': ')',
}

/** Distinct real paragraphs of at least 20 characters, and all of them joined (a source of random text). */
export function loadParagraphs(): { pool: string[]; filler: string } {
  const paragraphs: string[] = []
  for (const f of readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    paragraphs.push(...readFileSync(join(ROOT, 'seeds', f), 'utf8').split('\n'))
  }
  for (const line of readFileSync(join(ROOT, '..', 'shared', 'corpora', 'national-work-reports.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) paragraphs.push(...(JSON.parse(line) as { text: string }).text.split('\n'))
    if (paragraphs.join('\n').length > DOCUMENT_CHARS * 4) break
  }
  const usable = paragraphs.map((p) => p.trim()).filter((p) => p.length >= 20)
  // Drawn without replacement: a paragraph repeated by chance would make the ground truth ambiguous.
  return { pool: [...new Set(usable)], filler: usable.join('') }
}

/** Paragraphs (at most 800 characters each) drawn from `pool` until they add up to `chars`. */
export function pickParagraphs(rng: Random, pool: readonly string[], chars: number): string[] {
  const left = [...pool]
  const picked: string[] = []
  let total = 0
  while (total < chars && left.length > 0) {
    const p = left.splice(rng.randInt(0, left.length - 1), 1)[0].slice(0, 800)
    picked.push(p)
    total += p.length + 1
  }
  return picked
}

/** `n` characters of real text from a random place. */
export function randomText(rng: Random, filler: string, n: number): string {
  const at = rng.randInt(0, filler.length - n - 1)
  return filler.slice(at, at + n)
}

/** Offsets where a sentence starts (after 。；; or a line break). */
export function sentenceStarts(text: string, from = 0, to = text.length): number[] {
  const starts = from === 0 ? [0] : [from]
  for (let i = Math.max(1, from + 1); i < to; i++) if ('。；;\n'.includes(text[i - 1])) starts.push(i)
  return starts
}

/**
 * A span starting at one of `starts` (moved up to 10 characters in, with probability `shift`),
 * `min`–`max` characters long, within its paragraph; undefined when it would be shorter than `min`.
 */
export function sentenceSpan(
  rng: Random,
  text: string,
  starts: readonly number[],
  min: number,
  max: number,
  shift = 0.3,
): Span | undefined {
  if (starts.length === 0) return undefined
  const s = starts[rng.randInt(0, starts.length - 1)] + (rng.random() < shift ? rng.randInt(0, 10) : 0)
  const paragraphEnd = text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s)
  const e = Math.min(s + rng.randInt(min, max), paragraphEnd)
  return e - s < min ? undefined : { start: s, end: e }
}

/** The scenario's annotations: the selectors a reader would have stored for each span of `text`. */
export function annotate(text: string, spans: readonly Span[]): AnchorTarget[] {
  return spans.map((s) => describeSelection(text, s.start, s.end))
}

/**
 * The general case: 1,000 annotations of 5–120 characters, then 5% of the text edited — a share of the
 * budget deleting whole paragraphs, the rest in small insertions, deletions, substitutions and flips.
 */
export function randomEdit(rng: Random, pool: readonly string[], filler: string, paragraphDeleteShare: number): Scenario {
  const annotations = 1_000
  const oldText = pickParagraphs(rng, pool, DOCUMENT_CHARS).join('\n').slice(0, DOCUMENT_CHARS)
  const starts = sentenceStarts(oldText)
  const spans: Span[] = []
  while (spans.length < annotations) {
    const span = sentenceSpan(rng, oldText, starts, 5, 120)
    if (span) spans.push(span)
  }
  const doc = new TrackedText(oldText)
  const budget = Math.round(oldText.length * 0.05)
  let spent = 0
  let deletedParagraphs = 0
  while (spent < budget * paragraphDeleteShare) {
    const at = rng.randInt(0, doc.length - 1)
    let s = at
    while (s > 0 && doc.charAt(s - 1) !== '\n') s--
    let e = at
    while (e < doc.length && doc.charAt(e) !== '\n') e++
    if (e - s > budget * paragraphDeleteShare) continue
    doc.remove(s, Math.min(doc.length, e + 1))
    spent += e - s + 1
    deletedParagraphs++
  }
  const ops = { insert: 0, delete: 0, substitute: 0, flip: 0 }
  while (spent < budget) {
    const r = rng.random()
    const at = rng.randInt(0, doc.length - 1)
    if (r < 0.3) {
      const n = rng.randInt(2, 12)
      doc.insert(at, randomText(rng, filler, n))
      spent += n
      ops.insert++
    } else if (r < 0.55) {
      const n = rng.randInt(1, 6)
      doc.remove(at, Math.min(doc.length, at + n))
      spent += n
      ops.delete++
    } else if (r < 0.8) {
      const n = rng.randInt(1, 4)
      doc.replace(at, Math.min(doc.length, at + n), randomText(rng, filler, n))
      spent += n
      ops.substitute++
    } else {
      // Flip the width of the next punctuation mark (kept as the same character, re-typed).
      for (let k = at; k < Math.min(doc.length, at + 200); k++) {
        const flipped = FLIPS[doc.charAt(k)]
        if (flipped) {
          doc.retype(k, flipped)
          spent++
          ops.flip++
          break
        }
      }
    }
  }
  return {
    name: `5% edit (${Math.round(paragraphDeleteShare * 100)}% of it whole paragraphs)`,
    edits: `budget ${budget} chars: ${deletedParagraphs} paragraphs deleted, ${ops.insert} insertions, ${ops.delete} deletions, ${ops.substitute} substitutions, ${ops.flip} width flips`,
    oldText,
    newText: doc.text(),
    targets: annotate(oldText, spans),
    truth: doc.truth(spans),
  }
}
