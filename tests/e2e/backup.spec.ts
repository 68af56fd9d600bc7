// Backup and restore in the web build: a backup downloads one file; after deleting an annotation,
// restoring with "merge" brings it back; a file that is not a backup is refused with a message and
// the database is exactly as before (a full IndexedDB dump compared).
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { importThroughChooser, openSeededLibrary, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

/** Every record of every object store of the app's database, as sorted JSON strings. */
async function dumpDatabase(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        const open = indexedDB.open('bidu')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = Array.from(db.objectStoreNames)
          const tx = db.transaction(names, 'readonly')
          const out: Record<string, string[]> = {}
          for (const name of names) {
            const request = tx.objectStore(name).getAll()
            request.onsuccess = () => (out[name] = request.result.map((r) => JSON.stringify(r)).sort())
          }
          tx.oncomplete = () => {
            db.close()
            resolve(out)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

async function chooseFile(page: Page, button: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: button }).click()
  await (await chooser).setFiles([path])
}

test('backup, delete, restore by merging; an invalid file changes nothing', async ({ page }) => {
  await openSeededLibrary(page)
  await page.getByTestId('library-row').first().locator('.doc-title').click()
  const column = page.getByTestId('reader-column')
  await expect(column.locator('.doc-text p').first()).toBeVisible({ timeout: 20_000 })

  // Highlight the first ten characters of the first long paragraph, with a note.
  const quote = await column.locator('.column-text').evaluate((root) => {
    const p = Array.from(root.querySelectorAll('p[data-start]')).find((el) => (el.textContent ?? '').length > 20)!
    const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text
    const range = document.createRange()
    range.setStart(node, 0)
    range.setEnd(node, Math.min(10, node.data.length))
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
    return range.toString()
  })
  await expect(column.getByTestId('selection-toolbar')).toBeVisible()
  await page.keyboard.press('n')
  const note = page.getByTestId('annotation-editor').getByRole('textbox', { name: 'Note (Markdown)' })
  await expect(note).toBeFocused()
  await page.keyboard.type('备份前的笔记')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('annotation-editor').locator('.note-markdown')).toHaveText('备份前的笔记')
  await expect(page.getByTestId('annotation-item')).toHaveCount(1)

  // Back up: one JSON file with the documents and the annotation.
  await page.locator('.tabs').getByRole('button', { name: 'Library' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Back up…' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^bidu-backup-\d{4}-\d{2}-\d{2}\.json$/)
  const [backupPath] = writeTempFiles({ 'backup.json': readFileSync(await file.path()) })
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'))
  expect(backup.format).toBe('bidu-backup')
  expect(backup.documents).toHaveLength(5)
  expect(backup.annotations).toHaveLength(1)
  expect(backup.annotations[0].quote.exact).toBe(quote)

  // Delete the annotation, then restore by merging: it comes back with its note.
  await page.locator('.tabs').getByRole('button', { name: 'Annotations' }).click()
  // The annotation just written is still the open one.
  await expect(page.getByTestId('annotation-editor')).toBeVisible()
  await page.getByRole('button', { name: 'Delete annotation' }).click()
  await expect(page.getByTestId('annotation-item')).toHaveCount(0)
  await page.locator('.tabs').getByRole('button', { name: 'Library' }).click()
  await chooseFile(page, 'Restore…', backupPath)
  const dialog = page.getByTestId('restore-dialog')
  await expect(dialog).toContainText('5 documents, 1 annotations')
  await expect(dialog.getByRole('button', { name: 'Replace the library' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Merge into library' }).click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Restored:' })).toContainText('1 annotations written')
  await page.locator('.tabs').getByRole('button', { name: 'Annotations' }).click()
  await expect(page.getByTestId('annotation-item')).toHaveCount(1)
  await expect(page.getByTestId('annotation-item')).toContainText('备份前的笔记')

  // Files that are not valid backups are refused with a message; the database is exactly as before.
  await page.locator('.tabs').getByRole('button', { name: 'Library' }).click()
  const truncated = readFileSync(backupPath, 'utf8').slice(0, 200)
  const broken = { ...backup, annotations: [{ ...backup.annotations[0], documentId: 'no-such-document' }] }
  const invalid = writeTempFiles({
    'garbage.json': 'not a backup at all',
    'truncated.json': truncated,
    'broken.json': JSON.stringify(broken),
  })
  for (const path of invalid) {
    const before = await dumpDatabase(page)
    await chooseFile(page, 'Restore…', path)
    await expect(page.getByTestId('toast').filter({ hasText: 'This file was not restored' }).last()).toBeVisible()
    await expect(page.getByTestId('restore-dialog')).toBeHidden()
    expect(await dumpDatabase(page)).toEqual(before)
  }
  await expect(page.getByTestId('toast').filter({ hasText: 'no-such-document' })).toBeVisible()
})

/** The ids of the documents stored in the app's database, sorted. */
async function storedDocumentIds(page: Page): Promise<string[]> {
  return ((await dumpDatabase(page)).documents ?? []).map((row) => JSON.parse(row).id as string).sort()
}

test("restoring a backup into a fresh profile gives exactly the backup's documents", async ({ page, browser }) => {
  // A library of the five samples and one imported report, backed up.
  await openSeededLibrary(page)
  await importThroughChooser(
    page,
    writeTempFiles({
      '测试区2024年政府工作报告.txt':
        '测试区2024年政府工作报告\n一、工作回顾\n推进基层治理现代化，完善网格化管理。\n二、工作安排\n加强生态环境保护。',
    }),
  )
  await expect(page.getByTestId('import-summary')).toHaveText('1 imported, 0 rejected.')
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(6)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Back up…' }).click()
  const [backupPath] = writeTempFiles({ 'backup.json': readFileSync(await (await download).path()) })
  const backupIds = (JSON.parse(readFileSync(backupPath, 'utf8')).documents as { id: string }[]).map((d) => d.id).sort()
  expect(backupIds).toHaveLength(6)

  // A fresh profile seeds its own copies of the samples; each way of restoring gives the backup's six.
  for (const mode of ['Merge into library', 'Replace the library']) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } })
    const fresh = await context.newPage()
    await openSeededLibrary(fresh)
    await chooseFile(fresh, 'Restore…', backupPath)
    await fresh.getByTestId('restore-dialog').getByRole('button', { name: mode }).click()
    await expect(fresh.getByTestId('toast').filter({ hasText: 'Restored:' })).toBeVisible()
    await expect(fresh.getByTestId('library-row')).toHaveCount(6)
    expect(await storedDocumentIds(fresh)).toEqual(backupIds)
    await context.close()
  }
})
