// The library's first analysis runs in the background and is kept by text hash in IndexedDB (its own
// cache database): a reload keeps what was done, the analysis finishes with every document, and the
// matrix then opens with every report.
import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { expectMatrixDocuments, importThroughChooser, openSeededLibrary, SEED_COUNT } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

const REPORTS = 120

/** Documents whose analysis is in the worker's persistent cache. */
function cachedAnalyses(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('bidu-analysis-cache')
        open.onerror = () => resolve(0)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('entries')) return resolve(0)
          const count = db.transaction('entries').objectStore('entries').count()
          count.onsuccess = () => {
            resolve(count.result)
            db.close()
          }
        }
      }),
  )
}

test('the background analysis is kept over a reload and completes; the matrix then shows every report', async ({ page }) => {
  test.setTimeout(180_000)
  const dir = mkdtempSync(join(tmpdir(), 'bidu-background-'))
  execFileSync(process.execPath, ['--import', 'tsx', join('bench', 'generate-corpus.ts'), dir, String(REPORTS), '4000', '7'])
  await openSeededLibrary(page)
  await importThroughChooser(
    page,
    readdirSync(dir).map((name) => join(dir, name)),
  )
  await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Close' }).click()
  const total = SEED_COUNT + REPORTS
  await expect.poll(() => cachedAnalyses(page), { timeout: 60_000 }).toBeGreaterThan(0)
  const before = await cachedAnalyses(page)
  await page.reload()
  expect(await cachedAnalyses(page)).toBeGreaterThanOrEqual(before)
  await expect.poll(() => cachedAnalyses(page), { timeout: 90_000 }).toBe(total)
  await expect(page.getByTestId('background-analysis')).toHaveCount(0)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Matrix', exact: true }).click()
  await expectMatrixDocuments(page, total)
})
