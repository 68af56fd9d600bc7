/**
 * What the scale benchmark does in a browser (served by serve-web.ts): open the app in Debian's
 * Chromium, import files through the file chooser, and time things inside the page. The
 * figures are the user's: from the click to what the user waits for (the import summary, the matrix's
 * columns, the reader's first paragraph), Playwright's few milliseconds of messaging included.
 */
import type { Browser, Page } from '@playwright/test'

/** Opens the app in a fresh profile (empty IndexedDB) and waits for the five sample reports. */
export async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } })
  // tsx compiles the benchmark with esbuild's keepNames, so functions sent to page.evaluate call __name.
  await context.addInitScript('globalThis.__name = (f) => f')
  const page = await context.newPage()
  await page.goto(url)
  await page.getByTestId('library-row').nth(4).waitFor({ timeout: 60_000 })
  return page
}

/** Imports `paths` through "Import files…"; returns the milliseconds from picking the files to the summary. */
export async function importFiles(page: Page, paths: string[], timeoutMs: number): Promise<number> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files…' }).click()
  const started = performance.now()
  await (await chooser).setFiles(paths)
  await page.getByTestId('import-summary').waitFor({ timeout: timeoutMs })
  const ms = performance.now() - started
  await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Close' }).click()
  return ms
}

/** Baseline for an import: the same texts written to a scratch IndexedDB store in one transaction. */
export async function storeRawTexts(page: Page, texts: string[]): Promise<number> {
  const CHUNK = 100
  let ms = 0
  for (let i = 0; i < texts.length; i += CHUNK) {
    ms += await page.evaluate(
      (chunk) =>
        new Promise<number>((resolve, reject) => {
          const started = performance.now()
          const open = indexedDB.open('bench-raw-texts', 1)
          open.onupgradeneeded = () => open.result.createObjectStore('texts', { autoIncrement: true })
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const tx = open.result.transaction('texts', 'readwrite')
            for (const text of chunk) tx.objectStore('texts').add({ text })
            tx.oncomplete = () => {
              open.result.close()
              resolve(performance.now() - started)
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
      texts.slice(i, i + CHUNK),
    )
  }
  return ms
}

/** Documents in the library, as its count line says (an import skips a file already in it). */
export async function libraryTotal(page: Page): Promise<number> {
  await openView(page, 'Library')
  const text = await page.locator('.library-count').innerText()
  return Number(/of ([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN)
}

/** Clicks a view in the navigation. */
export async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click()
}

/**
 * Milliseconds from clicking the Matrix view to a table of `columns` document columns (as its count
 * says; only those on screen are drawn) with its first cells on screen.
 */
export async function timeMatrix(page: Page, columns: number, timeoutMs = 120_000): Promise<number> {
  const started = performance.now()
  await openView(page, 'Matrix')
  await page
    .getByTestId('matrix-table')
    .and(page.locator(`[aria-colcount="${columns + 1}"]`))
    .waitFor({ timeout: timeoutMs })
  await page.getByTestId('matrix-cell').first().waitFor({ timeout: timeoutMs })
  return performance.now() - started
}

/**
 * As {@link timeMatrix}, with the milliseconds to the first cells on screen (a first analysis draws
 * the documents classified so far while it goes on).
 */
export async function timeMatrixSteps(page: Page, columns: number, timeoutMs = 120_000): Promise<{ firstMs: number; allMs: number }> {
  const started = performance.now()
  await openView(page, 'Matrix')
  await page.getByTestId('matrix-cell').first().waitFor({ timeout: timeoutMs })
  const firstMs = performance.now() - started
  await page
    .getByTestId('matrix-table')
    .and(page.locator(`[aria-colcount="${columns + 1}"]`))
    .waitFor({ timeout: timeoutMs })
  await page.getByTestId('analysis-progress').waitFor({ state: 'detached', timeout: timeoutMs })
  return { firstMs, allMs: performance.now() - started }
}

/** Milliseconds from clicking the Library view to its first row. */
export async function timeLibrary(page: Page): Promise<number> {
  const started = performance.now()
  await openView(page, 'Library')
  await page.getByTestId('library-row').first().waitFor()
  return performance.now() - started
}

/**
 * Opens the document whose file name contains `name` from the library; returns the milliseconds from
 * the click on its title to its first paragraph in the reader.
 */
export async function timeReaderOpen(page: Page, name: string): Promise<number> {
  await openView(page, 'Library')
  await page.getByRole('searchbox', { name: 'Filter by title, place or file' }).fill(name)
  const title = page.getByTestId('library-row').first().locator('.doc-title')
  await title.waitFor()
  const started = performance.now()
  await title.click()
  await page.getByTestId('reader-column').first().locator('.doc-text p').first().waitFor({ timeout: 30_000 })
  const ms = performance.now() - started
  await openView(page, 'Library')
  await page.getByRole('searchbox', { name: 'Filter by title, place or file' }).fill('')
  return ms
}
