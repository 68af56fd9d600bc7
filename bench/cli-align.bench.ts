/**
 * Benchmark of `bidu align --json` on the 52 national work reports (1954–2025, ../shared/corpora or
 * the gzipped copy in tests/fixtures/corpora): wall time and peak memory of the command in a fresh
 * process (issue 13's targets: under 30 s and under 1 GB), the size of its JSON, and beside it the
 * plain TF-IDF bigram all-pairs baseline on the same passages in this process, run on every k-th
 * query passage and extrapolated (said so in the output). Prints the machine's load average too.
 * Run: `npx tsx bench/cli-align.bench.ts`; writes bench/results/cli-align.json.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { alignDocumentsBaseline } from '../src/core/align'
import { importDocument } from '../src/core/import'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../src/core/themes'
import { nationalReports } from '../tests/fixtures/corpora/national-reports'

const TARGET_MS = 30_000
const TARGET_MB = 1024
/** Query passages the baseline runs on (every k-th), extrapolated to all. */
const BASELINE_SAMPLE = 600

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bidu-cli-bench-'))
  const files = nationalReports().map((r) => {
    const file = join(dir, `national-${r.year}.txt`)
    writeFileSync(file, r.text)
    return file
  })
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')
  const out = join(dir, 'align.json')
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cli-align-run.ts'), out, '--json', ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
  const last = run.stderr.trim().split('\n').pop() ?? '{}'
  const child = JSON.parse(last) as { code?: number; ms?: number; cpuMs?: number; maxRssMb?: number }
  if (run.status !== 0 || child.code !== 0) throw new Error(`align failed: ${run.stderr.slice(-2000)}`)
  const outputMb = Math.round(statSync(out).size / 1048576)

  // The baseline over the same passages (imported and classified as the command does).
  const matcher = compileThemeMatcher(builtinCodebook())
  const docs = await Promise.all(
    nationalReports().map(async (r) => {
      const imported = await importDocument(`national-${r.year}.txt`, new TextEncoder().encode(r.text))
      if (!imported.ok) throw new Error(imported.error.message)
      return { text: imported.value.text, passages: classifyDocument(imported.value.text, matcher, { matches: false }) }
    }),
  )
  const passages = docs.reduce((s, d) => s + d.passages.length, 0)
  const stride = Math.max(1, Math.ceil(passages / BASELINE_SAMPLE))
  const t0 = performance.now()
  alignDocumentsBaseline(docs, { top: 3, queryStride: stride })
  const baselineMs = Math.round((performance.now() - t0) * stride)
  rmSync(dir, { recursive: true, force: true })

  const result = {
    documents: files.length,
    passages,
    ms: child.ms,
    cpuMs: child.cpuMs,
    maxRssMb: child.maxRssMb,
    outputMb,
    baselineMs,
    baselineStride: stride,
    loadAverage: load,
  }
  process.stdout.write(
    `align --json on ${files.length} national reports (${passages} passages): ${child.ms} ms (CPU ${child.cpuMs} ms), peak ${child.maxRssMb} MB, ${outputMb} MB of JSON ` +
      `(load average before: ${load})\n` +
      `  baseline (bigram all-pairs, same passages, extrapolated from every ${stride}th query passage): ${baselineMs} ms; baseline/ours ${(baselineMs / (child.ms ?? 1)).toFixed(1)}x\n` +
      `  target (issue 13): under ${TARGET_MS / 1000} s ${child.ms! < TARGET_MS ? 'yes' : 'NO'}, under ${TARGET_MB} MB ${child.maxRssMb! < TARGET_MB ? 'yes' : 'NO'}\n`,
  )
  const results = join(import.meta.dirname, 'results')
  mkdirSync(results, { recursive: true })
  writeFileSync(join(results, 'cli-align.json'), JSON.stringify(result, null, 2) + '\n')
}

void main()
