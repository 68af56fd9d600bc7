// Re-attaching an orphan by hand: a document replaced by an edited copy orphans a highlight; from
// "needs attention" (the Annotations view, then the reader's pane) the user chooses Re-attach…,
// selects the new passage and attaches it; undo and redo; after a reload it is drawn at the new place
// with its note.
import { expect, test, type Page } from '@playwright/test'
import { importThroughChooser, openSeededLibrary, selectInColumn, tickRows, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1500, height: 900 } })

const OLD_PASSAGE = '空气质量优良天数比例达到95%'
const NEW_PASSAGE = '全年空气优良天数占比提升至96.2%'
const DOC = [
  '丙区2024年政府工作报告',
  '一、发展经济',
  '全年地区生产总值增长5.1%，推动制造业高质量发展。',
  '二、生态环境',
  `${OLD_PASSAGE}，地表水质量稳定向好。`,
  '三、今年的主要任务',
  '坚持稳中求进，确保完成全年目标任务。',
].join('\n\n')
const EDITED = DOC.replace(OLD_PASSAGE, NEW_PASSAGE)

/** The text drawn by the marks of the only annotation. */
async function markedText(page: Page): Promise<string> {
  const id = await page.getByTestId('annotation-item').first().getAttribute('data-annotation-id')
  return (await page.locator(`mark[data-annotation-ids~="${id}"]`).allTextContents()).join('')
}

test('an orphan re-attached by hand is drawn at the new passage, undoably, after a reload', async ({ page }) => {
  await openSeededLibrary(page)
  const [original, edited] = writeTempFiles({ 'bing-2024.txt': DOC, 'bing-2024-corrected.txt': EDITED })
  await importThroughChooser(page, [original])
  await page.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('searchbox').fill('丙区')
  await tickRows(page, [0])
  await page.getByRole('button', { name: 'Open side by side (1)' }).click()
  const column = page.getByTestId('reader-column')
  await expect(column.locator('.doc-text p').first()).toBeVisible({ timeout: 20_000 })

  // A highlight with a note, then the report replaced by a copy that rewords that sentence.
  await selectInColumn(column, OLD_PASSAGE)
  await page.keyboard.press('h')
  const editor = page.getByTestId('annotation-editor')
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('空气目标')
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).press('Control+Enter')
  await expect(editor.locator('.note-markdown')).toHaveText('空气目标')
  await page.locator('.tabs').getByRole('button', { name: 'Library' }).click()
  await page.getByRole('searchbox').fill('丙区')
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('library-row').first().getByRole('button', { name: 'Replace…' }).click()
  await (await chooser).setFiles([edited])
  await expect(page.getByTestId('toast').filter({ hasText: 'Annotations:' })).toContainText(
    '0 exactly in place, 0 re-anchored approximately, 1 need attention',
  )

  // From the Annotations view: Re-attach… opens the reader, which waits for a passage; Esc cancels.
  await page.locator('.tabs').getByRole('button', { name: 'Annotations' }).click()
  await page.getByTestId('needs-attention').getByRole('button', { name: 'Re-attach…' }).click()
  const banner = column.getByTestId('reattach-banner')
  await expect(banner).toBeVisible()
  await expect(banner.locator('.reattach-quote')).toHaveText(OLD_PASSAGE)
  await column.locator('.column-text').focus()
  await page.keyboard.press('Escape')
  await expect(banner).toHaveCount(0)

  // From the reader's pane: Re-attach…, select the new wording, Attach here.
  const attention = page.getByTestId('needs-attention')
  await attention.getByRole('button', { name: 'Re-attach…' }).click()
  await expect(banner).toBeVisible()
  await selectInColumn(column, NEW_PASSAGE, 'reattach-toolbar')
  // While waiting, H does not make a new highlight of the selection.
  await page.keyboard.press('h')
  await column.getByTestId('reattach-toolbar').getByRole('button', { name: 'Attach here' }).click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Annotation re-attached' })).toBeVisible()
  await expect(banner).toHaveCount(0)
  await expect(attention).toHaveCount(0)
  await expect(page.getByTestId('annotation-item')).toHaveCount(1)
  expect(await markedText(page)).toBe(NEW_PASSAGE)
  await expect(page.getByTestId('annotation-quote')).toHaveText(NEW_PASSAGE)

  // Undo puts the orphan back under "needs attention"; redo attaches it again.
  await page.locator('.reader .toolbar').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(attention).toContainText(OLD_PASSAGE)
  await expect(page.locator('mark.hl')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(attention).toHaveCount(0)
  expect(await markedText(page)).toBe(NEW_PASSAGE)

  // After a reload: drawn at the new place, exactly, with its note.
  await page.reload()
  await expect(page.getByTestId('annotation-item')).toHaveCount(1, { timeout: 20_000 })
  await expect(page.locator('mark.hl').first()).toBeVisible({ timeout: 20_000 })
  expect(await markedText(page)).toBe(NEW_PASSAGE)
  await expect(page.getByTestId('needs-attention')).toHaveCount(0)
  await expect(page.getByTestId('annotation-item').locator('.status')).toHaveCount(0)
  await expect(page.getByTestId('annotation-item').locator('.note-markdown')).toHaveText('空气目标')
})
