// Editing a theme's sub-themes in the codebook view: rename, reorder, move a term to another
// sub-theme, add one; the tree survives a reload. An empty sub-theme or a term in two sub-themes is
// refused with a message naming it, and nothing is stored.
import { expect, test, type Page } from '@playwright/test'
import { openSeededLibrary } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

async function openSafetySubthemes(page: Page) {
  await page.getByRole('button', { name: 'Codebook', exact: true }).click()
  await page.locator('[data-theme-id="safety"]').getByRole('button', { name: /^Sub-themes/ }).click()
  return page.getByTestId('subtheme-editor')
}

test('edits the sub-theme tree of a theme and keeps it after a reload', async ({ page }) => {
  await openSeededLibrary(page)
  const editor = await openSafetySubthemes(page)
  const rows = editor.getByTestId('subtheme-row')
  await expect(rows).toHaveCount(5)
  await expect(editor.getByLabel('Chinese label of sub-theme 1')).toHaveValue('安全生产')

  // Rename the second, then move it to the top.
  await editor.getByLabel('English label of sub-theme 2').fill('Food safety')
  await editor.getByRole('button', { name: 'Move sub-theme 2 up' }).click()
  await expect(editor.getByLabel('English label of sub-theme 1')).toHaveValue('Food safety')

  // Move 燃气安全 from work safety (now row 2) to fire and traffic safety (row 5).
  await editor.getByLabel('Term of sub-theme 2 to move').selectOption('燃气安全')
  await rows.nth(1).getByLabel('Sub-theme to move it to').selectOption({ label: 'Fire and traffic safety' })
  await rows.nth(1).getByRole('button', { name: 'Move term' }).click()
  await expect(editor.getByLabel('Terms of sub-theme 2')).not.toHaveValue(/燃气安全/)
  await expect(editor.getByLabel('Terms of sub-theme 5')).toHaveValue(/燃气安全 3$/)

  // Add a sub-theme.
  await editor.getByRole('button', { name: 'Add sub-theme' }).click()
  await editor.getByLabel('Chinese label of sub-theme 6').fill('网络安全')
  await editor.getByLabel('English label of sub-theme 6').fill('Cyber security')
  await editor.getByLabel('Terms of sub-theme 6').fill('网络安全 3\n数据安全 3')
  await editor.getByRole('button', { name: 'Save sub-themes' }).click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Sub-themes of “Public safety” saved.' })).toBeVisible()
  await expect(page.locator('[data-theme-id="safety"]').getByRole('button', { name: 'Sub-themes (6)' })).toBeVisible()

  await page.reload()
  const again = await openSafetySubthemes(page)
  await expect(again.getByTestId('subtheme-row')).toHaveCount(6)
  await expect(again.getByLabel('English label of sub-theme 1')).toHaveValue('Food safety')
  await expect(again.getByLabel('Chinese label of sub-theme 2')).toHaveValue('安全生产')
  await expect(again.getByLabel('Terms of sub-theme 5')).toHaveValue(/燃气安全 3/)
  await expect(again.getByLabel('English label of sub-theme 6')).toHaveValue('Cyber security')
})

test('refuses an empty sub-theme and a term in two sub-themes, naming them, and stores nothing', async ({ page }) => {
  await openSeededLibrary(page)
  let editor = await openSafetySubthemes(page)
  await editor.getByRole('button', { name: 'Add sub-theme' }).click()
  await editor.getByLabel('English label of sub-theme 6').fill('Other')
  await editor.getByRole('button', { name: 'Save sub-themes' }).click()
  await expect(editor.getByRole('alert')).toContainText('sub-theme "other" has no terms')

  await editor.getByRole('button', { name: 'Remove sub-theme 6' }).click()
  await editor.getByLabel('Terms of sub-theme 2').fill(`${await editor.getByLabel('Terms of sub-theme 2').inputValue()}\n安全生产 3`)
  await editor.getByRole('button', { name: 'Save sub-themes' }).click()
  await expect(editor.getByRole('alert')).toContainText('term "安全生产" is in both sub-themes "production" and "food_drug"')

  await page.reload()
  editor = await openSafetySubthemes(page)
  await expect(editor.getByTestId('subtheme-row')).toHaveCount(5)
  await expect(editor.getByLabel('Terms of sub-theme 2')).not.toHaveValue(/安全生产/)
})
