/**
 * Sub-theme benchmark: classifying the national reports of tests/fixtures/align and the samples with
 * the built-in codebook and its sub-themes, against the same codebook without sub-themes in the same
 * run (the classification every view waited for before sub-themes). Warm engine, median of RUNS.
 *
 * Run: `npx tsx bench/subthemes.bench.ts`; writes bench/results/subthemes.json.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtinCodebook, classifyDocument, compileThemeMatcher, type ThemeMatcher } from '../src/core/themes'

const RUNS = 7
const ROOT = join(import.meta.dirname, '..')
const DIRS = ['tests/fixtures/align', 'tests/fixtures/align/heldout', 'tests/fixtures/align/blind3', 'seeds']
const texts = DIRS.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, d, f), 'utf8')),
)
const chars = texts.reduce((sum, t) => sum + t.length, 0)

const withSubthemes = compileThemeMatcher(builtinCodebook())
const flat = compileThemeMatcher({ themes: builtinCodebook().themes.map(({ subthemes: _, ...t }) => t) })

function time(matcher: ThemeMatcher): number {
  const start = performance.now()
  for (const text of texts) classifyDocument(text, matcher, { matches: false })
  return performance.now() - start
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
time(withSubthemes)
time(flat)
const ours: number[] = []
const baseline: number[] = []
for (let i = 0; i < RUNS; i++) {
  baseline.push(time(flat))
  ours.push(time(withSubthemes))
}
const result = {
  documents: texts.length,
  chars,
  subthemesMs: median(ours),
  flatMs: median(baseline),
  ratio: median(ours) / median(baseline),
}
process.stdout.write(
  `${texts.length} reports, ${chars} characters, classified warm (median of ${RUNS})\n` +
    `  with sub-themes   ${result.subthemesMs.toFixed(0)} ms\n` +
    `  themes only       ${result.flatMs.toFixed(0)} ms (baseline, same run)\n` +
    `  ratio             ${result.ratio.toFixed(2)}\n`,
)
const dir = join(import.meta.dirname, 'results')
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'subthemes.json'), JSON.stringify(result, null, 2) + '\n')
