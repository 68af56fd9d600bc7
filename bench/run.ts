/**
 * `npm run bench`: runs every `bench/*.bench.ts` in its own process, one after another, so each
 * measures on a quiet machine. Each benchmark prints its own table (our figure, the baseline measured
 * in the same run, their ratio) and writes JSON to bench/results/. Pass names to run a subset:
 * `npm run bench -- align anchor`.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const here = import.meta.dirname
const wanted = process.argv.slice(2)
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort()

let failed = 0
for (const file of benches) {
  process.stdout.write(`\n=== ${file} ===\n`)
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit' })
  if (run.status !== 0) failed++
}
if (benches.length === 0) process.stderr.write('no benchmarks matched\n')
process.exitCode = failed > 0 || benches.length === 0 ? 1 : 0
