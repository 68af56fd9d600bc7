/**
 * The anchoring benchmark's look-alike traps, where a matcher that always takes its best candidate
 * lands on the wrong text: short phrases repeated all over a report (建设, 我们, 同比增长) whose
 * sentence was deleted or whose surroundings were reworded; a paragraph deleted next to a similar one
 * (the same opening clause, sometimes a shared sentence); a duplicated paragraph, one copy edited or
 * deleted. Every report also gets a line on top and sentences inserted here and there, so old offsets
 * are off, and 200 ordinary annotations beside the traps (only the traps are scored).
 */
import type { AnchorTarget } from '../src/core/anchoring'
import {
  annotate,
  DOCUMENT_CHARS,
  pickParagraphs,
  randomText,
  sentenceSpan,
  sentenceStarts,
  type Random,
  type Scenario,
} from './anchor-scenarios'
import { TrackedText, type Span } from './tracked-text'

const PHRASES = ['建设', '我们', '同比增长']
const TOP_LINE = '（2024年1月12日在市第十六届人民代表大会第三次会议上）\n'
/** Ordinary annotations beside the traps in each report. */
const ORDINARY_ANNOTATIONS = 200
/** Sentences inserted at random sentence starts, so the shift varies along the report. */
const SHIFTING_INSERTIONS = 25

interface Edit extends Span {
  insert: string
  /** What the edit is for, to count the ones applied. */
  kind?: string
}

/**
 * Applies edits given on the old offsets. The scenario's own edits (those with a kind) are accepted
 * first, then the shifting insertions; an edit overlapping one accepted before (or a second insertion
 * at the same point) is dropped. They are applied from the end, so that old offsets hold.
 * @returns the edited text and how many edits of each kind were applied
 */
function applyEdits(oldText: string, edits: Edit[]): { doc: TrackedText; applied: Record<string, number> } {
  const kept: Edit[] = []
  for (const e of [...edits.filter((x) => x.kind), ...edits.filter((x) => !x.kind)]) {
    if (!kept.some((k) => (e.start < k.end && k.start < e.end) || (k.start === e.start && k.end === e.end))) kept.push(e)
  }
  const doc = new TrackedText(oldText)
  const applied: Record<string, number> = {}
  for (const e of kept.sort((a, b) => b.start - a.start || b.end - a.end)) {
    doc.replace(e.start, e.end, e.insert)
    if (e.kind) applied[e.kind] = (applied[e.kind] ?? 0) + 1
  }
  return { doc, applied }
}

/** The top line and sentences inserted at random sentence starts. */
function shiftingEdits(rng: Random, text: string, filler: string): Edit[] {
  const starts = sentenceStarts(text).filter((s) => s > 0)
  const edits: Edit[] = [{ start: 0, end: 0, insert: TOP_LINE }]
  for (let i = 0; i < SHIFTING_INSERTIONS; i++) {
    const at = starts[rng.randInt(0, starts.length - 1)]
    edits.push({ start: at, end: at, insert: `${randomText(rng, filler, rng.randInt(10, 40))}。` })
  }
  return edits
}

/**
 * The scenario: the trap annotations (scored), then ordinary ones on random sentences of the same
 * report, as a researcher's report has them (anchored alongside, as neighbours, but not scored).
 */
function scenario(rng: Random, name: string, edits: string, oldText: string, spans: Span[], doc: TrackedText): Scenario {
  const starts = sentenceStarts(oldText)
  const all = [...spans]
  while (all.length < spans.length + ORDINARY_ANNOTATIONS) {
    const span = sentenceSpan(rng, oldText, starts, 5, 120)
    if (span) all.push(span)
  }
  const targets: AnchorTarget[] = annotate(oldText, all)
  return { name, edits, oldText, newText: doc.text(), targets, truth: doc.truth(all), scored: spans.length }
}

/** Short repeated phrases: a sixth lose their sentence, a third get their near surroundings reworded. */
export function repeatedPhrases(rng: Random, pool: readonly string[], filler: string): Scenario {
  const oldText = pickParagraphs(rng, pool, DOCUMENT_CHARS).join('\n')
  const all: Span[] = []
  for (const phrase of PHRASES)
    for (let i = oldText.indexOf(phrase); i >= 0; i = oldText.indexOf(phrase, i + 1)) all.push({ start: i, end: i + phrase.length })
  const spans = all.filter(() => rng.random() < 0.5).sort((a, b) => a.start - b.start)
  const annotated = new Set(spans.flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k)))
  const free = (s: number, e: number): boolean =>
    s >= 0 && e <= oldText.length && !oldText.slice(s, e).includes('\n') && ![...Array(e - s).keys()].some((k) => annotated.has(s + k))
  const edits = shiftingEdits(rng, oldText, filler)
  for (const { start, end } of spans) {
    const r = rng.random()
    if (r < 1 / 6) {
      let s = start
      while (s > 0 && !'。；\n'.includes(oldText[s - 1])) s--
      let e = end
      while (e < oldText.length && !'。；\n'.includes(oldText[e])) e++
      edits.push({ start: s, end: Math.min(oldText.length, e + (oldText[e] === '\n' ? 0 : 1)), insert: '', kind: 'deleted' })
    } else if (r < 1 / 2 && free(start - 9, start - 5) && free(end + 5, end + 9)) {
      edits.push(
        { start: start - 9, end: start - 5, insert: randomText(rng, filler, 4), kind: 'reworded' },
        { start: end + 5, end: end + 9, insert: randomText(rng, filler, 4) },
      )
    }
  }
  const { doc, applied } = applyEdits(oldText, edits)
  const what = `${spans.length} of ${all.length} occurrences annotated; ${applied.deleted ?? 0} sentences holding one deleted, ${applied.reworded ?? 0} reworded 5–9 characters before and after it`
  return scenario(rng, 'short repeated phrases (建设, 我们, 同比增长)', what, oldText, spans, doc)
}

/** Where a paragraph's opening clause ends (its first comma or full stop, at most 16 characters in). */
function openingEnd(p: string): number {
  const m = /[，,。；：]/.exec(p.slice(4, 17))
  return m ? 4 + m.index + 1 : Math.min(p.length, 12)
}

/**
 * A paragraph similar to `p` as reports have them side by side: the same opening clause (一年来，我们…;
 * 一是加快…) and one of its sentences, around the body of another paragraph. Not the same statement.
 */
function lookAlikeOf(rng: Random, p: string, other: string): string {
  const sentences = p
    .slice(openingEnd(p))
    .split(/(?<=[。；])/)
    .filter((x) => x.length >= 8)
  const body = other.slice(openingEnd(other))
  const cut = body.indexOf('。', body.length >> 1) + 1
  const shared = sentences.length > 1 && rng.random() < 0.5 ? sentences[rng.randInt(1, sentences.length - 1)] : ''
  return cut > 0 ? p.slice(0, openingEnd(p)) + body.slice(0, cut) + shared + body.slice(cut) : p.slice(0, openingEnd(p)) + body + shared
}

/** Paragraphs followed by a look-alike; then either the first or its look-alike is deleted. */
export function deletedBesideSimilar(rng: Random, pool: readonly string[], filler: string): Scenario {
  const pairs = 60
  const base = pickParagraphs(rng, pool, DOCUMENT_CHARS * 0.6)
  const chosen = new Set<number>()
  while (chosen.size < pairs) {
    const i = rng.randInt(0, base.length - 1)
    if (base[i].length >= 60) chosen.add(i)
  }
  const paragraphs: { text: string; pair?: number; lookAlike?: boolean }[] = []
  base.forEach((p, i) => {
    paragraphs.push({ text: p, pair: chosen.has(i) ? i : undefined })
    if (chosen.has(i))
      paragraphs.push({ text: lookAlikeOf(rng, p, pool[rng.randInt(0, pool.length - 1)].slice(0, 800)), pair: i, lookAlike: true })
  })
  const oldText = paragraphs.map((p) => p.text).join('\n')
  const spans: Span[] = []
  const edits = shiftingEdits(rng, oldText, filler)
  const deleteFirst = new Map([...chosen].map((i) => [i, rng.random() < 0.5]))
  let at = 0
  for (const p of paragraphs) {
    if (p.pair !== undefined) {
      // One annotation from the paragraph's start (the opening both share), one on a sentence further in.
      spans.push({ start: at, end: at + Math.min(p.text.length, rng.randInt(openingEnd(p.text) + 2, 40)) })
      const starts = sentenceStarts(oldText, at, at + p.text.length).slice(1)
      const later = starts.length > 0 ? sentenceSpan(rng, oldText, starts, 8, 60, 0) : undefined
      if (later) spans.push(later)
      if (deleteFirst.get(p.pair) === !p.lookAlike)
        edits.push({ start: at, end: at + p.text.length + 1, insert: '', kind: p.lookAlike ? 'lookAlike' : 'first' })
    }
    at += p.text.length + 1
  }
  const { doc, applied } = applyEdits(oldText, edits)
  const what = `${pairs} paragraphs each followed by a look-alike (same opening clause, half of them one shared sentence); deleted: ${applied.first ?? 0} first, ${applied.lookAlike ?? 0} look-alikes`
  return scenario(rng, 'deleted paragraph beside a similar one', what, oldText, spans, doc)
}

/**
 * Paragraphs that occur twice, one copy annotated. `edited`: that copy is edited inside the quote while
 * its twin stays as it was (half the pairs stand next to each other); `deleted`: that copy is deleted
 * and its twin, far away, remains. In a quarter of the pairs the twin is edited instead (the quote stays).
 */
export function duplicatedParagraphs(rng: Random, pool: readonly string[], filler: string, mode: 'edited' | 'deleted'): Scenario {
  const copies = 80
  const paragraphs = pickParagraphs(rng, pool, DOCUMENT_CHARS * 0.75).map((text) => ({ text, twin: false }))
  for (let n = 0; n < copies; n++) {
    const i = rng.randInt(0, paragraphs.length - 1)
    if (paragraphs[i].twin || paragraphs[i].text.length < 40) continue
    // (Deleting one of two adjacent identical copies is undecidable, even for a diff: not asked.)
    const adjacent = mode === 'edited' && n % 2 === 0
    const to = adjacent ? i + 1 : rng.randInt(0, paragraphs.length)
    if (!adjacent && Math.abs(to - i) < 5) continue
    paragraphs[i].twin = true
    paragraphs.splice(to, 0, { text: paragraphs[i].text, twin: true })
  }
  const oldText = paragraphs.map((p) => p.text).join('\n')
  const starts: number[] = []
  let at = 0
  for (const p of paragraphs) {
    starts.push(at)
    at += p.text.length + 1
  }
  const spans: Span[] = []
  const edits = shiftingEdits(rng, oldText, filler)
  const seen = new Map<string, number>()
  paragraphs.forEach((p, i) => {
    const other = seen.get(p.text)
    if (!p.twin) return
    if (other === undefined) return void seen.set(p.text, i)
    const [mine, twin] = rng.random() < 0.5 ? [other, i] : [i, other]
    const span = sentenceSpan(rng, oldText, sentenceStarts(oldText, starts[mine], starts[mine] + p.text.length), 8, 80, 0)
    if (!span) return
    spans.push(span)
    const middle = (from: number): Edit => {
      const m = from + Math.floor((span.end - span.start) / 2)
      return { start: m, end: m + 2, insert: randomText(rng, filler, 2) }
    }
    if (rng.random() < 0.25) edits.push({ ...middle(span.start - starts[mine] + starts[twin]), kind: 'twin' })
    else if (mode === 'edited') edits.push({ ...middle(span.start), kind: 'mine' })
    else edits.push({ start: starts[mine], end: starts[mine] + p.text.length + 1, insert: '', kind: 'mine' })
  })
  const { doc, applied } = applyEdits(oldText, edits)
  const what = `${spans.length} paragraphs occurring twice${mode === 'edited' ? ' (half next to each other)' : ' (far apart)'}, one copy annotated; that copy ${mode === 'edited' ? 'edited inside the quote' : 'deleted'} ${applied.mine ?? 0}, the twin edited instead ${applied.twin ?? 0}`
  return scenario(rng, `duplicated paragraph, annotated copy ${mode}`, what, oldText, spans, doc)
}
