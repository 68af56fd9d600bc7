// The compare views on the seeds and on a larger library: concordance with "Code all hits", the
// theme × document matrix (a cell opens the theme lanes), figures linking to the reader, the
// document map jumping to the reader, and a 50-report import analysed off the main thread.
import { expect, test, type Page } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectMatrixDocuments, importThroughChooser, openSeededLibrary, SEED_COUNT, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click()
}

/** The reader shows one column whose text has a non-empty selection (the jump target). */
async function expectReaderSelection(page: Page): Promise<void> {
  await expect(page.getByTestId('reader-column')).toHaveCount(1, { timeout: 20_000 })
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().length ?? 0), { timeout: 20_000 }).toBeGreaterThan(0)
}

test('concordance: 枫桥经验 in three seeds, code all hits with governance as one undoable step, find them in the annotations', async ({
  page,
}) => {
  await openSeededLibrary(page)
  await openView(page, 'Concordance')
  await page.getByRole('searchbox', { name: 'Search for' }).fill('枫桥经验')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.getByTestId('concordance-summary')).toHaveText('Showing 3 of 3 hits in 3 document(s)', { timeout: 20_000 })
  const rows = page.getByTestId('kwic-row')
  await expect(rows).toHaveCount(3)
  await expect(rows.first().locator('.kwic-match')).toHaveText('枫桥经验')
  await expect(page.getByTestId('hit-counts').locator('li')).toHaveCount(3)
  // Sorting by right context keeps every hit.
  await page.getByRole('button', { name: 'Right context' }).click()
  await expect(rows).toHaveCount(3)

  await page.getByRole('checkbox', { name: 'Tick all hits' }).check()
  const bar = page.getByTestId('code-hits')
  await bar.getByRole('combobox', { name: 'Theme' }).selectOption('governance')
  await bar.getByRole('textbox', { name: 'Tag (optional)' }).fill('枫桥')
  await bar.getByRole('button', { name: 'Code 3 ticked hit(s)' }).click()
  await expect(page.getByText('Coded 3 span(s) with Grassroots and social governance.')).toBeVisible({ timeout: 20_000 })
  // Coding the same hits again adds nothing: each hit now lies inside a span with the theme, and is counted.
  await bar.getByRole('button', { name: 'Code 3 ticked hit(s)' }).click()
  await expect(page.getByText('Nothing new to code: 3 hit(s) already lie inside spans with that theme.')).toBeVisible({ timeout: 20_000 })

  await openView(page, 'Annotations')
  const items = page.getByTestId('annotation-item')
  await expect(items).toHaveCount(3, { timeout: 20_000 })
  // The default unit is the sentence around each hit, not the bare term.
  for (let i = 0; i < 3; i++) {
    await expect(items.nth(i).getByTestId('annotation-quote')).toContainText('枫桥经验')
    await expect(items.nth(i).getByTestId('annotation-quote')).not.toHaveText('枫桥经验')
  }

  // One undo removes all three.
  await page.keyboard.press('Control+z')
  await expect(items).toHaveCount(0, { timeout: 20_000 })
})

test('matrix: shares and counts per theme and document, grouped by year; a cell opens the theme lanes', async ({ page }) => {
  await openSeededLibrary(page)
  await openView(page, 'Matrix')
  const table = page.getByTestId('matrix-table')
  await expect(table).toBeVisible({ timeout: 30_000 })
  await expectMatrixDocuments(page, SEED_COUNT)
  const safetyRow = table.locator('tr[data-theme="safety"]')
  await expect(safetyRow.getByTestId('matrix-cell')).toHaveCount(SEED_COUNT)
  await expect(safetyRow.getByTestId('matrix-cell').first()).toHaveText(/%$/)
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Annotations' }).click()
  await expect(safetyRow.getByTestId('matrix-cell').first()).toHaveText(/^\d+$/)
  await page.getByRole('combobox', { name: 'Group columns' }).selectOption('year')
  await expect(table.getByTestId('matrix-group').first()).toHaveText(/^\d{4}$|Year unknown/)
  const cell = safetyRow.getByTestId('matrix-cell').first()
  const docId = await cell.getAttribute('data-doc-id')
  await cell.click()
  await expect(page.locator('#view-lanes')).toBeVisible({ timeout: 20_000 })
  // The lanes keep every report of the set, the clicked one first (pressed), and show the rows it takes part in.
  await expect(page.getByTestId('theme-picker')).toHaveValue('safety')
  await expect(page.getByTestId('lanes-focus')).toBeVisible()
  await expect(page.getByTestId('lane-document')).toHaveCount(SEED_COUNT)
  await expect(page.getByTestId('lane-document').first()).toHaveAttribute('aria-pressed', 'true')
  const rows = page.getByTestId('lane-row')
  await expect(rows.first()).toBeVisible({ timeout: 30_000 })
  const withoutFocus = await rows.evaluateAll(
    (els, id) =>
      els.filter((row) => !row.querySelector(`[data-testid="lane-cell"][data-doc-id="${id}"], [data-testid="lane-rejected"]`)).length,
    docId,
  )
  expect(withoutFocus).toBe(0)
  const focusedCount = await rows.count()
  await page.getByRole('button', { name: 'Show all rows' }).click()
  await expect(page.getByTestId('lanes-focus')).toHaveCount(0)
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(focusedCount)
})

test('the library is classified in the background after launch, before any compare view is opened', async ({ page }) => {
  await openSeededLibrary(page)
  // The analysis worker starts on its own once the library has been still for a moment.
  await expect.poll(() => page.workers().some((w) => w.url().includes('analysis')), { timeout: 20_000 }).toBe(true)
  await openView(page, 'Matrix')
  await expectMatrixDocuments(page, SEED_COUNT)
})

test('figures: 13.5微克/立方米 is listed with its measure and opens its passage in the reader', async ({ page }) => {
  await openSeededLibrary(page)
  await openView(page, 'Figures')
  const row = page.getByTestId('figure-row').filter({ hasText: '13.5微克/立方米' })
  await expect(row.first()).toBeVisible({ timeout: 30_000 })
  await expect(row.first()).toContainText('13.5')
  await row.first().getByRole('button', { name: '13.5微克/立方米' }).click()
  await expectReaderSelection(page)
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('13.5微克/立方米')
})

test('document map: one strip per report; a segment click jumps to the passage in the reader', async ({ page }) => {
  await openSeededLibrary(page)
  await openView(page, 'Document map')
  await expect(page.getByTestId('docmap-row')).toHaveCount(SEED_COUNT, { timeout: 30_000 })
  const themed = page.locator('[data-testid="docmap-segment"][data-theme="safety"]').first()
  await expect(themed).toBeVisible()
  await themed.click()
  await expectReaderSelection(page)
})

/** Report-like texts assembled from the seeds' paragraphs (deterministic), with a place and year in the name. */
function generatedReports(count: number): Record<string, string> {
  // Playwright runs from the repository root.
  const seedsDir = join(process.cwd(), 'seeds')
  const paragraphs = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 30)
  const places = ['东城区', '西湖区', '南山区', '北仑区', '江宁区', '龙岗区', '滨海新区', '天河区', '武侯区', '雁塔区']
  const files: Record<string, string> = {}
  let state = 12345
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648)
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length]!
    const year = 2015 + (i % 9)
    const body = Array.from({ length: 60 }, () => paragraphs[next() % paragraphs.length]!)
    files[`${place}${year}年政府工作报告-${i}.txt`] = `${place}${year}年政府工作报告\n${body.join('\n')}\n`
  }
  return files
}

test('50 imported reports: the matrix shows analysis progress, then every document, and stays responsive', async ({ page }) => {
  test.setTimeout(120_000)
  await openSeededLibrary(page)
  await importThroughChooser(page, writeTempFiles(generatedReports(50)))
  await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Close' }).click()
  await expect(page.locator('.library-count')).toHaveText(`${SEED_COUNT + 50} of ${SEED_COUNT + 50} documents`, { timeout: 60_000 })
  await openView(page, 'Matrix')
  await expect(page.getByTestId('analysis-progress')).toBeVisible({ timeout: 20_000 })
  // While the worker classifies, the window still answers: the grouping control reacts at once.
  await page.getByRole('combobox', { name: 'Group columns' }).selectOption('level')
  await expect(page.getByRole('combobox', { name: 'Group columns' })).toHaveValue('level')
  await expectMatrixDocuments(page, SEED_COUNT + 50, 180_000)
  // Only the columns on screen are drawn, yet Tab walks a row cell by cell past them (the next are
  // drawn as the focus scrolls the matrix).
  const safety = page.locator('tr[data-theme="safety"]')
  await page.locator('.matrix-scroll').evaluate((el) => el.scrollTo({ left: 0 }))
  await safety.locator('td[aria-colindex="2"] [data-testid="matrix-cell"]').focus()
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab')
  await expect(safety.locator('td[aria-colindex="42"] [data-testid="matrix-cell"]')).toBeFocused()
  await openView(page, 'Concordance')
  await page.getByRole('searchbox', { name: 'Search for' }).fill('安全')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.getByTestId('concordance-summary')).toContainText('Showing', { timeout: 30_000 })
  // The map draws a strip per report; the lanes open on the set chooser, then draw only the rows on screen.
  await openView(page, 'Document map')
  await expect(page.getByTestId('docmap-row')).toHaveCount(SEED_COUNT + 50, { timeout: 60_000 })
  await expect(page.getByTestId('docmap-segment').first()).toBeVisible()
  await openView(page, 'Theme lanes')
  await expect(page.getByTestId('set-chooser')).toBeVisible()
  await page.getByLabel('Name of the set').fill('全部')
  await page.getByRole('button', { name: 'Save and compare' }).click()
  await expect(page.getByTestId('lane-document')).toHaveCount(SEED_COUNT + 50)
  await expect(page.getByTestId('lane-row').first()).toBeVisible({ timeout: 90_000 })
  expect(await page.getByTestId('lane-row').count()).toBeLessThanOrEqual(30)
})
