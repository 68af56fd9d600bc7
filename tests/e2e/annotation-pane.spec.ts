// The reader's annotation pane: open beside two columns, closed by default from three on (so four
// columns keep readable lines) until the user opens it; open/closed and its width survive a reload.
import { expect, test, type Page } from '@playwright/test'
import { openSeededLibrary, storedSetting, tickRows } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1500, height: 900 } })

const storedPane = (page: Page) => storedSetting(page, 'annotationPane')

async function addColumn(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Add column' }).selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Add column' }).click()
}

test('annotation pane: closed by default beside three columns, open/closed and width survive a reload', async ({ page }) => {
  await openSeededLibrary(page)
  await tickRows(page, [0, 1])
  await page.getByRole('button', { name: 'Open side by side (2)' }).click()
  const columns = page.getByTestId('reader-column')
  const pane = page.locator('aside.reader-annotations')
  const toggle = page.locator('.reader > .toolbar').getByRole('button', { name: 'Annotations', exact: true })
  await expect(columns).toHaveCount(2)
  // Two columns: the pane is open without anyone asking.
  await expect(pane).toBeVisible()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')

  // Three and four columns: it steps aside, and stays so after a reload.
  await addColumn(page)
  await expect(columns).toHaveCount(3)
  await expect(pane).toHaveCount(0)
  await addColumn(page)
  await expect(columns).toHaveCount(4)
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(async () => ((await storedSetting(page, 'readerLayout')) as { columns: unknown[] }).columns.length).toBe(4)
  await page.reload()
  await expect(columns).toHaveCount(4, { timeout: 20_000 })
  await expect(pane).toHaveCount(0)

  // Opened by the user beside four columns and widened: both remembered.
  await toggle.click()
  await expect(pane).toBeVisible()
  expect((await pane.boundingBox())?.width).toBe(320)
  const splitter = page.getByRole('separator', { name: 'Annotation pane width' })
  await splitter.focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
  await expect(splitter).toHaveAttribute('aria-valuenow', '384')
  await expect.poll(() => storedPane(page)).toEqual({ open: true, width: 384 })
  await page.reload()
  await expect(columns).toHaveCount(4, { timeout: 20_000 })
  await expect(pane).toBeVisible()
  expect((await pane.boundingBox())?.width).toBe(384)

  // Closed by the user: closed after a reload, and still closed with only two columns left.
  await toggle.click()
  await expect(pane).toHaveCount(0)
  await expect.poll(() => storedPane(page)).toEqual({ open: false, width: 384 })
  await page.reload()
  await expect(columns).toHaveCount(4, { timeout: 20_000 })
  await expect(pane).toHaveCount(0)
  await columns.first().getByRole('button', { name: 'Close column' }).click()
  await columns.first().getByRole('button', { name: 'Close column' }).click()
  await expect(columns).toHaveCount(2)
  await expect(pane).toHaveCount(0)
})
