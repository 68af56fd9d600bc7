/**
 * Lanes benchmark, in the built web app driven by Playwright (Chromium): a library of 200 reports —
 * the five samples, the 52 national work reports and 143 generated ones (generate-corpus.ts) —
 * imported through the file chooser and analysed once (the matrix shows every document). Then:
 *   - the theme lanes for one theme on a set of all 200: from choosing the theme to the first row
 *     drawn, cold (the worker aligns the theme for the first time) and again (reopened);
 *   - baseline, same run: the same theme's lanes on a set of the five samples;
 *   - the longest main-thread task (PerformanceObserver 'longtask') while opening and scrolling;
 *   - scrolling the theme's rows, and those of the theme with the most rows (economy: about 1,700
 *     aligned rows), from top to bottom: the most elements in the page and the longest task.
 * Targets (issue 12): lanes open < 1 s after the first analysis, no task > 100 ms, DOM < 2,000
 * elements while scrolling 1,000 rows.
 *
 * Run: `npx tsx bench/lanes.bench.ts` (builds the web app into a temporary folder; needs
 * /usr/bin/chromium); writes bench/results/lanes.json. With LANES_TRACE_DIR=<dir>, the cold and warm
 * openings and the large scroll are also written there as Chromium traces (for a profiler).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { nationalReports } from '../tests/fixtures/corpora/national-reports'
import { generateCorpus } from './generate-corpus'
import { launchChromium, serveWebBuild } from './serve-web'

const ROOT = join(import.meta.dirname, '..')
const PORT = Number(process.env.BIDU_BENCH_PORT ?? 4292)
const DOCUMENTS = 200
const SAMPLES = 5
/** A short district report's length for the generated ones. */
const GENERATED_CHARS = 8_000
const THEME = 'safety'
/** The theme with the most rows in this library (about 1,700 aligned rows): the 1,000-row scroll. */
const LARGE_THEME = 'economy'
const TARGETS = { openMs: 1_000, longTaskMs: 100, domElements: 2_000, rows: 1_000 }
/** Pixels scrolled per step (about a screen) and the pause for the virtual list to redraw. */
const SCROLL_STEP_PX = 800
const SCROLL_PAUSE_MS = 30

function log(line: string): void {
  process.stdout.write(`${line}\n`)
}

/** Writes the library's files (national reports and generated ones) into a temporary folder. */
function writeLibrary(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bidu-lanes-bench-'))
  const national = nationalReports()
  const paths = national.map((r) => {
    const path = join(dir, `${r.title}.txt`)
    writeFileSync(path, `${r.title}\n${r.text}\n`)
    return path
  })
  for (const g of generateCorpus({ count: DOCUMENTS - SAMPLES - national.length, charsPerDocument: GENERATED_CHARS, seed: 12 })) {
    const path = join(dir, g.name)
    writeFileSync(path, g.text)
    paths.push(path)
  }
  return paths
}

/**
 * Collects main-thread long tasks from the start of the page; `window.__longTasks` holds their
 * durations. Long-task entries start at 50 ms: a longest task of 0 means none reached it.
 */
const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration) }).observe({ type: 'longtask', buffered: true });
`

// In-page code is passed as text: this file is type-checked without the DOM's types.
async function longTasksSince(page: Page, from: number): Promise<number> {
  return page.evaluate(`Math.max(0, ...window.__longTasks.slice(${from}))`)
}

async function longTaskCount(page: Page): Promise<number> {
  return page.evaluate('window.__longTasks.length')
}

/** Answers every "a new version?" question of the import with `answer` (reports that share place, year and type stay apart). */
async function keepSeparate(page: Page, answer: string): Promise<void> {
  // The import list is virtual: walk it from top to bottom, answering the questions in view.
  await page.evaluate(`(async () => {
    const list = document.querySelector('[role="dialog"] ul, [role="dialog"] [role="list"]')
    if (!list) return
    list.scrollTop = 0
    for (;;) {
      for (const b of document.querySelectorAll('[role="dialog"] button')) if (b.textContent.trim() === ${JSON.stringify(answer)}) b.click()
      await new Promise((r) => setTimeout(r, 50))
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 2) break
      list.scrollTop += list.clientHeight
      await new Promise((r) => setTimeout(r, 50))
    }
  })()`)
}

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click()
}

/** Opens the set chooser from the set bar. */
async function openChooser(page: Page) {
  await page.getByTestId('set-bar').getByRole('button', { name: 'Change set…' }).click()
  return page.getByTestId('set-chooser')
}

/** Saves a set of every document now in the library, by id ('Some documents') or by level (grows with it). */
async function saveSet(page: Page, name: string, byIds: boolean): Promise<void> {
  const chooser = await openChooser(page)
  if (byIds) {
    await chooser.getByRole('radio', { name: 'Some documents' }).check()
    const boxes = chooser.getByRole('checkbox')
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check()
  } else {
    await chooser.getByRole('radio', { name: 'A level' }).check()
    await chooser.getByRole('combobox', { name: 'Level' }).selectOption('all')
  }
  await chooser.getByRole('textbox', { name: 'Name of the set' }).fill(name)
  await chooser.getByRole('button', { name: 'Save and compare' }).click()
  await page
    .getByTestId('set-bar')
    .filter({ hasText: `Set: ${name}` })
    .first()
    .waitFor()
}

/** Makes the saved set `name` current. */
async function useSet(page: Page, name: string): Promise<void> {
  const chooser = await openChooser(page)
  await chooser.getByRole('list', { name: 'Saved sets' }).getByRole('button', { name, exact: true }).click()
  await page
    .getByTestId('set-bar')
    .filter({ hasText: `Set: ${name}` })
    .first()
    .waitFor()
}

/** How long the lanes must stay settled before they count as settled (a switch of set or theme can show a frame of the old rows). */
const SETTLED_FOR_MS = 400

/**
 * Waits until the lanes show `theme`'s rows for `documents` documents with nothing left computing,
 * and stay so for SETTLED_FOR_MS; returns when (Date.now()) they last became so. Without the
 * hold, a frame that still drew the previous set's rows passed for the new ones.
 */
async function settled(page: Page, theme: string, documents: number): Promise<number> {
  const condition = `document.querySelector('[data-testid="theme-picker"]')?.value === ${JSON.stringify(theme)} && !document.querySelector('[data-testid="analysis-progress"]') && !!document.querySelector('[data-testid="lane-row"]') && !!document.querySelector('.lanes .toolbar')?.textContent.includes('across ${documents} documents')`
  return page.evaluate(`new Promise((resolve) => {
    let since = null
    const poll = () => {
      const ok = ${condition}
      if (!ok) since = null
      else if (since === null) since = Date.now()
      if (since !== null && Date.now() - since >= ${SETTLED_FOR_MS}) resolve(since)
      else requestAnimationFrame(poll)
    }
    poll()
  })`)
}

/** Time from choosing `theme` in the lanes to its first row drawn (ms), starting from another theme's rows. */
async function openLanes(page: Page, theme: string, documents: number): Promise<number> {
  const picker = page.getByTestId('theme-picker')
  const other = theme === 'ecology' ? 'safety' : 'ecology'
  await picker.selectOption(other)
  await settled(page, other, documents)
  const t0 = Date.now()
  await picker.selectOption(theme)
  return (await settled(page, theme, documents)) - t0
}

/** Scrolls the lanes from top to bottom; the most elements in the page at any step, and the rows passed. */
async function scrollLanes(page: Page): Promise<{ maxElements: number; items: number }> {
  return page.evaluate(`(async () => {
    const scroller = document.querySelector('.lanes-scroll')
    let maxElements = document.getElementsByTagName('*').length
    let maxIndex = 0
    scroller.scrollTop = 0
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
      scroller.scrollTop += ${SCROLL_STEP_PX}
      await new Promise((r) => setTimeout(r, ${SCROLL_PAUSE_MS}))
      await new Promise((r) => requestAnimationFrame(() => r(null)))
      maxElements = Math.max(maxElements, document.getElementsByTagName('*').length)
      for (const el of document.querySelectorAll('.lanes-item[data-index]')) maxIndex = Math.max(maxIndex, Number(el.dataset.index))
    }
    return { maxElements, items: maxIndex + 1 }
  })()`)
}

/** With LANES_TRACE_DIR set, `step` is recorded as a Chromium trace (`<name>.json`) for a profiler. */
async function traced<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  const dir = process.env.LANES_TRACE_DIR
  if (!dir) return step()
  const categories = [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'disabled-by-default-v8.cpu_profiler',
    'blink.user_timing',
  ]
  await page
    .context()
    .browser()!
    .startTracing(page, { path: join(dir, `${name}.json`), categories })
  try {
    return await step()
  } finally {
    await page.context().browser()!.stopTracing()
  }
}

async function main(): Promise<void> {
  const served = await serveWebBuild(PORT, mkdtempSync(join(tmpdir(), 'bidu-lanes-web-')))
  const browser = await launchChromium()
  try {
    // bypassCSP: the in-page probes are passed as text (this file has no DOM types), which the app's CSP forbids.
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 900 }, bypassCSP: true })
    await page.addInitScript(LONG_TASK_OBSERVER)
    await page.goto(served.url)
    await page
      .getByTestId('library-row')
      .nth(SAMPLES - 1)
      .waitFor({ timeout: 60_000 })
    // The baseline set (the samples, by id) and the set of the whole library, saved before the import.
    await openView(page, 'Theme lanes')
    await saveSet(page, 'samples', true)
    await saveSet(page, 'all', false)
    await openView(page, 'Library')
    const files = writeLibrary()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import files…' }).click()
    await (await chooser).setFiles(files)
    await page.getByTestId('import-summary').waitFor({ timeout: 300_000 })
    await keepSeparate(page, 'Separate document')
    await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Close' }).click()

    // The library's first analysis: the matrix holds every document (it draws only the columns on
    // screen, so its column count says how many it holds).
    const analysed0 = Date.now()
    await openView(page, 'Matrix')
    await page.waitForFunction(
      `document.querySelector('[data-testid="matrix-table"]')?.getAttribute('aria-colcount') === '${DOCUMENTS + 1}'`,
      undefined,
      { timeout: 600_000 },
    )
    const firstAnalysisMs = Date.now() - analysed0
    log(`library of ${DOCUMENTS}: first analysis (matrix complete) ${firstAnalysisMs} ms`)

    // The samples chosen here, not in the lanes: lanes opened on the set of 200 would start aligning
    // the codebook's first theme (safety, the one measured) before the cold opening is timed.
    await useSet(page, 'samples')
    await openView(page, 'Theme lanes')
    const baselineMs = await openLanes(page, THEME, SAMPLES)
    const baselineAgainMs = await openLanes(page, THEME, SAMPLES)

    // Leave the theme before changing the set, so the set of 200 first aligns another theme.
    await page.getByTestId('theme-picker').selectOption('ecology')
    await settled(page, 'ecology', SAMPLES)
    await useSet(page, 'all')
    await settled(page, 'ecology', DOCUMENTS)
    const tasksBefore = await longTaskCount(page)
    const coldMs = await traced(page, 'open-cold', () => openLanes(page, THEME, DOCUMENTS))
    const againMs = await traced(page, 'open-again', () => openLanes(page, THEME, DOCUMENTS))
    const openLongestTask = await longTasksSince(page, tasksBefore)
    const tasksBeforeScroll = await longTaskCount(page)
    const scrolled = await scrollLanes(page)
    const scrollLongestTask = await longTasksSince(page, tasksBeforeScroll)

    // The theme with the most rows: opened once, then scrolled from top to bottom.
    const largeMs = await openLanes(page, LARGE_THEME, DOCUMENTS)
    const tasksBeforeLarge = await longTaskCount(page)
    const largeScrolled = await traced(page, 'scroll-large', () => scrollLanes(page))
    const largeScrollLongestTask = await longTasksSince(page, tasksBeforeLarge)
    const load = loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')

    const rows = [
      ['lanes, 200 documents, first opening of the theme', coldMs, baselineMs],
      ['lanes, 200 documents, reopened', againMs, baselineAgainMs],
    ] as const
    log(`\n| measure | ${DOCUMENTS} documents | baseline: ${SAMPLES} samples | ratio |\n|---|---|---|---|`)
    for (const [name, ms, base] of rows) log(`| ${name} | ${ms} ms | ${base} ms | ${(ms / Math.max(1, base)).toFixed(1)}× |`)
    log(
      `\nlongest main-thread task while opening: ${Math.round(openLongestTask)} ms; while scrolling: ${Math.round(scrollLongestTask)} ms (target < ${TARGETS.longTaskMs})`,
    )
    log(
      `scrolling ${scrolled.items} list items (rows, headings): at most ${scrolled.maxElements} elements in the page (target < ${TARGETS.domElements})`,
    )
    log(
      `${LARGE_THEME} (first opening ${largeMs} ms): scrolling ${largeScrolled.items} list items, at most ${largeScrolled.maxElements} elements in the page, longest task ${Math.round(largeScrollLongestTask)} ms`,
    )
    log(`load average: ${load}`)
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
    writeFileSync(
      join(ROOT, 'bench', 'results', 'lanes.json'),
      JSON.stringify(
        {
          documents: DOCUMENTS,
          theme: THEME,
          firstAnalysisMs,
          coldMs,
          againMs,
          baselineMs,
          baselineAgainMs,
          openLongestTask,
          scrollLongestTask,
          scrolled,
          largeTheme: LARGE_THEME,
          largeMs,
          largeScrolled,
          largeScrollLongestTask,
          loadAverage: load,
          targets: TARGETS,
        },
        null,
        2,
      ),
    )
  } finally {
    await browser.close()
    served.stop()
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
  process.exitCode = 1
})
