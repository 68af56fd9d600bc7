/**
 * Benchmark of the alignment segmenter (src/core/text/dictionary-segmenter.ts) against
 * `Intl.Segmenter('zh')`, its baseline, in the same process: characters per millisecond (warm, best
 * of five rounds) and the share of content terms both give, on the five samples (local reports) and
 * on six national reports of the second held-out set. Prints the load average beside.
 * Run: `npx tsx bench/segmenter.bench.ts`; writes bench/results/segmenter.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { segmentWords, segmentWordsIntl, termsOfTokens, type Token } from '../src/core/text/tokenize'

const ROOT = join(import.meta.dirname, '..')
const textsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
const SETS = { samples: textsIn(join(ROOT, 'seeds')), national: textsIn(join(ROOT, 'tests', 'fixtures', 'align', 'heldout')) }
const ROUNDS = 5

/** Best wall time of ROUNDS runs of `segment` over `texts`, in ms. */
function bestMs(texts: string[], segment: (t: string) => Token[]): number {
  let best = Infinity
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now()
    for (const t of texts) segment(t)
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

/** Share of `ours` terms that `reference` also gives (as multisets). */
function agreement(reference: string[], ours: string[]): number {
  const left = new Map<string, number>()
  for (const t of reference) left.set(t, (left.get(t) ?? 0) + 1)
  let same = 0
  for (const t of ours) {
    const n = left.get(t) ?? 0
    if (n > 0) {
      same++
      left.set(t, n - 1)
    }
  }
  return same / Math.max(reference.length, ours.length)
}

const results = Object.entries(SETS).map(([name, texts]) => {
  const load = loadavg()[0].toFixed(1)
  const chars = texts.reduce((s, t) => s + t.length, 0)
  const intlMs = bestMs(texts, (t) => segmentWordsIntl(t))
  const oursMs = bestMs(texts, (t) => segmentWords(t))
  const terms = texts.map((t) => ({ reference: termsOfTokens(segmentWordsIntl(t)), ours: termsOfTokens(segmentWords(t)) }))
  const total = terms.reduce((s, t) => s + t.reference.length, 0)
  const agree = terms.reduce((s, t) => s + agreement(t.reference, t.ours) * t.reference.length, 0) / total
  const row = {
    set: name,
    chars,
    intlCharsPerMs: Math.round(chars / intlMs),
    oursCharsPerMs: Math.round(chars / oursMs),
    speedup: Math.round((intlMs / oursMs) * 10) / 10,
    termAgreement: Math.round(agree * 10000) / 10000,
    loadAverage: load,
  }
  process.stdout.write(
    `${name} (${chars} chars): Intl.Segmenter ${row.intlCharsPerMs} chars/ms, dictionary segmenter ${row.oursCharsPerMs} chars/ms ` +
      `(${row.speedup}x); same content terms ${(agree * 100).toFixed(1)}% (load average ${load})\n`,
  )
  return row
})
const dir = join(import.meta.dirname, 'results')
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'segmenter.json'), JSON.stringify(results, null, 2) + '\n')
