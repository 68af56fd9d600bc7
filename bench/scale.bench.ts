/**
 * Scale benchmark (issue 14): the app itself, in Chromium over the web build, with a large library.
 *   - import of the 52 national work reports, and of N generated reports (default 1,000 × 20,000
 *     characters), through the file chooser, to the import summary;
 *     baseline: the same texts written raw to an IndexedDB store (no reading of files, no cleaning);
 *   - the library filter over every row (to the new rows on screen); baseline: the same substring test
 *     over the titles as plain strings;
 *   - memory: the page's JS heap after garbage collection with the N reports and 20,000 annotations,
 *     the library, annotations and matrix views visited; baseline: the same with the five samples;
 *   - the matrix's first opening for 200 reports with an empty analysis cache (a cold worker), and
 *     after a reload once the library was analysed (from the IndexedDB cache); baseline: switching to
 *     the library view in the same page;
 *   - the reader opening a 300,000-character report, and the longest main-thread task while it is
 *     scrolled 400 px a frame; baseline: the same text with every paragraph in the DOM (as the reader
 *     was before it rendered only the paragraphs in view), built and scrolled the same way.
 * Each figure is printed beside its baseline and their ratio, with the issue's target.
 *
 * Run: `npm run bench -- scale` or `npx tsx bench/scale.bench.ts [documents] [charsPerDocument]`
 * (the web build goes to BIDU_WEB_OUT, default /tmp/bidu-bench-web; BIDU_BENCH_PORT, default 4290). Writes bench/results/scale.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { nationalReports } from '../tests/fixtures/corpora/national-reports'
import { writeCorpus } from './generate-corpus'
import {
  importFiles,
  libraryTotal,
  openApp,
  openView,
  storeRawTexts,
  timeLibrary,
  timeMatrix,
  timeMatrixSteps,
  timeReaderOpen,
} from './scale-browser'
import { launchChromium, serveWebBuild } from './serve-web'
import { addAnnotations, heapUsed, plainTextBaseline, scrollLongTasks, timeBareFilter, timeFilter } from './scale-page'

const DOCUMENTS = Number(process.argv[2] ?? 1000)
const CHARS_PER_DOCUMENT = Number(process.argv[3] ?? 20_000)
const MATRIX_DOCUMENTS = 200
const MATRIX_CHARS = 15_000
const LONG_CHARS = 300_000
const ANNOTATIONS = 20_000
const SAMPLES = 5
const PORT = Number(process.env.BIDU_BENCH_PORT ?? 4290)
const MB = 1024 * 1024

interface Row {
  figure: string
  ours: number
  baseline: number
  unit: 'ms' | 'MB'
  /** Issue 14's target for `ours`, in `unit`. */
  target?: number
}
const rows: Row[] = []

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function log(message: string): void {
  process.stderr.write(`${message}\n`)
}

const work = mkdtempSync(join(tmpdir(), 'bidu-scale-bench-'))
const nationalDir = join(work, 'national')
mkdirSync(nationalDir)
const nationalPaths = nationalReports().map((r) => {
  const path = join(nationalDir, `${r.year}-${r.title}.txt`.replace(/[/\\]/g, '_'))
  writeFileSync(path, r.text)
  return path
})
const libraryPaths = writeCorpus(join(work, 'library'), { count: DOCUMENTS, charsPerDocument: CHARS_PER_DOCUMENT, seed: 11 })
const matrixPaths = writeCorpus(join(work, 'matrix'), { count: MATRIX_DOCUMENTS, charsPerDocument: MATRIX_CHARS, seed: 12 })
const [longPath] = writeCorpus(join(work, 'long'), { count: 1, charsPerDocument: LONG_CHARS, seed: 13 })
const textsOf = (paths: string[]) => paths.map((p) => readFileSync(p, 'utf8'))
const stem = (path: string) => basename(path).replace(/\.txt$/, '')

async function main(): Promise<void> {
  // A fresh build each run unless one is named: a fixed directory kept serving an old build of the app.
  const served = await serveWebBuild(PORT, process.env.BIDU_WEB_OUT ?? mkdtempSync(join(tmpdir(), 'bidu-scale-web-')))
  const browser = await launchChromium()
  try {
    // Imports, the filter and memory in one large library.
    const page = await openApp(browser, served.url)
    const national = await importFiles(page, nationalPaths, 120_000)
    rows.push({
      figure: `import ${nationalPaths.length} national reports`,
      ours: national,
      baseline: await storeRawTexts(page, textsOf(nationalPaths)),
      unit: 'ms',
      target: 5_000,
    })
    log(`national import ${national.toFixed(0)} ms`)
    const many = await importFiles(page, libraryPaths, 900_000)
    rows.push({
      figure: `import ${DOCUMENTS} generated reports (${CHARS_PER_DOCUMENT} chars)`,
      ours: many,
      baseline: await storeRawTexts(page, textsOf(libraryPaths)),
      unit: 'ms',
      target: 60_000,
    })
    log(`library import ${many.toFixed(0)} ms`)

    const queries = [stem(libraryPaths[DOCUMENTS >> 1]!), '2019', '市', 'no-such-report']
    const titles = libraryPaths.map(stem)
    const filter: number[] = []
    const bare: number[] = []
    for (const q of queries) {
      filter.push(await timeFilter(page, q))
      bare.push(await timeBareFilter(page, q, titles))
      await timeFilter(page, '')
    }
    rows.push({
      figure: `library filter over ${await libraryTotal(page)} rows (median of ${queries.length})`,
      ours: median(filter),
      baseline: median(bare),
      unit: 'ms',
      target: 100,
    })

    await addAnnotations(page, ANNOTATIONS)
    await page.reload()
    await page.getByTestId('library-row').first().waitFor()
    await openView(page, 'Annotations')
    await page.getByTestId('annotation-item').first().waitFor({ timeout: 60_000 })
    const total = await libraryTotal(page)
    const firstMatrix = await timeMatrix(page, total, 600_000)
    log(`matrix of ${total} (analysis in the background first) ${firstMatrix.toFixed(0)} ms`)
    const library = await timeLibrary(page)
    const reopened = await timeMatrix(page, total)
    const big = await heapUsed(page)
    const small = await openApp(browser, served.url)
    await openView(small, 'Annotations')
    await timeMatrix(small, SAMPLES)
    rows.push({
      figure: `JS heap: ${total} reports, ${ANNOTATIONS} annotations`,
      ours: big / MB,
      baseline: (await heapUsed(small)) / MB,
      unit: 'MB',
      target: 1_536,
    })
    rows.push({ figure: `matrix of ${total} reports, once analysed`, ours: reopened, baseline: library, unit: 'ms', target: 1_000 })
    await small.context().close()
    await page.context().close()

    // The matrix's first opening for 200 reports, and the reader.
    const page2 = await openApp(browser, served.url)
    await importFiles(page2, matrixPaths, 300_000)
    const columns = await libraryTotal(page2)
    await page2.evaluate(
      () =>
        new Promise((resolve) =>
          Object.assign(indexedDB.deleteDatabase('bidu-analysis-cache'), { onsuccess: resolve, onerror: resolve, onblocked: resolve }),
        ),
    )
    await page2.reload()
    await page2.getByTestId('library-row').first().waitFor()
    const cold = await timeMatrixSteps(page2, columns)
    const switchBaseline = await timeLibrary(page2)
    rows.push({
      figure: `matrix first opening, ${columns} reports, empty cache: first columns on screen`,
      ours: cold.firstMs,
      baseline: switchBaseline,
      unit: 'ms',
      target: 1_000,
    })
    rows.push({
      figure: `matrix first opening, ${columns} reports, empty cache: every column`,
      ours: cold.allMs,
      baseline: switchBaseline,
      unit: 'ms',
      target: 1_000,
    })
    await page2.reload()
    await page2.getByTestId('library-row').first().waitFor()
    const cached = await timeMatrix(page2, columns)
    rows.push({
      figure: `matrix first opening after a reload, ${columns} reports`,
      ours: cached,
      baseline: await timeLibrary(page2),
      unit: 'ms',
      target: 1_000,
    })

    await importFiles(page2, [longPath!], 120_000)
    const longOpen = await timeReaderOpen(page2, stem(longPath!))
    const plain = await plainTextBaseline(page2, readFileSync(longPath!, 'utf8'))
    rows.push({
      figure: `reader opens ${LONG_CHARS} characters (baseline: every paragraph in the DOM)`,
      ours: longOpen,
      baseline: plain.openMs,
      unit: 'ms',
      target: 1_000,
    })
    await timeReaderOpen(page2, stem(longPath!))
    await openView(page2, 'Reader')
    await page2.getByTestId('reader-column').first().locator('.doc-text p').first().waitFor()
    const scroll = await scrollLongTasks(page2)
    const elements = await page2.locator('.reader').evaluate((el) => el.querySelectorAll('*').length)
    rows.push({
      figure: `longest task scrolling ${LONG_CHARS} chars, ${scroll.frames} frames (${scroll.over50} over 50 ms; baseline ${plain.over50})`,
      ours: scroll.longestMs,
      baseline: plain.longestMs,
      unit: 'ms',
      target: 50,
    })
    log(`reader: ${elements} elements after scrolling`)
  } finally {
    await browser.close()
    served.stop()
  }

  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  process.stdout.write(
    `${line(['figure', 'ours', 'baseline', 'ratio', 'target', 'met'])}\n${line(['---', '---:', '---:', '---:', '---:', '---'])}\n`,
  )
  for (const r of rows) {
    const ratio = r.baseline > 0 ? `${(r.ours / r.baseline).toFixed(1)}×` : '—'
    const met = r.target === undefined ? '' : r.ours < r.target ? 'yes' : 'NO'
    process.stdout.write(
      `${line([r.figure, `${r.ours.toFixed(r.unit === 'MB' ? 0 : 1)} ${r.unit}`, r.baseline > 0 ? `${r.baseline.toFixed(1)} ${r.unit}` : '—', ratio, r.target === undefined ? '' : `< ${r.target} ${r.unit}`, met])}\n`,
    )
  }
  const dir = join(import.meta.dirname, 'results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'scale.json'),
    `${JSON.stringify({ documents: DOCUMENTS, charsPerDocument: CHARS_PER_DOCUMENT, rows }, null, 2)}\n`,
  )
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
