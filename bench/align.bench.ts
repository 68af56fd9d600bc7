/**
 * Benchmark of theme classification and alignment on synthetic corpora (bench/synthetic-corpus.ts):
 * classification throughput (passages per second) and the time to build one theme's alignment rows
 * across 50, 200 and 1,000 documents of ~20,000 characters, each beside the plain TF-IDF
 * character-bigram all-pairs baseline run in the same process. At 1,000 documents the baseline is
 * run on a sample of query passages and extrapolated (said so in the output). Issue 13's targets:
 * one theme's rows cold (features and rows) under 1 s at 200 documents and under 4 s at 1,000; the
 * load average is printed beside, since other processes share the machine.
 * Run: `npx tsx bench/align.bench.ts [sizes…]`; writes bench/results/align.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { alignDocumentsBaseline, buildAlignmentRows, passageTermsOf, type PassageTerms } from '../src/core/align'
import { segmentPassages } from '../src/core/passages'
import { parseStructure } from '../src/core/structure'
import { builtinCodebook, classifyPassages, compileThemeMatcher, type ClassifiedPassage } from '../src/core/themes'
import { syntheticCorpus } from './synthetic-corpus'

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0)
const DOC_COUNTS = SIZES.length ? SIZES : [50, 200, 1000]
const CHARS_PER_DOCUMENT = 20_000
const THEME = 'safety'
/** Above this many theme passages the baseline queries only a sample (every k-th passage). */
const BASELINE_FULL_LIMIT = 6_000
const BASELINE_SAMPLE = 1_500
/** Issue 13's targets: one theme's rows from scratch (features and rows) across N documents under the time given. */
const COLD_TARGET_MS: Record<number, number> = { 200: 1_000, 1000: 4_000 }

const matcher = compileThemeMatcher(builtinCodebook())
const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10
/** CPU time of this process so far (ms): on a shared machine it varies far less than wall time. */
const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

interface Row {
  documents: number
  passages: number
  themePassages: number
  classifyMs: number
  classifyPassagesPerSecond: number
  /** Word segmentation, bigrams and concepts of the theme's passages: computed once per passage and cacheable. */
  featuresMs: number
  /** Rows from cached features (what the app's worker does after classification). */
  oursRowsMs: number
  /** featuresMs + oursRowsMs: rows from scratch. */
  oursColdMs: number
  /** CPU time of the same (features and rows). */
  oursColdCpuMs: number
  rows: number
  baselineMs: number
  baselineExtrapolated: boolean
  ratio: number
}

const results: Row[] = []
for (const documents of DOC_COUNTS) {
  const load = loadavg()[0].toFixed(1)
  const corpus = syntheticCorpus({ documents, charsPerDocument: CHARS_PER_DOCUMENT, seed: 1 })
  const structured = corpus.map((d) => ({ text: d.text, structure: parseStructure(d.text) }))
  const passages = structured.map((d) => segmentPassages(d.text, d.structure, { matcher }))
  let t0 = performance.now()
  const classified: ClassifiedPassage[][] = structured.map((d, i) => classifyPassages(d.text, passages[i], matcher))
  const classifyMs = ms(t0)
  const docs = structured.map((d, i) => ({ text: d.text, passages: classified[i] }))
  const total = classified.reduce((s, p) => s + p.length, 0)
  const themePassages = classified.reduce((s, p) => s + p.filter((x) => x.themes.includes(THEME)).length, 0)

  // Passages outside the theme are never read: one shared empty value keeps the timing to the theme's own features.
  const none: PassageTerms = { words: new Map(), bigrams: new Map(), concepts: new Map(), context: new Map(), clauses: [] }
  const cpu0 = cpuMs()
  t0 = performance.now()
  const terms: PassageTerms[][] = docs.map((d) => {
    const extract = passageTermsOf(d.text)
    return d.passages.map((p) => (p.themes.includes(THEME) ? extract(p) : none))
  })
  const featuresMs = ms(t0)
  t0 = performance.now()
  const rows = buildAlignmentRows(docs, { themeId: THEME, terms })
  const oursRowsMs = ms(t0)
  const oursColdCpuMs = Math.round(cpuMs() - cpu0)

  const stride = themePassages > BASELINE_FULL_LIMIT ? Math.ceil(themePassages / BASELINE_SAMPLE) : 1
  t0 = performance.now()
  alignDocumentsBaseline(docs, { themeId: THEME, top: 1, queryStride: stride })
  const baselineMs = Math.round(ms(t0) * stride)

  const row: Row = {
    documents,
    passages: total,
    themePassages,
    classifyMs,
    classifyPassagesPerSecond: Math.round(total / (classifyMs / 1000)),
    featuresMs,
    oursRowsMs,
    oursColdMs: Math.round(featuresMs + oursRowsMs),
    oursColdCpuMs,
    rows: rows.filter((r) => r.members.length > 1).length,
    baselineMs,
    baselineExtrapolated: stride > 1,
    ratio: Math.round((baselineMs / (featuresMs + oursRowsMs)) * 10) / 10,
  }
  results.push(row)
  process.stdout.write(
    `${documents} docs: ${total} passages (${themePassages} ${THEME}); classify ${row.classifyPassagesPerSecond} passages/s; ` +
      `${THEME} rows ${oursRowsMs} ms from cached features + ${featuresMs} ms features = ${row.oursColdMs} ms cold (CPU ${oursColdCpuMs} ms) ` +
      `(${row.rows} rows of 2+) vs baseline all-pairs ${baselineMs} ms` +
      `${stride > 1 ? ` (extrapolated from every ${stride}th query passage)` : ''}: baseline/ours-cold ${row.ratio}x (load average ${load})\n`,
  )
  const target = COLD_TARGET_MS[documents]
  if (target !== undefined) {
    process.stdout.write(
      `  target (issue 13): one theme's rows from scratch across ${documents} documents under ${target} ms — ${row.oursColdMs < target ? 'yes' : 'NO'}\n`,
    )
  }
}

if (results.length >= 2) {
  const [a, b] = [results[0], results[results.length - 1]]
  const exponent = (x: number, y: number) => (Math.log(y / x) / Math.log(b.documents / a.documents)).toFixed(2)
  process.stdout.write(
    `scaling ${a.documents} → ${b.documents} docs: ours cold ∝ docs^${exponent(a.oursColdMs, b.oursColdMs)}, ` +
      `baseline ∝ docs^${exponent(a.baselineMs, b.baselineMs)} (quadratic would be 2)\n`,
  )
}
const dir = join(import.meta.dirname, 'results')
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'align.json'), JSON.stringify({ theme: THEME, charsPerDocument: CHARS_PER_DOCUMENT, results }, null, 2) + '\n')
