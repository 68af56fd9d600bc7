// Reading details in the web build: selection → text offsets, sync by section, the language switch,
// reviewing and undoing cleaning, and a PDF through pdf.js in the browser.
import { expect, test, type Locator } from '@playwright/test'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { readFileSync } from 'node:fs'
import catalog from '../../seeds/catalog.json'
import { layOutText } from '../../src/core/import/clean-text'
import { importThroughChooser, openSeededLibrary, tickRows, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

test('a selection maps to the offsets of the document text', async ({ page }) => {
  await openSeededLibrary(page)
  await page.getByTestId('library-row').filter({ hasText: catalog.documents[1].title }).locator('.doc-title').click()
  const column = page.getByTestId('reader-column')
  await expect(column.locator('.doc-text p').nth(5)).toBeVisible({ timeout: 20_000 })
  // Select inside the last text node of a paragraph (after any heading wrapper), then across two paragraphs.
  const picked = await column.locator('.doc-text').evaluate((root) => {
    const paragraphs = Array.from(root.querySelectorAll<HTMLElement>('p[data-start]')).filter(
      (p) => (p.lastChild?.textContent?.length ?? 0) > 12,
    )
    const p = paragraphs[Math.min(3, paragraphs.length - 1)]
    const node = p.lastChild as Text
    const before = (p.textContent ?? '').length - node.data.length
    const range = document.createRange()
    range.setStart(node, 2)
    range.setEnd(node, 10)
    document.getSelection()?.removeAllRanges()
    document.getSelection()?.addRange(range)
    return { start: Number(p.dataset.start) + before + 2, end: Number(p.dataset.start) + before + 10 }
  })
  await expect(column.getByTestId('column-status')).toHaveText(`Selected characters ${picked.start}–${picked.end} (8)`)

  const across = await column.locator('.doc-text').evaluate((root) => {
    const [p1, p2] = Array.from(root.querySelectorAll<HTMLElement>('p[data-start]')).slice(1, 3)
    const first = p1.firstChild as Text
    const last = p2.firstChild as Text
    const range = document.createRange()
    range.setStart(first.nodeType === Node.TEXT_NODE ? first : (first.firstChild as Text), 1)
    range.setEnd(last.nodeType === Node.TEXT_NODE ? last : (last.firstChild as Text), 1)
    document.getSelection()?.removeAllRanges()
    document.getSelection()?.addRange(range)
    return { start: Number(p1.dataset.start) + 1, end: Number(p2.dataset.start) + 1 }
  })
  await expect(column.getByTestId('column-status')).toHaveText(
    `Selected characters ${across.start}–${across.end} (${across.end - across.start})`,
  )
})

test('a whole selected paragraph maps to its span', async ({ page }) => {
  await openSeededLibrary(page)
  await page.getByTestId('library-row').filter({ hasText: catalog.documents[3].title }).locator('.doc-title').click()
  const column = page.getByTestId('reader-column')
  await expect(column.locator('.doc-text p').nth(3)).toBeVisible({ timeout: 20_000 })
  const span = await column.locator('.doc-text').evaluate((root) => {
    const p = root.querySelectorAll<HTMLElement>('p[data-start]')[2]
    const range = document.createRange()
    range.selectNode(p)
    document.getSelection()?.removeAllRanges()
    document.getSelection()?.addRange(range)
    return { start: Number(p.dataset.start), end: Number(p.dataset.end) }
  })
  await expect(column.getByTestId('column-status')).toHaveText(`Selected characters ${span.start}–${span.end} (${span.end - span.start})`)
})

test('sync by same heading number (off by default) scrolls the other columns to the section numbered alike', async ({ page }) => {
  await openSeededLibrary(page)
  // The Yantian action plan (（一）…（七）) and the Huangpu report ((四)…(六)) share section labels.
  for (const entry of [catalog.documents[1], catalog.documents[4]]) {
    await page.getByTestId('library-row').filter({ hasText: entry.title }).getByRole('checkbox').check()
  }
  await page.getByRole('button', { name: 'Open side by side (2)' }).click()
  const columns = page.getByTestId('reader-column')
  for (const i of [0, 1]) await expect(columns.nth(i).locator('.outline-item').first()).toBeVisible({ timeout: 20_000 })
  await expect(page.getByTestId('reader-sync')).toHaveValue('off')
  await page.getByTestId('reader-sync').selectOption({ label: 'Same heading number' })
  const labels = (i: number) =>
    columns
      .nth(i)
      .locator('.outline-item')
      .evaluateAll((items) =>
        items.map((item) => (item.querySelector('.outline-label')?.textContent ?? '').replace(/（/g, '(').replace(/）/g, ')')),
      )
  const [left, right] = [await labels(0), await labels(1)]
  const shared = left.findIndex((label, i) => i > 0 && label !== '' && right.includes(label))
  expect(shared).toBeGreaterThan(0)
  await columns.nth(0).locator('.outline-item').nth(shared).click()
  const current = columns.nth(1).locator('.outline-item[aria-current="location"]')
  await expect(current).toHaveCount(1)
  await expect(current.locator('.outline-label')).toHaveText(/.+/)
  const theirs = (await current.locator('.outline-label').innerText()).replace(/（/g, '(').replace(/）/g, ')')
  const titleOf = async (item: Locator) => ((await item.getAttribute('title')) ?? '').replace(/^[（(]?[^）)、.]*[）)、.]/, '')
  const sameTitle = (await titleOf(current)) === (await titleOf(columns.nth(0).locator('.outline-item').nth(shared)))
  expect(theirs === left[shared] || sameTitle).toBe(true)
  await expect
    .poll(() =>
      columns
        .nth(1)
        .locator('.column-text')
        .evaluate((el) => el.scrollTop),
    )
    .toBeGreaterThan(0)
})

test('the interface switches to Chinese and remembers it', async ({ page }) => {
  await openSeededLibrary(page)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh')
  await expect(page.getByRole('button', { name: '文库' })).toBeVisible()
  await expect(page.getByRole('button', { name: '导入文件…' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: '阅读' })).toBeVisible()
  await expect(page.getByTestId('library-table')).toContainText('政府工作报告')
})

test('shows what cleaning removed, restores it, and undoes the restore', async ({ page }) => {
  await openSeededLibrary(page)
  const row = page.getByTestId('library-row').filter({ hasText: catalog.documents[2].title })
  const lengthCell = row.locator('td.numeric').last()
  const before = await lengthCell.innerText()
  await row.getByRole('button', { name: 'Cleaning' }).click()
  const dialog = page.getByTestId('cleaning-dialog')
  await expect(dialog.locator('mark.removed').first()).toBeVisible()
  await expect(dialog).toContainText('留言与评论')
  await dialog.getByRole('button', { name: 'Restore removed text' }).click()
  await expect(dialog.getByRole('button', { name: 'Restore removed text' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Close' }).click()
  // The restored text is the raw text laid out like cleaned text: one paragraph a line, no indentation.
  const raw = readFileSync(`seeds/${catalog.documents[2].file}`, 'utf8').replace(/\r\n?/g, '\n')
  await expect(lengthCell).toHaveText(layOutText(raw).length.toLocaleString('en'))
  expect(layOutText(raw).length).not.toBe(raw.length)
  await page.getByTestId('toast').filter({ hasText: 'removed text is back' }).getByRole('button', { name: 'Undo' }).click()
  await expect(lengthCell).toHaveText(before)
})

test('imports a PDF through pdf.js in the browser', async ({ page }) => {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const lines of [
    ['River Town Work Report 2022', 'I. Review of the past year', 'Grid governance covered every village.'],
    ['II. Tasks for this year', 'Reduce emissions and improve air quality.'],
  ]) {
    const pdfPage = pdf.addPage([595, 842])
    lines.forEach((line, i) => pdfPage.drawText(line, { x: 72, y: 760 - i * 24, size: 14, font }))
  }
  const [path] = writeTempFiles({ 'river-town.pdf': await pdf.save() })
  await openSeededLibrary(page)
  await importThroughChooser(page, [path])
  await expect(page.getByTestId('import-summary')).toHaveText('1 imported, 0 rejected.')
  await page.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('searchbox').fill('river-town')
  await page.getByTestId('library-row').locator('.doc-title').click()
  await expect(page.getByTestId('reader-column').locator('.doc-text')).toContainText('Grid governance covered every village.')
})

test('opens up to four columns and adds one from the reader toolbar', async ({ page }) => {
  await openSeededLibrary(page)
  await tickRows(page, [0, 1])
  await page.getByRole('button', { name: 'Open side by side (2)' }).click()
  const add = page.getByRole('combobox', { name: 'Add column' })
  await add.selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Add column' }).click()
  await add.selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Add column' }).click()
  await expect(page.getByTestId('reader-column')).toHaveCount(4)
  await expect(add).toBeDisabled()
})
