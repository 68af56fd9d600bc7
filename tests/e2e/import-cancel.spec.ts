// Cancel ends the document worker (issue 10): a file that keeps the worker busy no longer holds up
// the next import or the outline, because cancelling terminates the worker and the next call starts
// a new one.
import { expect, test } from '@playwright/test'
import { openSeededLibrary, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

const REPORT =
  '青山县2022年政府工作报告\n\n一、过去一年的工作\n\n坚持和发展新时代枫桥经验，推进网格化基层治理。\n\n二、今年的主要任务\n\n加强生态环境保护，推进污水处理设施建设。\n'
/** A page that keeps the worker busy for many seconds: megabytes of unclosed and stray tags. */
const BUSY_PAGE = `<html><body><p>${'各位代表：现在我代表县人民政府向大会报告工作。'.repeat(20)}</p>${'<b><i></u></s>'.repeat(600_000)}</body></html>`

test('cancelling a long import frees the worker for the next import and the outline', async ({ page }) => {
  test.setTimeout(120_000)
  await openSeededLibrary(page)
  const [busy, report] = writeTempFiles({ 'busy.html': BUSY_PAGE, 'qingshan.txt': REPORT })
  const dialog = page.getByRole('dialog', { name: 'Import' })

  let chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files…' }).click()
  await (await chooser).setFiles([busy!])
  await expect(dialog.getByText('Importing…')).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByTestId('import-summary')).toBeVisible()
  await expect(dialog).toContainText('1 cancelled.')
  await dialog.getByRole('button', { name: 'Close' }).click()

  // The old worker would still be reading busy.html; a new one imports at once.
  chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files…' }).click()
  await (await chooser).setFiles([report!])
  await expect(page.getByTestId('import-summary')).toHaveText('1 imported, 0 rejected.', { timeout: 15_000 })
  await dialog.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('searchbox').fill('qingshan')
  await page.getByTestId('library-row').locator('.doc-title').click()
  await expect(page.getByTestId('reader-column').locator('.outline-item').first()).toBeVisible({ timeout: 15_000 })
})
