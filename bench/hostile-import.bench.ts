/**
 * Hostile-import benchmark (issue 10): imports each case of the hostile corpus (hostile-corpus.ts)
 * in a process of its own, as the document worker would, and prints the time of the import and the
 * process's peak memory (max RSS, building the input included; pdf.js is loaded before timing, as
 * the worker loads it once). Target: every case under 10 s and
 * 1 GB, imported or refused with a message. Baselines, in the same run: the sample report as txt,
 * html and docx (the floor a process pays; the ratio column compares each case's time with the
 * txt baseline).
 *
 * Run: `npx tsx bench/hostile-import.bench.ts [case …]`; writes bench/results/hostile-import.json.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { importDocument } from '../src/core/import'
import { extractPdfItems } from '../src/cli/runtime/pdf-node'
import { makePdf } from '../tests/fixtures/import/make-pdf'
import { HOSTILE_CASES } from './hostile-corpus'

const MAX_MS = 10_000
const MAX_RSS_MB = 1024
/** A child that does not answer in this long has hung: the case fails. */
const CHILD_TIMEOUT_MS = 180_000

interface Measure {
  name: string
  bytes: number
  outcome: string
  ms: number
  peakMb: number
}

/** Child mode: build one case, import it, print one JSON line. */
async function measureOne(name: string): Promise<void> {
  const c = HOSTILE_CASES.find((x) => x.name === name)
  if (!c) throw new Error(`no case ${name}`)
  const bytes = c.build()
  const size = bytes.length
  // The app's worker loads pdf.js once per session: load it before timing, with a one-page PDF.
  if (c.fileName.endsWith('.pdf')) await importDocument('warm-up.pdf', makePdf([[{ text: '页', x: 72, y: 700 }]]), { pdf: extractPdfItems })
  const started = performance.now()
  const r = await importDocument(c.fileName, bytes, { pdf: extractPdfItems })
  const ms = performance.now() - started
  const outcome = r.ok
    ? `imported, ${r.value.text.length.toLocaleString('en')} chars`
    : `refused ${r.error.code}: ${r.error.message.slice(c.fileName.length + 2)}`
  const measure: Measure = { name, bytes: size, outcome, ms, peakMb: process.resourceUsage().maxRSS / 1024 }
  process.stdout.write(`${JSON.stringify(measure)}\n`)
}

function formatBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(0)} KB`
}

function main(): void {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'))
  const cases = HOSTILE_CASES.filter((c) => wanted.length === 0 || wanted.includes(c.name))
  const rows: (Measure & { what: string; pass: boolean; baseline: boolean })[] = []
  for (const c of cases) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', c.name], {
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT_MS,
      maxBuffer: 1 << 20,
    })
    const line = run.stdout?.trim().split('\n').pop()
    let m: Measure
    try {
      m = JSON.parse(line ?? '') as Measure
    } catch {
      const why = run.error ? run.error.message : `exit ${run.status ?? run.signal}: ${run.stderr?.trim().split('\n').slice(-1)[0] ?? ''}`
      m = { name: c.name, bytes: 0, outcome: `CRASHED (${why})`, ms: NaN, peakMb: NaN }
    }
    const pass = m.ms < MAX_MS && m.peakMb < MAX_RSS_MB
    rows.push({ ...m, what: c.what, pass, baseline: c.baseline ?? false })
    process.stdout.write(`${pass ? 'ok ' : 'FAIL'} ${c.name}: ${m.ms.toFixed(0)} ms, ${m.peakMb.toFixed(0)} MB, ${m.outcome}\n`)
  }
  const baseMs = rows.find((r) => r.name === 'baseline-txt')?.ms
  process.stdout.write('\n| case | file | import time | vs txt baseline | peak RSS | outcome |\n|---|---|---|---|---|---|\n')
  for (const r of rows) {
    const ratio = baseMs ? `${(r.ms / baseMs).toFixed(1)}×` : '—'
    process.stdout.write(
      `| ${r.name} — ${r.what} | ${formatBytes(r.bytes)} | ${(r.ms / 1000).toFixed(2)} s | ${ratio} | ${r.peakMb.toFixed(0)} MB | ${r.pass ? '' : '**over bound** '}${r.outcome} |\n`,
    )
  }
  const failed = rows.filter((r) => !r.pass)
  process.stdout.write(`\n${rows.length - failed.length} of ${rows.length} cases under ${MAX_MS / 1000} s and ${MAX_RSS_MB} MB\n`)
  const out = join(import.meta.dirname, 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'hostile-import.json'), JSON.stringify({ maxMs: MAX_MS, maxRssMb: MAX_RSS_MB, rows }, null, 2))
  if (failed.length) process.exitCode = 1
}

if (process.argv.includes('--child')) void measureOne(process.argv[process.argv.indexOf('--child') + 1]!)
else main()
