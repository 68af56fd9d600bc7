// Editing a theme's sub-themes in the codebook view: rename, reorder, move a term to another
// sub-theme, add one; the tree survives a reload. An empty sub-theme or a term in two sub-themes is
// refused with a message naming it, and nothing is stored. A passage coded with a sub-theme in the
// reader reaches the exports as a nested tag (Markdown) and a subtheme column (CSV); concordance hits
// coded with a sub-theme are retrieved by it in Coded segments and exported by theme, then place.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { importThroughChooser, openSeededLibrary, selectInColumn, tickRows, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

async function openSafetySubthemes(page: Page) {
  await page.getByRole('button', { name: 'Codebook', exact: true }).click()
  await page
    .locator('[data-theme-id="safety"]')
    .getByRole('button', { name: /^Sub-themes/ })
    .click()
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

const FOOD_QUOTE = '严格落实食品安全责任，加强校园食堂监管'
const REPORTS = {
  'wu-2024.txt': ['戊市2024年政府工作报告', '一、守牢安全底线', `${FOOD_QUOTE}，守护群众舌尖上的安全。`].join('\n\n'),
  'ji-2024.txt': ['己县2024年政府工作报告', '一、守牢安全底线', '开展安全生产治本攻坚三年行动，严防重特大事故。'].join('\n\n'),
}

async function saveExport(page: Page, format: string): Promise<string> {
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByRole('radio', { name: format }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Save…' }).click()
  return readFileSync(await (await download).path(), 'utf8')
}

test('a passage coded with a sub-theme in the reader reaches Markdown and CSV', async ({ page }) => {
  await openSeededLibrary(page)
  await importThroughChooser(page, writeTempFiles(REPORTS))
  await page.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('searchbox').fill('2024年政府工作报告')
  await expect(page.getByTestId('library-row')).toHaveCount(2)
  await tickRows(page, [0, 1])
  await page.getByRole('button', { name: 'Open side by side (2)' }).click()
  const column = page.getByTestId('reader-column').filter({ hasText: '戊市' })
  await expect(column.locator('.doc-text p').first()).toBeVisible({ timeout: 20_000 })

  await selectInColumn(column, FOOD_QUOTE)
  await column.getByRole('button', { name: 'Theme…' }).click()
  const editor = page.getByTestId('annotation-editor')
  await editor.getByRole('checkbox', { name: 'Public safety', exact: true }).click()
  // Coding the theme offers its sub-themes.
  const food = editor.getByRole('checkbox', { name: 'Public safety › Food and drug safety' })
  await food.click()
  await expect(food).toBeChecked()

  await page.locator('.tabs').getByRole('button', { name: 'Library' }).click()
  await page.getByRole('button', { name: 'Export…' }).click()
  await page.getByTestId('export-dialog').getByRole('radio', { name: 'Everything' }).check()
  const markdown = await saveExport(page, 'Markdown (.md)')
  expect(markdown).toContain('#theme/safety #theme/safety/food_drug')
  const [header, row] = (await saveExport(page, 'CSV for Excel (.csv)')).replace(/^\ufeff/, '').split('\r\n')
  const cells = row.split(',')
  expect(cells[header.split(',').indexOf('subtheme')]).toBe('safety.food_drug')
  expect(cells[header.split(',').indexOf('theme')]).toBe('safety')
})

test('code concordance hits with a sub-theme, retrieve them by that sub-theme, export them by theme then place', async ({ page }) => {
  await openSeededLibrary(page)
  await importThroughChooser(page, writeTempFiles(REPORTS))
  await page.getByRole('button', { name: 'Close' }).click()

  // "What does each district say about 食品安全?": code every hit with 公共安全 › 食品药品安全.
  await page.getByRole('button', { name: 'Concordance', exact: true }).click()
  await page.getByRole('searchbox', { name: 'Search for' }).fill('食品安全')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  const rows = page.getByTestId('kwic-row')
  await expect(rows.first()).toBeVisible({ timeout: 20_000 })
  const documents = new Set(await page.getByTestId('kwic-doc').allTextContents())
  expect([...documents].some((d) => d.startsWith('戊市 · 2024'))).toBe(true)
  await page.getByRole('checkbox', { name: 'Tick all hits' }).check()
  const bar = page.getByTestId('code-hits')
  await bar.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Public safety › Food and drug safety' })
  await bar.getByRole('button', { name: /^Code \d+ ticked hit\(s\)$/ }).click()
  await expect(page.getByText(/^Coded \d+ span\(s\) with Public safety › Food and drug safety\./)).toBeVisible({ timeout: 20_000 })

  // Coded segments: the ticked theme offers its sub-themes; ticking one narrows the retrieval to it.
  await page.getByRole('button', { name: 'Coded segments', exact: true }).click()
  await page.getByRole('checkbox', { name: 'Public safety', exact: true }).check()
  await page.getByRole('checkbox', { name: '› Food and drug safety' }).check()
  await expect(page.getByTestId('segments-summary')).toHaveText(new RegExp(`segment\\(s\\) in ${documents.size} document\\(s\\)$`))

  // Markdown by theme, then place: the sub-theme nested in its theme, each document under its label.
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByRole('radio', { name: 'Markdown (.md)' }).check()
  await dialog.getByRole('combobox', { name: 'Group by' }).selectOption('theme-place')
  const markdown = await saveExport(page, 'Markdown (.md)')
  const headings = markdown.split('\n').filter((l) => /^#{2,3} /.test(l))
  expect(headings[0]).toBe('## 公共安全 › 食品药品安全 (Public safety › Food and drug safety)')
  expect(headings).toContain('### 戊市 · 2024 · report')
  expect(headings.filter((h) => h.startsWith('### '))).toHaveLength(documents.size)
})
