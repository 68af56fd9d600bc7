/**
 * Re-anchoring benchmark: 1,000 annotations (sentence-ish spans of 5–120 characters) on a
 * 50,000-character document built from the seed reports and the national corpus, after a 5% edit
 * (insertions, deletions, substitutions, punctuation width flips, a few deleted paragraphs). The edit
 * process records where every original character went, which gives the ground truth: where each quote
 * truly is now, or that it is gone. Runs, in the same process on the same cases:
 *   - ours, without the old text (quote + context + old position, the same information Hypothesis has);
 *   - ours, with the old text (one diff, positions mapped through it);
 *   - a Hypothesis-like matcher over approx-string-match (maxErrors = min(256, quote.length / 2), best
 *     candidate by 50·quote + 20·prefix + 20·suffix + 2·position, no minimum score).
 * Counts: correct-exact / correct-fuzzy (placed with status exact/fuzzy, overlapping the truth by
 * IoU ≥ 0.5), orphan (split: truly gone vs missed), WRONG (placed on text that is not the quote's).
 * Run: `npx tsx bench/anchor.bench.ts [seed] [paragraph-delete-share]`; writes bench/results/anchor.json. `SHOW_WRONG=1` lists
 * our wrong and missed placements on stderr.
 */
import search from 'approx-string-match'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeSelection, reanchorAll, type AnchorTarget } from '../src/core/anchoring'

const DOCUMENT_CHARS = 50_000
const ANNOTATIONS = 1_000
const EDIT_FRACTION = 0.05
/** Share of the edit budget spent on deleting whole paragraphs (second argument overrides it). */
const PARAGRAPH_DELETE_SHARE = Number(process.argv[3] ?? 0.3)
/** A quote with less than this share of its characters left is "gone" in the ground truth. */
const GONE_BELOW = 0.5
/** A placement counts as correct when it overlaps the true range by at least this IoU. */
const MIN_IOU = 0.5
const FLIPS: Record<string, string> = { ',': '，', '，': ',', ';': '；', '；': ';', ':': '：', '：': ':', '(': '（', '（': '(', ')': '）', '）': ')' }

const seedArg = Number(process.argv[2] ?? 20261123)
let state = seedArg >>> 0
/** mulberry32: deterministic, so every run measures the same cases. */
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const randInt = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1))

// ---- the document ----
const root = join(import.meta.dirname, '..')
const paragraphs: string[] = []
for (const f of readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()) {
  paragraphs.push(...readFileSync(join(root, 'seeds', f), 'utf8').split('\n'))
}
for (const line of readFileSync(join(root, '..', 'shared', 'corpora', 'national-work-reports.jsonl'), 'utf8').split('\n')) {
  if (line.trim()) paragraphs.push(...(JSON.parse(line) as { text: string }).text.split('\n'))
  if (paragraphs.join('\n').length > DOCUMENT_CHARS * 4) break
}
const usable = paragraphs.map((p) => p.trim()).filter((p) => p.length >= 20)
// Drawn without replacement: a duplicated paragraph would make the ground truth ambiguous.
const pool = [...new Set(usable)]
const picked: string[] = []
let total = 0
while (total < DOCUMENT_CHARS && pool.length > 0) {
  const p = pool.splice(randInt(0, pool.length - 1), 1)[0].slice(0, 800)
  picked.push(p)
  total += p.length + 1
}
const oldText = picked.join('\n').slice(0, DOCUMENT_CHARS)

// ---- the annotations: spans starting at sentence starts, 5–120 chars, within a paragraph ----
const sentenceStarts: number[] = [0]
for (let i = 1; i < oldText.length; i++) if ('。；;\n'.includes(oldText[i - 1])) sentenceStarts.push(i)
const targets: AnchorTarget[] = []
const spans: [number, number][] = []
while (targets.length < ANNOTATIONS) {
  const s = sentenceStarts[randInt(0, sentenceStarts.length - 1)] + (random() < 0.3 ? randInt(0, 10) : 0)
  const paragraphEnd = oldText.indexOf('\n', s) < 0 ? oldText.length : oldText.indexOf('\n', s)
  const e = Math.min(s + randInt(5, 120), paragraphEnd)
  if (e - s < 5) continue
  spans.push([s, e])
  targets.push(describeSelection(oldText, s, e))
}

// ---- the edit, tracking each original character ----
interface Cell {
  ch: string
  origin: number
}
const cells: Cell[] = Array.from(oldText, (ch, i) => ({ ch, origin: i }))
const budget = Math.round(oldText.length * EDIT_FRACTION)
let spent = 0
const filler = usable.join('')
const randomChars = (n: number): Cell[] => {
  const at = randInt(0, filler.length - n - 1)
  return Array.from(filler.slice(at, at + n), (ch) => ({ ch, origin: -1 }))
}
let deletedParagraphs = 0
while (spent < budget * PARAGRAPH_DELETE_SHARE) {
  const at = randInt(0, cells.length - 1)
  let s = at
  while (s > 0 && cells[s - 1].ch !== '\n') s--
  let e = at
  while (e < cells.length && cells[e].ch !== '\n') e++
  if (e - s > budget * PARAGRAPH_DELETE_SHARE) continue
  cells.splice(s, Math.min(cells.length, e + 1) - s)
  spent += e - s + 1
  deletedParagraphs++
}
const ops = { insert: 0, delete: 0, substitute: 0, flip: 0 }
while (spent < budget) {
  const r = random()
  const at = randInt(0, cells.length - 1)
  if (r < 0.3) {
    const n = randInt(2, 12)
    cells.splice(at, 0, ...randomChars(n))
    spent += n
    ops.insert++
  } else if (r < 0.55) {
    const n = randInt(1, 6)
    cells.splice(at, n)
    spent += n
    ops.delete++
  } else if (r < 0.8) {
    const n = randInt(1, 4)
    cells.splice(at, n, ...randomChars(n))
    spent += n
    ops.substitute++
  } else {
    // Flip the width of the next punctuation mark (kept as the same character, re-typed).
    for (let k = at; k < Math.min(cells.length, at + 200); k++) {
      const flipped = FLIPS[cells[k].ch]
      if (flipped) {
        cells[k] = { ch: flipped, origin: cells[k].origin }
        spent++
        ops.flip++
        break
      }
    }
  }
}
const newText = cells.map((c) => c.ch).join('')
const newPos = new Int32Array(oldText.length).fill(-1)
cells.forEach((c, k) => {
  if (c.origin >= 0) newPos[c.origin] = k
})
const truth = spans.map(([s, e]) => {
  const kept: number[] = []
  for (let i = s; i < e; i++) if (newPos[i] >= 0) kept.push(newPos[i])
  if (kept.length < GONE_BELOW * (e - s)) return undefined
  return { start: Math.min(...kept), end: Math.max(...kept) + 1 }
})

// ---- the Hypothesis-like baseline (client/src/annotator/anchoring/match-quote.ts, over approx-string-match) ----
function hypothesisMatch(text: string, t: AnchorTarget): { start: number; end: number } | undefined {
  const quote = t.quote.exact
  if (quote.length === 0) return undefined
  const exacts: { start: number; end: number; errors: number }[] = []
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) exacts.push({ start: i, end: i + quote.length, errors: 0 })
  const matches = exacts.length > 0 ? exacts : search(text, quote, Math.min(256, quote.length / 2))
  if (matches.length === 0) return undefined
  const textMatchScore = (a: string, b: string): number => {
    if (a.length === 0 || b.length === 0) return 0
    const m = search(a, b, b.length)
    return m.length === 0 ? 0 : 1 - m[0].errors / b.length
  }
  let best: { start: number; end: number } | undefined
  let bestScore = -Infinity
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length
    const prefixScore = t.quote.prefix ? textMatchScore(t.quote.prefix, text.slice(Math.max(0, m.start - t.quote.prefix.length), m.start)) : 1
    const suffixScore = t.quote.suffix ? textMatchScore(t.quote.suffix, text.slice(m.end, m.end + t.quote.suffix.length)) : 1
    const posScore = 1 - Math.abs(m.start - t.position.start) / text.length
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 94
    if (score > bestScore) {
      bestScore = score
      best = { start: m.start, end: m.end }
    }
  }
  return best
}

// ---- scoring ----
interface Tally {
  correctExact: number
  correctFuzzy: number
  orphanGone: number
  orphanMissed: number
  wrong: number
}
function tally(placements: ({ start: number; end: number; status: 'exact' | 'fuzzy' } | undefined)[]): Tally {
  const t: Tally = { correctExact: 0, correctFuzzy: 0, orphanGone: 0, orphanMissed: 0, wrong: 0 }
  placements.forEach((p, i) => {
    const gold = truth[i]
    if (!p) {
      if (gold) t.orphanMissed++
      else t.orphanGone++
      return
    }
    const inter = gold ? Math.max(0, Math.min(p.end, gold.end) - Math.max(p.start, gold.start)) : 0
    const union = gold ? Math.max(p.end, gold.end) - Math.min(p.start, gold.start) : 1
    if (!gold || inter / union < MIN_IOU) t.wrong++
    else if (p.status === 'exact') t.correctExact++
    else t.correctFuzzy++
  })
  return t
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now()
  const value = f()
  return { value, ms: performance.now() - t0 }
}

const ourPlain = timed(() => reanchorAll(undefined, newText, targets))
const ourDiff = timed(() => reanchorAll(oldText, newText, targets))
const hyp = timed(() => targets.map((t) => hypothesisMatch(newText, t)))

const toPlacement = (r: { status: string; position: { start: number; end: number } }) =>
  r.status === 'orphan' ? undefined : { start: r.position.start, end: r.position.end, status: r.status as 'exact' | 'fuzzy' }
if (process.env.SHOW_WRONG) {
  ourPlain.value.results.forEach((r, i) => {
    const g = truth[i]
    if (r.status === 'orphan') {
      if (g) process.stderr.write(`MISSED old=${JSON.stringify(targets[i].quote.exact)}\n  truth=${JSON.stringify(newText.slice(g.start, g.end))}\n`)
      return
    }
    const ok = g && Math.max(0, Math.min(r.position.end, g.end) - Math.max(r.position.start, g.start)) / (Math.max(r.position.end, g.end) - Math.min(r.position.start, g.start)) >= MIN_IOU
    if (!ok) process.stderr.write(`WRONG ${r.status} old=${JSON.stringify(targets[i].quote.exact)}\n  got=${JSON.stringify(r.quote.exact)} @${r.position.start}\n  truth=${g ? JSON.stringify(newText.slice(g.start, g.end)) + '@' + g.start : 'gone'}\n`)
  })
}
const rows = [
  { method: 'ours (quote+context+position)', ms: ourPlain.ms, ...tally(ourPlain.value.results.map(toPlacement)) },
  { method: 'ours + old text (diff map)', ms: ourDiff.ms, ...tally(ourDiff.value.results.map(toPlacement)) },
  {
    method: 'Hypothesis-like (approx-string-match)',
    ms: hyp.ms,
    ...tally(hyp.value.map((m, i) => (m ? { ...m, status: newText.slice(m.start, m.end) === targets[i].quote.exact ? ('exact' as const) : ('fuzzy' as const) } : undefined))),
  },
]
const gone = truth.filter((t) => !t).length
const unchanged = truth.filter((t, i) => t && newText.slice(t.start, t.end) === targets[i].quote.exact).length
process.stdout.write(
  `document ${oldText.length} → ${newText.length} chars; ${ANNOTATIONS} annotations; edit budget ${budget} chars ` +
    `(${deletedParagraphs} paragraphs deleted, ${ops.insert} insertions, ${ops.delete} deletions, ${ops.substitute} substitutions, ${ops.flip} width flips)\n` +
    `truth: ${unchanged} unchanged, ${ANNOTATIONS - unchanged - gone} changed, ${gone} gone\n\n` +
    '| method | ms total | ms/annotation | ×baseline | correct-exact | correct-fuzzy | orphan (gone) | orphan (missed) | WRONG |\n' +
    '|---|---|---|---|---|---|---|---|---|\n',
)
for (const r of rows) {
  process.stdout.write(
    `| ${r.method} | ${r.ms.toFixed(1)} | ${(r.ms / ANNOTATIONS).toFixed(3)} | ${(r.ms / hyp.ms).toFixed(2)} | ${r.correctExact} | ${r.correctFuzzy} | ${r.orphanGone} | ${r.orphanMissed} | ${r.wrong} |\n`,
  )
}
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true })
writeFileSync(
  join(import.meta.dirname, 'results', 'anchor.json'),
  JSON.stringify({ seed: seedArg, paragraphDeleteShare: PARAGRAPH_DELETE_SHARE, documentChars: oldText.length, newChars: newText.length, annotations: ANNOTATIONS, budget, deletedParagraphs, ops, truth: { unchanged, gone }, rows }, null, 2),
)
