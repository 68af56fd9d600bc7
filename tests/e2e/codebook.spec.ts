// The codebook in the web build: a new theme with terms shows up in the theme lanes' picker and
// classifies passages; an invalid codebook file is refused with a message and changes nothing.
import { expect, test } from '@playwright/test'
import { openSeededLibrary, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

test('a new theme with terms appears in the lanes and finds its passages', async ({ page }) => {
  await openSeededLibrary(page)
  await page.getByRole('button', { name: 'Codebook', exact: true }).click()
  const items = page.getByTestId('theme-item')
  await expect(items).toHaveCount(12)
  await page.getByRole('button', { name: 'Add theme' }).click()
  const dialog = page.getByTestId('theme-dialog')
  await dialog.getByLabel('Chinese label').fill('基层调解')
  await dialog.getByLabel('English label').fill('Mediation')
  await dialog.getByLabel('Terms').fill('枫桥经验 3\n矛盾纠纷 3\n调解 2')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(items).toHaveCount(13)
  await expect(page.locator('[data-theme-id="mediation"]')).toContainText('3 terms')

  await page.getByRole('button', { name: 'Theme lanes', exact: true }).click()
  const picker = page.getByTestId('theme-picker')
  await expect(picker.locator('option', { hasText: 'Mediation' })).toHaveCount(1)
  await picker.selectOption('mediation')
  await expect(page.getByTestId('lane-cell').filter({ hasText: '枫桥经验' }).first()).toBeVisible({ timeout: 30_000 })
})

test('an invalid codebook file is refused and nothing changes', async ({ page }) => {
  await openSeededLibrary(page)
  await page.getByRole('button', { name: 'Codebook', exact: true }).click()
  const items = page.getByTestId('theme-item')
  await expect(items).toHaveCount(12)
  const before = await items.allInnerTexts()
  const [file] = writeTempFiles({
    'codebook.json': JSON.stringify({ version: 1, themes: [{ id: 'x', labelZh: '某', labelEn: 'X', color: 'red', terms: [] }] }),
  })
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import JSON…' }).click()
  await (await chooser).setFiles([file])
  await expect(page.getByTestId('toast').filter({ hasText: 'The codebook was not imported' })).toBeVisible()
  await expect(items).toHaveCount(12)
  expect(await items.allInnerTexts()).toEqual(before)
})

test('a term that would tag nearly every passage is named in a warning until it is fixed', async ({ page }) => {
  await openSeededLibrary(page)
  await page.getByRole('button', { name: 'Codebook', exact: true }).click()
  await expect(page.getByTestId('theme-item')).toHaveCount(12)
  await expect(page.getByTestId('broad-terms')).toHaveCount(0)
  await page.getByRole('button', { name: 'Add theme' }).click()
  const dialog = page.getByTestId('theme-dialog')
  await dialog.getByLabel('Chinese label').fill('发展')
  await dialog.getByLabel('English label').fill('Growth')
  await dialog.getByLabel('Terms').fill('高质量发展 3\n发 3')
  await dialog.getByRole('button', { name: 'Save' }).click()
  const warning = page.getByTestId('broad-terms')
  await expect(warning).toContainText('“发” in Growth (weight 3)')
  await expect(warning).not.toContainText('高质量发展')

  await page.getByRole('button', { name: 'Edit Growth' }).click()
  await dialog.getByLabel('Terms').fill('高质量发展 3\n发 1')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('broad-terms')).toHaveCount(0)
})
