// The reader in the web build: three documents side by side, outline navigation, and a layout that
// survives a reload and a browser restart.
import { chromium, expect, test, type Locator, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSeededLibrary, storedSetting, tickRows } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

/** The stored reader layout, as much of it as these tests read. */
type Layout = { columns: { outlineWidth?: number }[]; sync?: string }

/** What a library row says of its document: the reader's column is headed by its label, not its title. */
type RowName = { title: string; place: string; year: string }

/** A column is headed by the document's label (place · year, a short type when it fits), the full title on hover only. */
async function expectColumnOf(column: Locator, name: RowName): Promise<void> {
  const heading = column.locator('.column-title')
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await expect(heading).toHaveText(new RegExp(`^${escape(name.place)} · ${name.year}( · [^·]+)?( #\\d+)?$`))
  await expect(heading).toHaveAttribute('title', new RegExp(`^${escape(name.title)}`))
}

async function openThreeSideBySide(page: Page): Promise<RowName[]> {
  await openSeededLibrary(page)
  await tickRows(page, [0, 1, 3])
  const names = await Promise.all(
    [0, 1, 3].map(async (i) => {
      const row = page.getByTestId('library-row').nth(i)
      const cells = row.locator('td')
      return {
        title: await row.locator('.doc-title').innerText(),
        place: await cells.nth(2).innerText(),
        year: await cells.nth(4).innerText(),
      }
    }),
  )
  await page.getByRole('button', { name: 'Open side by side (3)' }).click()
  const columns = page.getByTestId('reader-column')
  await expect(columns).toHaveCount(3)
  for (const [i, name] of names.entries()) {
    await expectColumnOf(columns.nth(i), name)
    await expect(columns.nth(i).locator('.doc-text p').first()).toBeVisible({ timeout: 20_000 })
  }
  return names
}

test('opens three documents side by side, each with its outline', async ({ page }) => {
  await openThreeSideBySide(page)
  const columns = page.getByTestId('reader-column')
  for (let i = 0; i < 3; i++) {
    // Paragraph blocks carry their offsets into the document text.
    const first = columns.nth(i).locator('.doc-text p').first()
    await expect(first).toHaveAttribute('data-start', /^\d+$/)
    await expect(first).toHaveAttribute('data-end', /^\d+$/)
  }
  // Clicking the outline's last entry scrolls its column to the heading and marks it current (the
  // outline renders only the entries in view: scroll it to its end first).
  const column = columns.nth(1)
  await column.locator('.outline-pane').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  const items = column.locator('.outline-item')
  const count = await items.count()
  if (count > 1) {
    const target = column.getByTitle((await items.last().getAttribute('title'))!, { exact: true })
    await target.click()
    await expect(target).toHaveAttribute('aria-current', 'location')
    await expect.poll(() => column.locator('.column-text').evaluate((el) => el.scrollTop)).toBeGreaterThan(0)
  }
  // Scrolling to the end marks a later section as current.
  const text = column.locator('.column-text')
  const firstCurrent = await column.locator('.outline-item[aria-current="location"]').innerText()
  // The jump to a heading in a virtual text settles in a few frames (it measures what it renders):
  // scroll back to the top until it holds, as a reader would.
  await expect(async () => {
    await text.evaluate((el) => el.scrollTo(0, 0))
    await expect(column.locator('.outline-item').first()).toHaveAttribute('aria-current', 'location', { timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  await text.evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(column.locator('.outline-item[aria-current="location"]')).not.toHaveText(
    await column.locator('.outline-item').first().innerText(),
  )
  expect(firstCurrent).not.toBe('')
  // Columns can be reordered and closed.
  const firstTitle = await columns.nth(0).locator('.column-title').innerText()
  await columns.nth(0).getByRole('button', { name: 'Move column right' }).click()
  await expect(columns.nth(1).locator('.column-title')).toHaveText(firstTitle)
  await columns.nth(2).getByRole('button', { name: 'Close column' }).click()
  await expect(columns).toHaveCount(2)
})

test('the library and the open columns survive a reload', async ({ page }) => {
  const names = await openThreeSideBySide(page)
  const scroller = page.getByTestId('reader-column').nth(0).locator('.column-text')
  await scroller.evaluate((el) => el.scrollTo(0, 400))
  // Widen the first column's outline by three keyboard steps.
  const splitter = page.getByTestId('reader-column').nth(0).getByRole('separator')
  const width = Number(await splitter.getAttribute('aria-valuenow'))
  await splitter.focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  await expect(splitter).toHaveAttribute('aria-valuenow', String(width + 48))
  // The resize is written once it pauses, with the scroll position recorded before it.
  await expect.poll(async () => ((await storedSetting(page, 'readerLayout')) as Layout).columns[0]?.outlineWidth).toBe(width + 48)
  await page.reload()
  const columns = page.getByTestId('reader-column')
  await expect(columns).toHaveCount(3)
  for (const [i, name] of names.entries()) await expectColumnOf(columns.nth(i), name)
  await expect
    .poll(() =>
      columns
        .nth(0)
        .locator('.column-text')
        .evaluate((el) => el.scrollTop),
    )
    .toBeGreaterThan(300)
  await expect(columns.nth(0).getByRole('separator')).toHaveAttribute('aria-valuenow', String(width + 48))
  await page.getByRole('button', { name: 'Library' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(5)
})

test('the library and layout survive a browser restart', async ({ baseURL }, testInfo) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bidu-profile-'))
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, {
      ...testInfo.project.use.launchOptions,
      baseURL,
      locale: 'en-US',
      viewport: { width: 1400, height: 900 },
    })
  try {
    let context = await launch()
    let page = context.pages()[0] ?? (await context.newPage())
    await openSeededLibrary(page)
    await tickRows(page, [1, 2])
    await page.getByRole('button', { name: 'Open side by side (2)' }).click()
    await expect(page.getByTestId('reader-column')).toHaveCount(2)
    await page.getByTestId('reader-sync').selectOption({ label: 'Same heading number' })
    await expect.poll(async () => ((await storedSetting(page, 'readerLayout')) as Layout).sync).toBe('heading')
    await context.close()

    context = await launch()
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    await expect(page.getByTestId('reader-column')).toHaveCount(2)
    await expect(page.getByTestId('reader-sync')).toHaveValue('heading')
    await page.getByRole('button', { name: 'Library' }).click()
    await expect(page.getByTestId('library-row')).toHaveCount(5)
    await context.close()
  } finally {
    rmSync(userDataDir, { recursive: true, force: true })
  }
})
