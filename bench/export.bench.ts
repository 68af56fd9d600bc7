/**
 * Export benchmark (issue 15): 10,000 annotations with notes, themes and tags over 60 synthetic
 * reports, plus memos, rendered in every format as the export worker does (outlines parsed once per
 * document beforehand, as the worker memoises them). Target: each format under 1 s, with progress.
 * Baseline, measured in the same run: JSON.stringify of the same annotations and texts — the floor
 * any writer of this data pays (one pass over it, no formatting) — so the ratio says how much our
 * formatting costs on top; absolute figures are printed beside it.
 *
 * Run: `npx tsx bench/export.bench.ts [annotations] [documents]`; writes bench/results/export.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeSelection, type Annotation } from '../src/core/anchoring'
import { defaultExportOptions, renderExport, type ExportDocument, type ExportFormat, type ExportInput } from '../src/core/export'
import { memoId, type Memo } from '../src/core/memos'
import { parseStructure } from '../src/core/structure'
import { builtinCodebook } from '../src/core/themes'
import { createRandom } from '../tests/fixtures/random'
import { syntheticCorpus } from './synthetic-corpus'

const ANNOTATIONS = Number(process.argv[2] ?? 10_000)
const DOCUMENTS = Number(process.argv[3] ?? 60)
const CHARS_PER_DOCUMENT = 15_000
/** Timed repetitions per format; the median is reported (a warm-up run first). */
const RUNS = 5
const TARGET_MS = 1_000
const FORMATS: ExportFormat[] = ['md', 'csv', 'jsonld', 'qdpx', 'docx']

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

async function time(run: () => unknown): Promise<number> {
  await run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    await run()
    times.push(performance.now() - t0)
  }
  return median(times)
}

const codebook = builtinCodebook()
const themeIds = codebook.themes.map((t) => t.id)
const random = createRandom(15)
const corpus = syntheticCorpus({ documents: DOCUMENTS, charsPerDocument: CHARS_PER_DOCUMENT, seed: 15 })
const documents: ExportDocument[] = corpus.map((d, i) => ({
  id: `doc-${i}`,
  fileName: d.name,
  text: d.text,
  metadata: { title: d.name, place: `地方${i % 20}`, level: 'district', year: 2015 + (i % 10), docType: 'government-work-report' },
  outline: parseStructure(d.text).outline,
}))
const annotations: Annotation[] = Array.from({ length: ANNOTATIONS }, (_, i) => {
  const doc = documents[Math.floor(random() * documents.length)] as ExportDocument
  const start = Math.floor(random() * (doc.text.length - 80))
  // Every tenth annotation shares its span and theme with the one before: what REFI-QDA merges.
  const end = start + 20 + Math.floor(random() * 60)
  const time = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
  return {
    id: `a${i}`,
    documentId: doc.id,
    textHash: 'h',
    ...describeSelection(doc.text, start, end),
    color: 'yellow',
    themes: [themeIds[i % themeIds.length] as string],
    tags: i % 3 === 0 ? ['重点'] : [],
    note: i % 2 === 0 ? `第 ${i} 条批注：**对照**其他地方。` : '',
    created: time,
    updated: time,
    anchorStatus: 'exact',
  }
})
for (let i = 10; i < annotations.length; i += 10) {
  const prev = annotations[i - 1] as Annotation
  annotations[i] = {
    ...(annotations[i] as Annotation),
    documentId: prev.documentId,
    quote: prev.quote,
    position: prev.position,
    themes: prev.themes,
  }
}
const memos: Memo[] = [
  ...documents.map((d) => ({
    id: memoId('document', d.id),
    kind: 'document' as const,
    target: d.id,
    text: `${d.fileName} 的备忘`,
    created: 'c',
    updated: 'u',
  })),
  ...themeIds.map((id) => ({
    id: memoId('theme', id),
    kind: 'theme' as const,
    target: id,
    text: `${id} 的备忘`,
    created: 'c',
    updated: 'u',
  })),
]
const input: ExportInput = { documents, annotations, codebook, memos }

async function main(): Promise<void> {
  const baselineMs = await time(() => JSON.stringify({ documents: documents.map((d) => d.text), annotations }))
  const rows: { format: ExportFormat; ms: number; ratio: number; progressCalls: number; bytes: number }[] = []
  for (const format of FORMATS) {
    let progressCalls = 0
    let bytes = 0
    const options = { ...defaultExportOptions(new Date('2026-03-01T00:00:00Z'), 'bench'), onProgress: () => void progressCalls++ }
    const ms = await time(async () => {
      const out = await renderExport(format, input, options)
      bytes = typeof out === 'string' ? out.length : out.byteLength
    })
    rows.push({ format, ms, ratio: ms / baselineMs, progressCalls: Math.round(progressCalls / (RUNS + 1)), bytes })
  }
  process.stdout.write(
    `${ANNOTATIONS} annotations, ${DOCUMENTS} documents, ${memos.length} memos; baseline JSON.stringify ${baselineMs.toFixed(1)} ms\n`,
  )
  process.stdout.write('format   ms (median)  × baseline  progress calls  size        under 1 s\n')
  for (const r of rows) {
    process.stdout.write(
      `${r.format.padEnd(8)} ${r.ms.toFixed(1).padStart(11)}  ${r.ratio.toFixed(1).padStart(10)}  ${String(r.progressCalls).padStart(14)}  ${String(r.bytes).padStart(10)}  ${r.ms < TARGET_MS ? 'yes' : 'NO'}\n`,
    )
  }
  const dir = join(import.meta.dirname, 'results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'export.json'),
    `${JSON.stringify({ annotations: ANNOTATIONS, documents: DOCUMENTS, baselineMs, rows }, null, 2)}\n`,
  )
  if (rows.some((r) => r.ms >= TARGET_MS)) process.exitCode = 1
}

if (!process.env.BENCH_ONLY) void main()
export { input }
