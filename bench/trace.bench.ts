/**
 * Tracing benchmark (issue 16): one reference (the national work report of REFERENCE_YEAR) against
 * 1,000 generated local reports of 20,000 characters (generate-corpus.ts: recombined national and
 * local wording, so echoes are real and plentiful). Ours: index the reference once, then findEchoes
 * and the echo share for every report. Baseline, in the same run: the naive all-substrings search
 * (for every position of a report, the longest exact match starting there at any reference
 * position, kept from MIN_ECHO_CHARS up) on NAIVE_DOCUMENTS reports, extrapolated to the whole
 * corpus (stated as such). Also reported: how much of the wording the naive search finds our echoes
 * cover (ours also finds edited wording the exact search cannot). Target: under 5 s.
 *
 * Run: `npx tsx bench/trace.bench.ts [documents]`; writes bench/results/trace.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { echoedChars, findEchoes, indexReference, MIN_ECHO_CHARS } from '../src/core/trace'
import { foldForTrace, type TraceFolded } from '../src/core/trace/fold-for-trace'
import { nationalReports } from '../tests/fixtures/corpora/national-reports'
import { generateCorpus } from './generate-corpus'

const DOCUMENTS = Number(process.argv[2] ?? 1000)
const CHARS_PER_DOCUMENT = 20_000
/** A year inside the generator's source years, so generated reports carry some of its wording. */
const REFERENCE_YEAR = 2019
/** Reports the quadratic baseline runs on (it takes about a second each). */
const NAIVE_DOCUMENTS = 3
const TARGET_MS = 5000

/** Wording positions of `d` inside an exact match of ≥ MIN_ECHO_CHARS found by trying every reference position. */
function naiveCoverage(d: TraceFolded, r: TraceFolded): Uint8Array {
  const covered = new Uint8Array(d.length)
  let i = 0
  while (i < d.length) {
    let best = 0
    for (let j = 0; j < r.length; j++) {
      let n = 0
      while (i + n < d.length && j + n < r.length && d.codes[i + n] === r.codes[j + n]) n++
      if (n > best) best = n
    }
    if (best >= MIN_ECHO_CHARS) {
      covered.fill(1, i, i + best)
      i += best
    } else i++
  }
  return covered
}

const reference = nationalReports().find((r) => r.year === REFERENCE_YEAR)!.text
const t0 = performance.now()
const docs = generateCorpus({ count: DOCUMENTS, charsPerDocument: CHARS_PER_DOCUMENT, seed: 16 })
const generateMs = performance.now() - t0
const chars = docs.reduce((sum, d) => sum + d.text.length, 0)

const cpu0 = process.cpuUsage()
const t1 = performance.now()
const index = indexReference(reference)
const shares = docs.map((d) => echoedChars(findEchoes(index, d.text)) / d.text.length)
const oursMs = performance.now() - t1
// CPU time beside wall time: on a machine shared with other jobs the wall time includes waiting.
const oursCpuMs = process.cpuUsage(cpu0).user / 1000

const sample = docs.slice(0, NAIVE_DOCUMENTS)
const refFolded = foldForTrace(reference)
const t2 = performance.now()
const naive = sample.map((d) => naiveCoverage(foldForTrace(d.text), refFolded))
const naiveSampleMs = performance.now() - t2
const naiveMs = (naiveSampleMs / NAIVE_DOCUMENTS) * DOCUMENTS

// Agreement on the sample: the naive search's exact wording that our echoes also cover.
let naiveWording = 0
let alsoOurs = 0
sample.forEach((d, k) => {
  const folded = foldForTrace(d.text)
  const ours = new Uint8Array(d.text.length)
  for (const s of findEchoes(index, d.text)) ours.fill(1, s.start, s.end)
  naive[k]!.forEach((hit, i) => {
    if (!hit) return
    naiveWording++
    alsoOurs += ours[folded.toOriginal[i]!]!
  })
})

const mean = shares.reduce((a, b) => a + b, 0) / shares.length
const result = {
  documents: DOCUMENTS,
  characters: chars,
  referenceYear: REFERENCE_YEAR,
  referenceChars: reference.length,
  generateMs,
  oursMs,
  oursCpuMs,
  oursPerDocumentMs: oursMs / DOCUMENTS,
  loadAverage: loadavg()[0],
  naiveDocuments: NAIVE_DOCUMENTS,
  naiveSampleMs,
  naiveExtrapolatedMs: naiveMs,
  ratio: naiveMs / oursMs,
  meanEchoShare: mean,
  naiveWordingCoveredByOurs: naiveWording > 0 ? alsoOurs / naiveWording : 1,
  targetMs: TARGET_MS,
  meetsTarget: oursMs < TARGET_MS,
}
process.stdout.write(
  `corpus: ${DOCUMENTS} reports, ${(chars / 1e6).toFixed(1)}M characters (generated in ${(generateMs / 1000).toFixed(1)} s); reference: national report ${REFERENCE_YEAR}, ${reference.length} characters\n` +
    `ours:  ${oursMs.toFixed(0)} ms for all ${DOCUMENTS} (${result.oursPerDocumentMs.toFixed(2)} ms a report; CPU ${oursCpuMs.toFixed(0)} ms, load average ${result.loadAverage.toFixed(1)}), mean echo share ${(mean * 100).toFixed(1)}%\n` +
    `naive all-substrings: ${naiveSampleMs.toFixed(0)} ms for ${NAIVE_DOCUMENTS} reports, extrapolated to ${DOCUMENTS}: ${(naiveMs / 1000).toFixed(0)} s → ours is ${result.ratio.toFixed(0)}× faster\n` +
    `of the exact wording (≥ ${MIN_ECHO_CHARS} characters) the naive search finds, our echoes cover ${(result.naiveWordingCoveredByOurs * 100).toFixed(1)}%\n` +
    `target: under ${TARGET_MS / 1000} s — ${result.meetsTarget ? 'met' : 'NOT met'}\n`,
)
const dir = join(import.meta.dirname, 'results')
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'trace.json'), JSON.stringify(result, null, 2) + '\n')
process.exitCode = result.meetsTarget ? 0 : 1
