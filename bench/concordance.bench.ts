/**
 * Concordance benchmark: a synthetic corpus of 1,000 reports (~20 million characters, built from the
 * seeds' sentences) searched with buildConcordanceIndex / searchConcordance, beside a raw indexOf scan
 * of every document measured in the same run. Targets (issue 5): under 100 ms a query and within 3× of
 * the scan. A regex query's baseline scans for its literal core (网格 for 网格(化|员)), the least any
 * search must do.
 *
 * Run: `npx tsx bench/concordance.bench.ts [documents]`; writes bench/results/concordance.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildConcordanceIndex, searchConcordance } from '../src/core/concordance'
import type { ConcordanceQuery } from '../src/core/concordance'
import { syntheticCorpus } from './synthetic-corpus'

const DOCUMENTS = Number(process.argv[2] ?? 1000)
const CHARS_PER_DOCUMENT = 20_000
/** Timed repetitions per query; the median is reported (the first run is a warm-up and not counted). */
const RUNS = 9
const TARGET_MS = 100
const TARGET_RATIO = 3

interface Case {
  label: string
  query: ConcordanceQuery
  /** What the raw scan looks for. */
  literal: string
}

const CASES: Case[] = [
  { label: '枫桥经验', query: { kind: 'text', pattern: '枫桥经验' }, literal: '枫桥经验' },
  { label: '安全生产', query: { kind: 'text', pattern: '安全生产' }, literal: '安全生产' },
  { label: '乡村振兴', query: { kind: 'text', pattern: '乡村振兴' }, literal: '乡村振兴' },
  { label: '高质量发展', query: { kind: 'text', pattern: '高质量发展' }, literal: '高质量发展' },
  { label: '（absent phrase）', query: { kind: 'text', pattern: '不存在的短语甲乙' }, literal: '不存在的短语甲乙' },
  { label: 'gep (any case)', query: { kind: 'text', pattern: 'gep' }, literal: 'GEP' },
  { label: '/网格(化|员)/', query: { kind: 'regex', pattern: '网格(化|员)' }, literal: '网格' },
  { label: '/安全(生产|发展)/', query: { kind: 'regex', pattern: '安全(生产|发展)' }, literal: '安全' },
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time(run: () => number): { ms: number; count: number } {
  let count = run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    count = run()
    times.push(performance.now() - t0)
  }
  return { ms: median(times), count }
}

const t0 = performance.now()
const docs = syntheticCorpus({ documents: DOCUMENTS, charsPerDocument: CHARS_PER_DOCUMENT, seed: 7 }).map((d) => ({
  id: d.name,
  text: d.text,
}))
const generateMs = performance.now() - t0
const chars = docs.reduce((sum, d) => sum + d.text.length, 0)
const t1 = performance.now()
const index = buildConcordanceIndex(docs)
const buildMs = performance.now() - t1

process.stdout.write(
  `corpus: ${docs.length} documents, ${(chars / 1e6).toFixed(1)}M characters (generated in ${generateMs.toFixed(0)} ms); index built in ${buildMs.toFixed(0)} ms\n\n`,
)

const rows = CASES.map(({ label, query, literal }) => {
  const ours = time(() => {
    const result = searchConcordance(index, query)
    if (!result.ok) throw new Error(`${label}: ${result.error.message}`)
    return result.value.total
  })
  const scan = time(() => {
    let count = 0
    for (const doc of docs) for (let at = doc.text.indexOf(literal); at >= 0; at = doc.text.indexOf(literal, at + literal.length)) count++
    return count
  })
  const ratio = ours.ms / Math.max(scan.ms, 1e-3)
  return {
    query: label,
    oursMs: ours.ms,
    scanMs: scan.ms,
    ratio,
    hits: ours.count,
    scanHits: scan.count,
    meetsTarget: ours.ms < TARGET_MS && ratio <= TARGET_RATIO,
  }
})

const header = ['query', 'ours ms', 'indexOf ms', 'ratio', 'hits', 'scan hits', 'ok']
const table = rows.map((r) => [
  r.query,
  r.oursMs.toFixed(1),
  r.scanMs.toFixed(1),
  `${r.ratio.toFixed(2)}×`,
  String(r.hits),
  String(r.scanHits),
  r.meetsTarget ? 'yes' : 'NO',
])
/** Terminal columns: CJK and full-width characters take two. */
const columns = (s: string) =>
  [...s].reduce(
    (n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
    0,
  )
const pad = (s: string, width: number, left: boolean) => (left ? s + ' '.repeat(width - columns(s)) : ' '.repeat(width - columns(s)) + s)
const widths = header.map((h, i) => Math.max(columns(h), ...table.map((row) => columns(row[i]!))))
for (const row of [header, ...table]) process.stdout.write(row.map((cell, i) => pad(cell, widths[i]!, i === 0)).join('  ') + '\n')
process.stdout.write(
  `\ntarget: under ${TARGET_MS} ms a query and within ${TARGET_RATIO}× of the scan; hits are returned with context up to the default cap\n`,
)

const dir = join(import.meta.dirname, 'results')
mkdirSync(dir, { recursive: true })
writeFileSync(
  join(dir, 'concordance.json'),
  JSON.stringify(
    { documents: docs.length, characters: chars, buildMs, runs: RUNS, targetMs: TARGET_MS, targetRatio: TARGET_RATIO, rows },
    null,
    2,
  ) + '\n',
)
process.exitCode = rows.every((r) => r.meetsTarget) ? 0 : 1
