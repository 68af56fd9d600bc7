// Bulk actions on a library selection: metadata set on every ticked document (empty fields kept) and
// undone in one step; the selection added to a new comparison set, which the compare views then use.
import { expect, test } from '@playwright/test'
import { openSeededLibrary, SEED_COUNT, tickRows } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

test('set metadata on a selection with undo, then add the selection to a new comparison set', async ({ page }) => {
  await openSeededLibrary(page)
  const rows = page.getByTestId('library-row')
  await expect(rows).toHaveCount(SEED_COUNT)
  // The library's size on disk is shown under the table.
  await expect(page.getByTestId('library-storage')).toHaveText(/^On disk: [\d.,]+ (B|KB|MB|GB) \([\d.,]+ (KB|MB|GB|TB) more available\)$/)
  // The year is the fifth cell of a row (after the tick, title, place and level).
  const yearsOf = () => rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[4]?.textContent ?? ''))
  const yearsBefore = await yearsOf()
  await tickRows(page, [0, 2, 4])
  await expect(page.getByTestId('selected-count')).toHaveText('3 selected')

  // Only the year is filled in: the three ticked documents get it, the others and other fields stay.
  await page.getByRole('button', { name: 'Set metadata…' }).click()
  const dialog = page.getByTestId('bulk-metadata-dialog')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Fill in at least one field.')
  await dialog.getByRole('textbox', { name: 'Year' }).fill('19')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('alert')).toContainText('A year from 1949 to 2100')
  await dialog.getByRole('textbox', { name: 'Year' }).fill('1999')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('toast')).toContainText('Metadata set on 3 document(s).')
  await expect.poll(async () => (await yearsOf()).filter((y) => y === '1999').length).toBe(3)
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
  await expect.poll(async () => [...(await yearsOf())].sort()).toEqual([...yearsBefore].sort())

  // The same selection becomes a comparison set; the compare views work on it.
  await page.getByRole('button', { name: 'Add to set…' }).click()
  const setDialog = page.getByTestId('add-to-set-dialog')
  await setDialog.getByRole('button', { name: 'Add' }).click()
  await expect(setDialog.getByRole('alert')).toHaveText('Give the set a name.')
  await setDialog.getByRole('textbox', { name: 'Name of the set' }).fill('three samples')
  await setDialog.getByRole('button', { name: 'Add' }).click()
  await expect(page.getByTestId('toast')).toContainText('“three samples” now holds 3 document(s)')
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Matrix', exact: true }).click()
  await expect(page.getByTestId('set-bar')).toContainText('Set: three samples')
  await expect(page.getByTestId('matrix-table').locator('thead th.matrix-doc')).toHaveCount(3, { timeout: 30_000 })
})
