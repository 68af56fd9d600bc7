// Scale: a generated library of 300 reports and one of 300,000 characters, imported through the
// file chooser, then the library, the theme lanes, the matrix and the long document in the reader.
// The DOM must stay bounded (virtualised table, outline and text) and every view must answer.
import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { expectMatrixDocuments, openSeededLibrary, SEED_COUNT } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

/** Reports in the generated library: enough to show scale, few enough for CI. */
const REPORTS = 300
/** Characters per generated report (a short district report; keeps the import quick). */
const REPORT_CHARS = 3_000
/** The one long report (a five-year plan's length). */
const LONG_CHARS = 300_000

/** Runs the corpus generator (bench/generate-corpus.ts, an ES module run by tsx) into `dir`; returns the files. */
function writeCorpus(dir: string, count: number, chars: number, seed: number): string[] {
  execFileSync(process.execPath, ['--import', 'tsx', join('bench', 'generate-corpus.ts'), dir, String(count), String(chars), String(seed)])
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
}

/** Elements in the reader (columns, outlines, texts, toolbars). */
const READER_MAX_ELEMENTS = 3000

/** A phrase from a long line near the end of `path` (found in the text, far from its start). */
function phraseNearEnd(path: string): string {
  const lines = readFileSync(path, 'utf8').split('\n')
  const line = lines.slice(Math.floor(lines.length * 0.97)).find((l) => l.length > 60)!
  return line.slice(20, 32)
}

function readerElements(page: Page): Promise<number> {
  return page.locator('.reader').evaluate((el) => el.querySelectorAll('*').length)
}

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click()
}

test('300 generated reports and one of 300,000 characters: library, lanes, matrix and reader stay bounded and answer', async ({ page }) => {
  test.setTimeout(300_000)
  const dir = mkdtempSync(join(tmpdir(), 'bidu-scale-'))
  const paths = writeCorpus(join(dir, 'many'), REPORTS, REPORT_CHARS, 3)
  const [longPath] = writeCorpus(join(dir, 'long'), 1, LONG_CHARS, 4)
  await openSeededLibrary(page)

  const started = Date.now()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files…' }).click()
  await (await chooser).setFiles([...paths, longPath!])
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 120_000 })
  console.log(`imported ${REPORTS + 1} files in ${Date.now() - started} ms`)
  await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Close' }).click()
  const total = SEED_COUNT + REPORTS + 1
  await expect(page.locator('.library-count')).toHaveText(`${total} of ${total} documents`)
  // Only the rows in view are in the DOM; filtering answers over every row.
  expect(await page.getByTestId('library-row').count()).toBeLessThan(80)
  const longName = longPath!.split('/').pop()!
  await page.getByRole('searchbox', { name: 'Filter by title, place or file' }).fill(longName.replace(/\.txt$/, ''))
  await expect(page.getByTestId('library-row')).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Filter by title, place or file' }).fill('')
  await page.getByTestId('library-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(page.getByTestId('library-row').last()).toBeVisible()

  // The matrix: a column per report once the background analysis is done, met by scrolling it to its
  // last; only the columns on screen are drawn.
  await openView(page, 'Matrix')
  await expectMatrixDocuments(page, total, 120_000)
  expect(await page.getByTestId('matrix-doc').count()).toBeLessThan(total)
  // The lanes: a library this size opens on the set chooser; the whole library as one set lists
  // every report in the (collapsed) document header, and the rows are a bounded virtual list.
  await openView(page, 'Theme lanes')
  const setChooser = page.getByTestId('set-chooser')
  await setChooser.getByRole('radio', { name: 'A level' }).check()
  await setChooser.getByRole('combobox', { name: 'Level' }).selectOption('all')
  await expect(setChooser.getByTestId('set-count')).toContainText(String(total))
  await setChooser.getByRole('textbox', { name: 'Name of the set' }).fill('whole library')
  await setChooser.getByRole('button', { name: 'Save and compare' }).click()
  await expect(page.getByTestId('lane-document')).toHaveCount(total, { timeout: 30_000 })
  await expect(page.getByTestId('lane-row').first()).toBeVisible({ timeout: 120_000 })
  expect(await page.getByTestId('lane-row').count()).toBeLessThan(200)

  // The long report in the reader: only the paragraphs and outline entries in view are rendered, and
  // outline jumps, find in document and scrolling reach its far end.
  await openView(page, 'Library')
  await page.getByRole('searchbox', { name: 'Filter by title, place or file' }).fill(longName.replace(/\.txt$/, ''))
  await page.getByTestId('library-row').locator('.doc-title').click()
  const column = page.getByTestId('reader-column')
  await expect(column).toHaveCount(1)
  await expect(column.locator('.doc-text p').first()).toBeVisible({ timeout: 30_000 })
  const length = Number((await column.getByTestId('column-status').innerText()).replace(/\D/g, ''))
  expect(length).toBeGreaterThan(LONG_CHARS * 0.9)
  expect(await readerElements(page)).toBeLessThan(READER_MAX_ELEMENTS)
  const phrase = phraseNearEnd(longPath!)
  await expect(column.locator('.doc-text')).not.toContainText(phrase)
  await column.locator('.column-text').click()
  await page.keyboard.press('Control+f')
  await column.getByRole('searchbox', { name: 'Find in document' }).fill(phrase)
  await expect(column.getByTestId('find-count')).toContainText(/^1 of \d+/)
  await expect(column.locator('.doc-text')).toContainText(phrase)
  expect(await readerElements(page)).toBeLessThan(READER_MAX_ELEMENTS)
  // The outline's last entry: its heading is rendered and becomes the current section. The outline
  // follows the reading position shortly after the find's scroll, which can scroll the pane away from
  // its end again; so scroll down and click until the click lands, as a reader would.
  let lastTitle = ''
  await expect(async () => {
    await column.locator('.outline-pane').evaluate((el) => el.scrollTo(0, el.scrollHeight))
    lastTitle = (await column.locator('.outline-item').last().getAttribute('title', { timeout: 2_000 }))!
    await column.getByTitle(lastTitle, { exact: true }).click({ timeout: 2_000 })
    await expect(column.getByTitle(lastTitle, { exact: true })).toHaveAttribute('aria-current', 'location', { timeout: 2_000 })
  }).toPass({ timeout: 60_000 })
  await expect(
    column
      .locator('.doc-text strong.heading')
      .filter({ hasText: lastTitle.slice(-6) })
      .first(),
  ).toBeVisible()
  // Scrolling through the whole text keeps the DOM bounded.
  const text = column.locator('.column-text')
  for (const share of [0.25, 0.5, 0.75, 1]) {
    await text.evaluate((el, s) => el.scrollTo(0, el.scrollHeight * s), share)
    await expect(column.locator('.doc-text p').first()).toBeAttached()
    expect(await readerElements(page)).toBeLessThan(READER_MAX_ELEMENTS)
  }
})
