// Fuzz suite with a fixed seed: every mutated input is imported or refused with a message, in
// bounded time and memory, and what is imported carries no control characters. A failure names
// the case's kind and mutation; the seed makes it replay. The longer run is bench/fuzz-import.bench.ts.
import { describe, expect, it } from 'vitest'
import { fuzzBases, fuzzCases, runFuzzCase, type FuzzBases } from './import-fuzz'

const SEED = 20_261_203
/** Cases per run: enough to touch every reader and mutation many times within the unit suite's budget. */
const CASES = 240
/** Longest one case may take on a loaded machine (a quiet one takes a few milliseconds to a second). */
const MAX_CASE_MS = 10_000
/** Heap a case may leave in use (the importer's bound is far below; a bomb would pass it). */
const MAX_HEAP_BYTES = 1024 ** 3

describe('import fuzz (fixed seed)', () => {
  let bases: FuzzBases

  it('imports or refuses every mutated input with a message, within time and memory bounds', { timeout: 120_000 }, async () => {
    bases = await fuzzBases()
    const failures: string[] = []
    const counts = new Map<string, { ok: number; refused: number }>()
    for (const c of fuzzCases(bases, SEED, CASES)) {
      const outcome = await runFuzzCase(c)
      const heap = process.memoryUsage().heapUsed
      const count = counts.get(c.kind) ?? { ok: 0, refused: 0 }
      count[outcome.ok ? 'ok' : 'refused']++
      counts.set(c.kind, count)
      const what = `${c.name} (${c.kind}, ${c.mutation})`
      if (outcome.problem) failures.push(`${what}: ${outcome.problem}`)
      else if (!outcome.ok && !outcome.message) failures.push(`${what}: refused without a message`)
      if (outcome.ms > MAX_CASE_MS) failures.push(`${what}: took ${Math.round(outcome.ms)} ms`)
      if (heap > MAX_HEAP_BYTES) failures.push(`${what}: heap at ${Math.round(heap / 1048576)} MB`)
    }
    expect(failures).toEqual([])
    // Every reader was reached, and the mutations both passed and broke inputs.
    expect([...counts.keys()].sort()).toEqual(['backup', 'docx', 'html', 'jsonld', 'pdf', 'txt'])
    const all = [...counts.values()]
    expect(all.reduce((n, c) => n + c.ok, 0)).toBeGreaterThan(0)
    expect(all.reduce((n, c) => n + c.refused, 0)).toBeGreaterThan(0)
  })
})
