import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import trace from '../../../src/cli/commands/trace'
import { foldForTrace, traceCode } from '../../../src/core/trace/fold-for-trace'
import { nationalReports } from '../../fixtures/corpora/national-reports'
import { plantSentences, sentencesOf, VARIANTS } from '../../fixtures/trace/plant-sentences'
import { createRandom } from '../../fixtures/random'

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds')
const dir = mkdtempSync(join(tmpdir(), 'bidu-trace-'))
const reports = nationalReports()
const write = (name: string, text: string): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const NATIONAL_2023 = write('national-2023.txt', reports.find((r) => r.year === 2023)!.text)

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await trace.run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } })
  return { code, stdout, stderr }
}

interface TraceJson {
  reference: { file: string; text: string }
  documents: {
    file: string
    text: string
    echoShare: number
    spans: { start: number; end: number; refStart: number; refEnd: number }[]
    themes: Record<string, number>
  }[]
}

/** Offsets of `from` in `to`, where the two differ only in whitespace (-1 where a character was dropped). */
function alignThroughWhitespace(from: string, to: string): Int32Array {
  const map = new Int32Array(from.length).fill(-1)
  let j = 0
  for (let i = 0; i < from.length; i++) {
    while (j < to.length && to[j] !== from[i] && /\s/.test(to[j]!)) j++
    if (to[j] === from[i]) map[i] = j++
  }
  return map
}

const folded = (s: string): string => String.fromCharCode(...foldForTrace(s).codes)

describe('trace --json', () => {
  it('prints the contract: cleaned texts, spans into both texts, echo share and theme shares', async () => {
    const files = ['000_3a5eedb3a8af94b3.txt', '002_cfa2e8210ff970e4.txt'].map((f) => join(SEEDS, f))
    const r = await run(['--json', '--reference', NATIONAL_2023, ...files])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as TraceJson
    expect(out.reference.file).toBe(NATIONAL_2023)
    expect(out.reference.text.length).toBeGreaterThan(10_000)
    expect(out.documents.map((d) => d.file)).toEqual(files)
    for (const doc of out.documents) {
      expect(doc.spans.length).toBeGreaterThan(0)
      let inside = 0
      for (const s of doc.spans) {
        expect(0 <= s.start && s.start < s.end && s.end <= doc.text.length).toBe(true)
        expect(0 <= s.refStart && s.refStart < s.refEnd && s.refEnd <= out.reference.text.length).toBe(true)
        // The echo and its source share their opening wording.
        expect(folded(out.reference.text.slice(s.refStart, s.refEnd)).slice(0, 4)).toBe(folded(doc.text.slice(s.start, s.end)).slice(0, 4))
        inside += s.end - s.start
      }
      expect(doc.echoShare).toBeCloseTo(inside / doc.text.length, 5)
      for (const share of Object.values(doc.themes)) expect(share >= 0 && share <= 1).toBe(true)
    }
  })

  it('recovers planted reference sentences from a file and finds no echo in an unrelated one', async () => {
    const reference = reports.find((r) => r.year === 2023)!.text
    const fillers = sentencesOf(reports.find((r) => r.year === 1985)!.text, 12, 60).filter((s) => !reference.includes(s))
    const candidates = sentencesOf(reference, 20, 90)
    const next = createRandom(21)
    const planted = plantSentences(
      Array.from({ length: 60 }, () => candidates[Math.floor(next() * candidates.length)]!),
      fillers,
      4,
      (i) => VARIANTS[i % 4]!,
    )
    const local = write('local.txt', planted.text)
    const unrelated = write('unrelated.txt', fillers.slice(0, 300).join('。'))
    const r = await run(['--json', '--reference', NATIONAL_2023, local, unrelated])
    const out = JSON.parse(r.stdout) as TraceJson
    const [traced, other] = out.documents
    // Import cleaning may change line breaks: map the planted offsets through the whitespace.
    const toCleaned = alignThroughWhitespace(planted.text, traced!.text)
    const inside = new Uint8Array(traced!.text.length)
    for (const s of traced!.spans) inside.fill(1, s.start, s.end)
    let total = 0
    let found = 0
    for (const plant of planted.plants)
      for (const range of plant.ranges)
        for (let i = range.start; i < range.end; i++) {
          if (traceCode(planted.text.charCodeAt(i)) === 0) continue
          total++
          found += inside[toCleaned[i]!]!
        }
    expect(found / total).toBeGreaterThanOrEqual(0.95)
    expect(other!.spans).toEqual([])
    expect(other!.echoShare).toBe(0)
  })

  it('prints a readable table without --json', async () => {
    const r = await run(['--reference', NATIONAL_2023, join(SEEDS, '000_3a5eedb3a8af94b3.txt')])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`reference: ${NATIONAL_2023}`)
    expect(r.stdout).toMatch(/\d+\.\d%\t\d+\t\d+\t.*000_3a5eedb3a8af94b3\.txt/)
  })
})

describe('trace: bad input', () => {
  it.each([
    ['an empty reference', '', /empty/],
    ['a reference in English', 'The report of the government. '.repeat(50), /another language/],
    ['a reference without Chinese', '2023 — 12.5% — ……\n1. 2. 3.\n', /no Chinese text|no text/],
  ])('refuses %s with a message and exit code 2', async (_label, text, message) => {
    const ref = write(`ref-${Math.random()}.txt`, text)
    const r = await run(['--json', '--reference', ref, join(SEEDS, '000_3a5eedb3a8af94b3.txt')])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
  })

  it('leaves out the reference itself and a version of it, with a message, and traces the rest', async () => {
    const version = write('corrected-2023.txt', reports.find((r) => r.year === 2023)!.text.replaceAll('。', '；') + '\n（根据录音整理）\n')
    const seed = join(SEEDS, '002_cfa2e8210ff970e4.txt')
    const r = await run(['--json', '--reference', NATIONAL_2023, NATIONAL_2023, version, seed])
    expect(r.code).toBe(1)
    expect((JSON.parse(r.stdout) as TraceJson).documents.map((d) => d.file)).toEqual([seed])
    expect(r.stderr).toMatch(/national-2023\.txt is the reference .* itself/)
    expect(r.stderr).toMatch(/is a version of .*corrected-2023\.txt/)
  })

  it('asks for the reference and for files', async () => {
    expect((await run(['--json', join(SEEDS, '000_3a5eedb3a8af94b3.txt')])).code).toBe(2)
    expect((await run(['--json', '--reference', NATIONAL_2023])).code).toBe(2)
    const missing = await run(['--json', '--reference', join(dir, 'nope.txt'), join(SEEDS, '000_3a5eedb3a8af94b3.txt')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/file not found/)
  })
})
