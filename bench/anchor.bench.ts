/**
 * Re-anchoring benchmark. Scenarios (anchor-scenarios.ts, anchor-traps.ts), each on a document of
 * about 50,000 characters drawn from the seed reports and the national corpus, with a ground truth of
 * where every annotated character went (tracked-text.ts):
 *   - the general case: 1,000 annotations of 5–120 characters after a 5% edit;
 *   - look-alike traps: short repeated phrases (建设, 我们, 同比增长) whose sentence was deleted or whose
 *     surroundings were reworded; a paragraph deleted beside a look-alike (the same opening clause,
 *     sometimes a shared sentence); a duplicated paragraph whose annotated copy was edited or deleted;
 *     each report also carries 200 ordinary annotations (anchored with the traps, not scored).
 * Runs, in the same process on the same cases:
 *   - ours, without the old text (quote + context + old position, the same information Hypothesis has);
 *   - ours, with the old text (one diff, positions mapped through it);
 *   - a Hypothesis-like matcher over approx-string-match (anchor-baseline.ts), with no minimum score.
 * Counts: correct-exact / correct-fuzzy (placed with status exact/fuzzy, overlapping the truth by
 * IoU ≥ 0.5), orphan (split: truly gone vs missed), WRONG (placed on text that is not the quote's).
 * Run: `node --import tsx bench/anchor.bench.ts [seed] [paragraph-delete-share]`; writes
 * bench/results/anchor.json. `SHOW_WRONG=1` lists our wrong and missed placements on stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { reanchorAll, type AnchorResult } from '../src/core/anchoring'
import { hypothesisMatch } from './anchor-baseline'
import { loadParagraphs, randomEdit, type Scenario } from './anchor-scenarios'
import { deletedBesideSimilar, duplicatedParagraphs, repeatedPhrases } from './anchor-traps'
import { seededRandom, type Span } from './tracked-text'

/** A placement counts as correct when it overlaps the true range by at least this IoU. */
const MIN_IOU = 0.5

interface Placement extends Span {
  status: 'exact' | 'fuzzy'
}
interface Tally {
  correctExact: number
  correctFuzzy: number
  orphanGone: number
  orphanMissed: number
  wrong: number
}
interface Row extends Tally {
  method: string
  ms: number
  annotations: number
}

function overlaps(p: Span, gold: Span | undefined): boolean {
  if (!gold) return false
  const inter = Math.max(0, Math.min(p.end, gold.end) - Math.max(p.start, gold.start))
  return inter / (Math.max(p.end, gold.end) - Math.min(p.start, gold.start)) >= MIN_IOU
}

function tally(truth: readonly (Span | undefined)[], placements: readonly (Placement | undefined)[], scored = placements.length): Tally {
  const t: Tally = { correctExact: 0, correctFuzzy: 0, orphanGone: 0, orphanMissed: 0, wrong: 0 }
  placements.slice(0, scored).forEach((p, i) => {
    if (!p) {
      if (truth[i]) t.orphanMissed++
      else t.orphanGone++
    } else if (!overlaps(p, truth[i])) t.wrong++
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

const ours = (r: AnchorResult): Placement | undefined =>
  r.status === 'orphan' ? undefined : { start: r.position.start, end: r.position.end, status: r.status }

function showMistakes(s: Scenario, results: readonly AnchorResult[]): void {
  results.forEach((r, i) => {
    const g = s.truth[i]
    const old = JSON.stringify(s.targets[i].quote.exact)
    if (r.status === 'orphan') {
      if (g) process.stderr.write(`MISSED old=${old}\n  truth=${JSON.stringify(s.newText.slice(g.start, g.end))}\n`)
    } else if (!overlaps(ours(r) as Placement, g)) {
      process.stderr.write(
        `WRONG ${r.status} old=${old}\n  got=${JSON.stringify(r.quote.exact)} @${r.position.start}\n  truth=${g ? `${JSON.stringify(s.newText.slice(g.start, g.end))}@${g.start}` : 'gone'}\n`,
      )
    }
  })
}

function run(s: Scenario): Row[] {
  const plain = timed(() => reanchorAll(undefined, s.newText, s.targets).results)
  const diff = timed(() => reanchorAll(s.oldText, s.newText, s.targets).results)
  const hyp = timed(() => s.targets.map((t) => hypothesisMatch(s.newText, t)))
  if (process.env.SHOW_WRONG) {
    process.stderr.write(`--- ${s.name}\n`)
    showMistakes(s, plain.value.slice(0, s.scored ?? s.targets.length))
  }
  const n = s.targets.length
  const scored = s.scored ?? n
  const baseline = hyp.value.map((m, i): Placement | undefined =>
    m ? { ...m, status: s.newText.slice(m.start, m.end) === s.targets[i].quote.exact ? 'exact' : 'fuzzy' } : undefined,
  )
  return [
    { method: 'ours (quote+context+position)', ms: plain.ms, annotations: n, ...tally(s.truth, plain.value.map(ours), scored) },
    { method: 'ours + old text (diff map)', ms: diff.ms, annotations: n, ...tally(s.truth, diff.value.map(ours), scored) },
    { method: 'Hypothesis-like (approx-string-match)', ms: hyp.ms, annotations: n, ...tally(s.truth, baseline, scored) },
  ]
}

function table(rows: readonly Row[]): string {
  const base = rows[rows.length - 1].ms
  const head =
    '| method | ms total | ms/annotation | ×baseline | correct-exact | correct-fuzzy | orphan (gone) | orphan (missed) | WRONG |\n|---|---|---|---|---|---|---|---|---|\n'
  const lines = rows.map(
    (r) =>
      `| ${r.method} | ${r.ms.toFixed(1)} | ${(r.ms / r.annotations).toFixed(3)} | ${(r.ms / base).toFixed(2)} | ${r.correctExact} | ${r.correctFuzzy} | ${r.orphanGone} | ${r.orphanMissed} | ${r.wrong} |\n`,
  )
  return head + lines.join('')
}

const seed = Number(process.argv[2] ?? 20261123)
const paragraphDeleteShare = Number(process.argv[3] ?? 0.3)
const rng = seededRandom(seed)
const { pool, filler } = loadParagraphs()
const scenarios = [
  randomEdit(rng, pool, filler, paragraphDeleteShare),
  repeatedPhrases(rng, pool, filler),
  deletedBesideSimilar(rng, pool, filler),
  duplicatedParagraphs(rng, pool, filler, 'edited'),
  duplicatedParagraphs(rng, pool, filler, 'deleted'),
]
const results = scenarios.map((s) => {
  const rows = run(s)
  const scored = s.scored ?? s.targets.length
  const truth = s.truth.slice(0, scored)
  const gone = truth.filter((t) => !t).length
  const unchanged = truth.filter((t, i) => t && s.newText.slice(t.start, t.end) === s.targets[i].quote.exact).length
  const counted =
    scored === s.targets.length
      ? `${scored} annotations`
      : `${scored} trap annotations scored (anchored among ${s.targets.length - scored} ordinary ones; times cover all)`
  process.stdout.write(
    `\n## ${s.name}\ndocument ${s.oldText.length} → ${s.newText.length} chars; ${counted}; ${s.edits}\n` +
      `truth: ${unchanged} unchanged, ${scored - unchanged - gone} changed, ${gone} gone\n\n${table(rows)}`,
  )
  return {
    name: s.name,
    edits: s.edits,
    documentChars: s.oldText.length,
    newChars: s.newText.length,
    annotations: s.targets.length,
    scored,
    truth: { unchanged, gone },
    rows,
  }
})
const totals = results[0].rows.map((r, k) => {
  const sum = (key: keyof Row): number => results.reduce((acc, s) => acc + (s.rows[k][key] as number), 0)
  return {
    method: r.method,
    ms: sum('ms'),
    annotations: sum('annotations'),
    correctExact: sum('correctExact'),
    correctFuzzy: sum('correctFuzzy'),
    orphanGone: sum('orphanGone'),
    orphanMissed: sum('orphanMissed'),
    wrong: sum('wrong'),
  }
})
process.stdout.write(`\n## all scenarios (seed ${seed})\n\n${table(totals)}`)
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true })
writeFileSync(
  join(import.meta.dirname, 'results', 'anchor.json'),
  JSON.stringify({ seed, paragraphDeleteShare, scenarios: results, totals }, null, 2),
)
