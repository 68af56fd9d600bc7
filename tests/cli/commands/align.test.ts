import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import align from '../../../src/cli/commands/align'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const SEEDS = join(ROOT, 'seeds')
const SEED_FILES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(SEEDS, f))
/**
 * recall@1 on the seeds: 0.902 (the bigram baseline 0.67). The seeds cap it at 0.92: one comma-joined sentence of 002
 * lists five gold topics, and as a source it can rank only one target per document first.
 */
const RECALL1_FLOOR = 0.88
const textsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f))
/** Held-out check (not the seeds): national work reports of four years with hand-labelled topic groups. */
const HELD_OUT = join(ROOT, 'tests', 'fixtures', 'align')
const HELD_OUT_FILES = textsIn(HELD_OUT)
/**
 * A second held-out set, labelled without looking at the engine: six other years, topics of every
 * theme, and off-theme passages chosen to tempt a keyword tagger (营商环境, 创新生态, 粮食安全, 自治区).
 */
const HELD_OUT_2 = join(HELD_OUT, 'heldout')
const HELD_OUT_2_FILES = textsIn(HELD_OUT_2)
/**
 * A third blind set (issue 13), the largest: national reports 2008–2014 and the five samples, 14 topics,
 * 1,102 pairs, labelled from the texts before the engine ran on them and scored only once the method was
 * fixed: ours 0.583 / 0.839 (0.575 / 0.839 before the order prior), the bigram baseline 0.424 / 0.674; with runs also
 * cut where a sentence names another sub-theme, ours 0.605 / 0.838 and the baseline 0.436 / 0.662.
 */
const BLIND_3 = join(HELD_OUT, 'blind3')
const BLIND_3_FILES = [...textsIn(BLIND_3), ...SEED_FILES]
/**
 * The evaluation lives beside the repository (../shared/eval); tests/fixtures/eval holds a copy of its
 * scorer and seed gold so a clone on its own runs the same check.
 */
const SHARED_EVAL = join(ROOT, '..', 'shared', 'eval')
const EVAL = existsSync(join(SHARED_EVAL, 'score-alignment.mjs')) ? SHARED_EVAL : join(ROOT, 'tests', 'fixtures', 'eval')
const SCORER = join(EVAL, 'score-alignment.mjs')
const GOLD = join(EVAL, 'seeds-gold.json')

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await align.run(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  })
  return { code, stdout, stderr }
}

interface Output {
  documents: {
    file: string
    text: string
    note?: string
    passages: { id: string; start: number; end: number; themes: string[]; subthemes: string[] }[]
  }[]
  matches: { from: { doc: number; passage: string }; to: { doc: number; passage: string }; rank: number; score: number }[]
}

describe('align --json', () => {
  let out: Output
  beforeAll(async () => {
    const r = await run(['--json', ...SEED_FILES])
    expect(r.code).toBe(0)
    out = JSON.parse(r.stdout)
    // A few seconds alone; the default 10 s hook limit failed on a machine shared by several test runs.
  }, 60_000)

  it('follows the contract: files as given, passages with offsets and themes', () => {
    expect(out.documents.map((d) => d.file)).toEqual(SEED_FILES)
    for (const d of out.documents) {
      expect(d.text.length).toBeGreaterThan(0)
      for (const p of d.passages) {
        expect(p.id).toMatch(/^p\d+$/)
        expect(0 <= p.start && p.start < p.end && p.end <= d.text.length).toBe(true)
        expect(Array.isArray(p.themes)).toBe(true)
        // "<theme>.<sub-theme>", only within the passage's themes.
        for (const key of p.subthemes) expect(p.themes).toContain(key.split('.')[0])
      }
    }
    expect(out.documents.some((d) => d.passages.some((p) => p.subthemes.length > 0))).toBe(true)
  })

  it('ranks at most 3 matches 1..3 by descending score per passage and other document', () => {
    const slots = new Map<string, Output['matches']>()
    for (const m of out.matches) {
      expect(m.from.doc).not.toBe(m.to.doc)
      const k = `${m.from.doc}|${m.from.passage}|${m.to.doc}`
      slots.set(k, [...(slots.get(k) ?? []), m])
    }
    for (const list of slots.values()) {
      expect(list.map((m) => m.rank)).toEqual([1, 2, 3].slice(0, list.length))
      for (let i = 1; i < list.length; i++) expect(list[i].score).toBeLessThanOrEqual(list[i - 1].score)
    }
  })

  it('meets the quality bar on the seeds with the evaluation scorer', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bidu-align-')), 'align.json')
    writeFileSync(file, JSON.stringify(out))
    const scored = spawnSync(process.execPath, [SCORER, GOLD, file], { encoding: 'utf8' })
    expect(scored.status, scored.stdout + scored.stderr).toBe(0)
    const num = (re: RegExp) => Number(re.exec(scored.stdout)?.[1])
    const recall1 = num(/alignment recall@1: \d+\/\d+ = ([\d.]+)/)
    const recall3 = num(/alignment recall@3: \d+\/\d+ = ([\d.]+)/)
    const themeRecall = num(/theme recall \(safety\/ecology\/governance\): \d+\/\d+ = ([\d.]+)/)
    const [, clean, negatives] = /off-theme passages left untagged: (\d+)\/(\d+)/.exec(scored.stdout) ?? []
    const tooLong = num(/tooLong=(\d+)/)
    expect(recall3, scored.stdout).toBeGreaterThanOrEqual(0.95)
    expect(recall1, scored.stdout).toBeGreaterThanOrEqual(RECALL1_FLOOR)
    expect(themeRecall, scored.stdout).toBeGreaterThanOrEqual(0.95)
    expect(clean).toBe(negatives)
    expect(tooLong).toBe(0)
  })

  /** Runs align with `method` on `files` and scores it against `gold` with the evaluation scorer. */
  async function scoreHeldOut(gold: string, files: string[], method: string) {
    const r = await run(['--json', '--method', method, ...files])
    expect(r.code).toBe(0)
    const file = join(mkdtempSync(join(tmpdir(), 'bidu-held-')), 'align.json')
    writeFileSync(file, r.stdout)
    const scored = spawnSync(process.execPath, [SCORER, gold, file], { encoding: 'utf8' })
    expect(scored.status, scored.stdout + scored.stderr).toBe(0)
    const num = (re: RegExp) => Number(re.exec(scored.stdout)?.[1])
    return {
      recall1: num(/alignment recall@1: \d+\/\d+ = ([\d.]+)/),
      recall3: num(/alignment recall@3: \d+\/\d+ = ([\d.]+)/),
      mrr: num(/alignment MRR: ([\d.]+)/),
      missing: num(/quotes not found in the app's text: (\d+)/),
      themeRecall: num(/theme recall \(safety\/ecology\/governance\): \d+\/\d+ = ([\d.]+)/),
      offThemeClean: num(/off-theme passages left untagged: (\d+)\//),
    }
  }

  it('beats the bigram baseline on held-out national reports, not only on the seeds', async () => {
    const gold = join(HELD_OUT, 'national-gold.json')
    const ours = await scoreHeldOut(gold, HELD_OUT_FILES, 'ours')
    const baseline = await scoreHeldOut(gold, HELD_OUT_FILES, 'baseline')
    expect(ours.missing).toBe(0)
    // Ours 0.906 / 1.000, the baseline 0.739 / 0.971 (on the same passages).
    expect(ours.recall1, JSON.stringify({ ours, baseline })).toBeGreaterThanOrEqual(baseline.recall1 + 0.15)
    expect(ours.recall1, JSON.stringify({ ours, baseline })).toBeGreaterThanOrEqual(0.88)
    expect(ours.mrr, JSON.stringify({ ours, baseline })).toBeGreaterThan(baseline.mrr)
    expect(ours.recall3).toBeGreaterThanOrEqual(0.99)
  }, 60_000)

  it('beats the baseline on a second, independently labelled held-out set, and tags its themes but not the traps', async () => {
    const gold = join(HELD_OUT_2, 'gold.json')
    const ours = await scoreHeldOut(gold, HELD_OUT_2_FILES, 'ours')
    const baseline = await scoreHeldOut(gold, HELD_OUT_2_FILES, 'baseline')
    const both = JSON.stringify({ ours, baseline })
    expect(ours.missing).toBe(0)
    // Ours 0.651 / 0.848, the baseline 0.472 / 0.746.
    expect(ours.recall1, both).toBeGreaterThanOrEqual(baseline.recall1 + 0.15)
    expect(ours.recall1, both).toBeGreaterThanOrEqual(0.64)
    expect(ours.recall3, both).toBeGreaterThanOrEqual(0.84)
    expect(ours.mrr, both).toBeGreaterThan(baseline.mrr)
    expect(ours.themeRecall, both).toBeGreaterThanOrEqual(0.95)
    // 16 of its 17 off-theme passages stay untagged (生态 in a list of poverty-relief measures is the one).
    expect(ours.offThemeClean, both).toBeGreaterThanOrEqual(16)
  }, 90_000)

  it('stays 15 points of recall@1 above the baseline on the third blind set (national and local wording)', async () => {
    const gold = join(BLIND_3, 'gold.json')
    const ours = await scoreHeldOut(gold, BLIND_3_FILES, 'ours')
    const baseline = await scoreHeldOut(gold, BLIND_3_FILES, 'baseline')
    const both = JSON.stringify({ ours, baseline })
    expect(ours.missing).toBe(0)
    expect(ours.recall1, both).toBeGreaterThanOrEqual(baseline.recall1 + 0.15)
    expect(ours.recall1, both).toBeGreaterThanOrEqual(0.6)
    expect(ours.recall3, both).toBeGreaterThanOrEqual(0.83)
    expect(ours.themeRecall, both).toBeGreaterThanOrEqual(0.95)
  }, 120_000)

  it('drops matches below --min-score, keeping each passage its best ranks', async () => {
    const r = await run(['--json', '--min-score', '0.3', ...SEED_FILES])
    expect(r.code).toBe(0)
    const o: Output = JSON.parse(r.stdout)
    expect(o.matches.length).toBeGreaterThan(0)
    expect(o.matches.length).toBeLessThan(out.matches.length / 2)
    expect(o.matches.every((m) => m.score >= 0.3)).toBe(true)
    // Every match kept is one of the full run's, with the same rank: lower ranks are never dropped before higher ones.
    const full = new Set(out.matches.map((m) => JSON.stringify(m)))
    expect(o.matches.every((m) => full.has(JSON.stringify(m)))).toBe(true)
    const ranks = new Map<string, number[]>()
    for (const m of o.matches)
      ranks.set(`${m.from.doc}|${m.from.passage}|${m.to.doc}`, [
        ...(ranks.get(`${m.from.doc}|${m.from.passage}|${m.to.doc}`) ?? []),
        m.rank,
      ])
    for (const list of ranks.values()) expect(list).toEqual([1, 2, 3].slice(0, list.length))
  })

  it('keeps at most --per-pair matches per pair of documents, the highest scores', async () => {
    const r = await run(['--json', '--per-pair', '5', ...SEED_FILES])
    const o: Output = JSON.parse(r.stdout)
    const pairs = new Map<string, number[]>()
    for (const m of out.matches) pairs.set(`${m.from.doc}>${m.to.doc}`, [...(pairs.get(`${m.from.doc}>${m.to.doc}`) ?? []), m.score])
    const kept = new Map<string, number[]>()
    for (const m of o.matches) kept.set(`${m.from.doc}>${m.to.doc}`, [...(kept.get(`${m.from.doc}>${m.to.doc}`) ?? []), m.score])
    expect([...kept.keys()].sort()).toEqual([...pairs.keys()].sort())
    for (const [pair, scores] of kept) {
      const best = pairs
        .get(pair)!
        .sort((a, b) => b - a)
        .slice(0, 5)
      expect(scores.sort((a, b) => b - a)).toEqual(best)
    }
  })

  it('notes documents without Chinese text and aligns the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bidu-english-'))
    const files = ['a.txt', 'b.txt'].map((f) => join(dir, f))
    for (const f of files)
      writeFileSync(f, 'The government work report.\n\nWe will promote safety in production and protect rivers and lakes.\n')
    const r = await run(['--json', files[0], SEED_FILES[0], files[1], SEED_FILES[1]])
    expect(r.code).toBe(0)
    const o: Output = JSON.parse(r.stdout)
    expect(o.documents.map((d) => d.note)).toEqual(['no Chinese text: not aligned', undefined, 'no Chinese text: not aligned', undefined])
    expect(o.matches.length).toBeGreaterThan(0)
    expect(o.matches.every((m) => m.from.doc % 2 === 1 && m.to.doc % 2 === 1)).toBe(true)
    for (const f of files) expect(r.stderr).toContain(`${f}: no Chinese text`)
  })

  it('warns about a codebook term that would tag every passage, naming it, on stderr and in the JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bidu-broad-')), 'codebook.json')
    const terms = [
      { term: '安全生产', weight: 3 },
      { term: '发', weight: 3 },
    ]
    writeFileSync(
      file,
      JSON.stringify({ version: 1, themes: [{ id: 'safety', labelZh: '安全', labelEn: 'Safety', color: '#d9485f', terms }] }),
    )
    const r = await run(['--json', '--codebook', file, ...SEED_FILES.slice(0, 2)])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/warning: term "发" of theme "safety"/)
    expect(r.stderr).not.toContain('安全生产')
    const o = JSON.parse(r.stdout) as { warnings?: { term: string; theme: string }[] }
    expect(o.warnings?.map((w) => [w.theme, w.term])).toEqual([['safety', '发']])
    // The built-in codebook has no such term.
    expect(out).not.toHaveProperty('warnings')
  })

  it('honours --top', async () => {
    const r = await run(['--json', '--top', '1', ...SEED_FILES.slice(0, 2)])
    const o: Output = JSON.parse(r.stdout)
    expect(o.matches.every((m) => m.rank === 1)).toBe(true)
  })

  it('reports rejected files on stderr with a non-zero exit and still aligns the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bidu-bad-'))
    const empty = join(dir, 'empty.txt')
    const binary = join(dir, 'binary.txt')
    writeFileSync(empty, '')
    // Pseudo-random bytes (deterministic): not text in any encoding the importer reads.
    let x = 7
    writeFileSync(
      binary,
      Uint8Array.from({ length: 4096 }, () => (x = (x * 1103515245 + 12345) % 2 ** 31) >>> 23),
    )
    const r = await run(['--json', SEED_FILES[0], empty, join(dir, 'missing.txt'), binary, SEED_FILES[2]])
    expect(r.code).not.toBe(0)
    for (const f of [empty, 'missing.txt', binary]) expect(r.stderr).toContain(f)
    const o: Output = JSON.parse(r.stdout)
    expect(o.documents.map((d) => d.file)).toEqual([SEED_FILES[0], SEED_FILES[2]])
    expect(o.matches.length).toBeGreaterThan(0)
  })

  it.each([
    ['no files', ['--json']],
    ['no --json', SEED_FILES.slice(0, 1)],
    ['bad --top', ['--json', '--top', 'zero', SEED_FILES[0]]],
    ['bad --min-score', ['--json', '--min-score', '2', SEED_FILES[0]]],
    ['empty --min-score', ['--json', '--min-score', '', SEED_FILES[0]]],
    ['bad --per-pair', ['--json', '--per-pair', '0', SEED_FILES[0]]],
    ['unknown option', ['--json', '--frobnicate', SEED_FILES[0]]],
    ['unknown method', ['--json', '--method', 'magic', SEED_FILES[0]]],
  ])('refuses %s with usage on stderr', async (_name, args) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('usage')
  })

  it.each([
    ['an empty codebook', { version: 1, themes: [] }, 'no themes'],
    [
      'a theme without terms',
      { version: 1, themes: [{ id: 'safety', labelZh: '安全', labelEn: 'Safety', color: '#d9485f', terms: [] }] },
      'no terms',
    ],
  ])('rejects %s given with --codebook', async (_name, book, message) => {
    const file = join(mkdtempSync(join(tmpdir(), 'bidu-book-')), 'codebook.json')
    writeFileSync(file, JSON.stringify(book))
    const r = await run(['--json', '--codebook', file, SEED_FILES[0]])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stdout).toBe('')
  })

  it('runs the baseline with --method baseline under the same contract', async () => {
    const r = await run(['--json', '--method', 'baseline', ...SEED_FILES.slice(0, 2)])
    expect(r.code).toBe(0)
    const o: Output = JSON.parse(r.stdout)
    expect(o.matches.every((m) => m.rank >= 1 && m.rank <= 3)).toBe(true)
  })
})
