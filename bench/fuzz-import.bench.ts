/**
 * The longer fuzz run (issue 10): the unit suite's generator (tests/fuzz/import-fuzz.ts) over many
 * more cases and another seed. Prints, per kind, how many inputs imported and how many were refused,
 * the slowest case and the peak heap; fails on any case that threw, was refused without a message,
 * leaked control characters, or took over 10 s. No baseline: this run checks bounds, not speed.
 *
 * Run: `npx tsx bench/fuzz-import.bench.ts [cases] [seed]`; writes bench/results/fuzz-import.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fuzzBases, fuzzCases, runFuzzCase } from '../tests/fuzz/import-fuzz'

const CASES = Number(process.argv[2] ?? 3000)
const SEED = Number(process.argv[3] ?? 7)
const MAX_MS = 10_000

async function main(): Promise<void> {
  const bases = await fuzzBases()
  const kinds = new Map<string, { ok: number; refused: number; slowestMs: number; slowest: string }>()
  const problems: string[] = []
  let peakHeap = 0
  const started = performance.now()
  for (const c of fuzzCases(bases, SEED, CASES)) {
    const outcome = await runFuzzCase(c)
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
    const k = kinds.get(c.kind) ?? { ok: 0, refused: 0, slowestMs: 0, slowest: '' }
    k[outcome.ok ? 'ok' : 'refused']++
    if (outcome.ms > k.slowestMs) Object.assign(k, { slowestMs: outcome.ms, slowest: c.mutation })
    kinds.set(c.kind, k)
    if (outcome.problem || (!outcome.ok && !outcome.message) || outcome.ms > MAX_MS)
      problems.push(`${c.name} (${c.kind}, ${c.mutation}): ${outcome.problem ?? `${Math.round(outcome.ms)} ms`}`)
  }
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(`fuzz: ${CASES} cases, seed ${SEED}, ${seconds.toFixed(1)} s, peak heap ${Math.round(peakHeap / 1048576)} MB\n\n`)
  process.stdout.write('| kind | imported | refused | slowest | its mutation |\n|---|---|---|---|---|\n')
  for (const [kind, k] of [...kinds].sort())
    process.stdout.write(`| ${kind} | ${k.ok} | ${k.refused} | ${k.slowestMs.toFixed(0)} ms | ${k.slowest.slice(0, 40)} |\n`)
  process.stdout.write(`\n${problems.length} problems${problems.length ? `:\n${problems.join('\n')}` : ''}\n`)
  const out = join(import.meta.dirname, 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(
    join(out, 'fuzz-import.json'),
    JSON.stringify({ cases: CASES, seed: SEED, seconds, peakHeap, kinds: Object.fromEntries(kinds), problems }, null, 2),
  )
  if (problems.length) process.exitCode = 1
}

void main()
