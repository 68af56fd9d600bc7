// The library in the web build: first-run samples, import (GBK text, HTML, a binary file), delete + undo, metadata.
import { expect, test } from '@playwright/test'
import iconv from 'iconv-lite'
import catalog from '../../seeds/catalog.json'
import { makeDocxFromParagraphs } from '../fixtures/import/make-docx'
import { layoutParagraphs, makePdf } from '../fixtures/import/make-pdf'
import { importThroughChooser, openSeededLibrary, SEED_COUNT, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

const GBK_PHRASE = '坚持和发展新时代枫桥经验，推进网格化基层治理'
const GBK_TEXT = `青山县2022年政府工作报告\n\n一、过去一年的工作\n\n${GBK_PHRASE}，群众满意度持续提升。全年新增就业岗位一万二千个。\n\n二、今年的主要任务\n\n（一）加强生态环境保护。推进污水处理设施建设，空气质量优良天数比例达到90%。\n`
const HTML_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>绿水市2021年政府工作报告</title>
<script>var tracker = 1</script><style>body{color:red}</style></head><body>
<nav><a href="/">首页</a> | <a href="/map">网站地图</a></nav>
<article><h1>绿水市2021年政府工作报告</h1>
<p>一、2020年工作回顾</p><p>全面推行河湖长制，城乡环境明显改善，森林覆盖率达到百分之六十。</p>
<p>二、2021年工作安排</p><p>深化平安绿水建设，扎实做好安全生产和应急管理工作。</p></article>
<footer>版权所有 绿水市人民政府</footer></body></html>`

test('first run shows the five sample reports', async ({ page }) => {
  await openSeededLibrary(page)
  const table = page.getByTestId('library-table')
  for (const entry of catalog.documents) await expect(table).toContainText(entry.title)
  await expect(page.getByText(`${SEED_COUNT} of ${SEED_COUNT} documents`)).toBeVisible()
})

test('imports a GBK text file and an HTML page through the file input', async ({ page }) => {
  await openSeededLibrary(page)
  const paths = writeTempFiles({ 'gbk-report.txt': iconv.encode(GBK_TEXT, 'gbk'), 'green-city.html': HTML_PAGE })
  await importThroughChooser(page, paths)
  await expect(page.getByTestId('import-summary')).toHaveText('2 imported, 0 rejected.')
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT + 2)

  // The GBK file decodes to the right characters (no mojibake) and opens in the reader.
  await page.getByRole('searchbox').fill('gbk-report')
  await expect(page.getByTestId('library-row')).toHaveCount(1)
  await page.getByTestId('library-row').locator('.doc-title').click()
  const column = page.getByTestId('reader-column')
  await expect(column).toHaveCount(1)
  await expect(column.locator('.doc-text')).toContainText(GBK_PHRASE)

  // The HTML page keeps its text and drops script, style and navigation.
  await page.getByRole('button', { name: 'Library' }).click()
  await page.getByRole('searchbox').fill('green-city')
  await page.getByTestId('library-row').locator('.doc-title').click()
  const text = page.getByTestId('reader-column').locator('.doc-text')
  await expect(text).toContainText('全面推行河湖长制')
  await expect(text).not.toContainText('tracker')
  await expect(text).not.toContainText('color:red')
})

test('imports a Word file and a Chinese PDF whose font needs a predefined CMap', async ({ page }) => {
  await openSeededLibrary(page)
  const pdfText = [
    '白沙县2023年政府工作报告',
    '一、过去一年工作回顾',
    '坚持安全发展理念，全面排查整治安全生产隐患，守牢安全底线，全县生产安全事故起数下降百分之十五。',
  ]
  const docxText = ['黑石镇2022年政府工作报告', '一、2021年工作回顾', '推进人居环境整治，建成污水处理站三座，村庄绿化覆盖率明显提升。']
  const paths = writeTempFiles({
    // STSong-Light with UniGB-UCS2-H and no ToUnicode: pdf.js reads it only with its CMap files.
    'baisha.pdf': makePdf(layoutParagraphs(pdfText), true, 'predefined-cmap'),
    'heishi.docx': makeDocxFromParagraphs(docxText),
  })
  await importThroughChooser(page, paths)
  await expect(page.getByTestId('import-summary')).toHaveText('2 imported, 0 rejected.')
  await page.getByRole('button', { name: 'Close' }).click()
  for (const [title, phrase] of [
    [pdfText[0], '守牢安全底线'],
    [docxText[0], '建成污水处理站三座'],
  ]) {
    await page.getByRole('button', { name: 'Library' }).click()
    await page.getByRole('searchbox').fill(title)
    await expect(page.getByTestId('library-row')).toHaveCount(1)
    await page.getByTestId('library-row').locator('.doc-title').click()
    await expect(page.getByTestId('reader-column').locator('.doc-text')).toContainText(phrase)
  }
})

test('a binary file is reported with its name and reason, and nothing is stored', async ({ page }) => {
  await openSeededLibrary(page)
  const binary = new Uint8Array(4096)
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256
  const [path] = writeTempFiles({ 'scan-0001.txt': binary })
  await importThroughChooser(page, [path])
  await expect(page.getByTestId('import-summary')).toHaveText('0 imported, 1 rejected.')
  const row = page.getByTestId('import-row')
  await expect(row).toContainText('scan-0001.txt')
  // The translated reason, without the importer's English message repeating it.
  await expect(row.locator('.import-status')).toHaveText('Not a text document (binary file)')
  await expect(row).toHaveClass(/import-rejected/)
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT)
})

test('deletes a document after confirmation and brings it back with Undo', async ({ page }) => {
  await openSeededLibrary(page)
  const title = catalog.documents[2].title
  await page.getByRole('button', { name: `Delete ${title}` }).click()
  const confirm = page.getByTestId('confirm-delete')
  await expect(confirm).toContainText(`Delete “${title}” from the library?`)
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT - 1)
  await expect(page.getByTestId('library-table')).not.toContainText(title)
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT)
  await expect(page.getByTestId('library-table')).toContainText(title)
})

test('a deletion can still be undone after a restart, from the trash', async ({ page }) => {
  await openSeededLibrary(page)
  const title = catalog.documents[1].title
  await page.getByRole('button', { name: `Delete ${title}` }).click()
  await page.getByTestId('confirm-delete').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT - 1)
  await page.reload()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT - 1)
  await page.getByRole('button', { name: 'Trash…' }).click()
  const trash = page.getByTestId('trash-dialog')
  await expect(trash.getByTestId('trash-row')).toContainText(title)
  await trash.getByRole('button', { name: 'Put back' }).click()
  await expect(trash.getByTestId('trash-row')).toHaveCount(0)
  await trash.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT)
  await expect(page.getByTestId('library-table')).toContainText(title)
})

test('deleted samples stay deleted after a reload until restored', async ({ page }) => {
  await openSeededLibrary(page)
  await page.getByRole('checkbox', { name: 'Select all' }).check()
  await page.getByRole('button', { name: 'Delete selected' }).click()
  await page.getByTestId('confirm-delete').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(0)
  await page.reload()
  await expect(page.getByText('The library is empty.', { exact: false })).toBeVisible()
  await page.getByRole('button', { name: 'Restore sample reports' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT, { timeout: 20_000 })
})

test('edits metadata with validation', async ({ page }) => {
  await openSeededLibrary(page)
  const title = catalog.documents[0].title
  await page.getByTestId('library-row').filter({ hasText: title }).getByRole('button', { name: 'Edit' }).click()
  const dialog = page.getByTestId('metadata-dialog')
  const year = dialog.getByLabel('Year')
  await year.fill('1800')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('alert')).toContainText('1949')
  await year.fill('2022')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('library-row').filter({ hasText: title })).toContainText('2022')
})

test('imports files dropped onto the window', async ({ page }) => {
  await openSeededLibrary(page)
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer()
    const text = '白云镇2023年政府工作报告\n\n一、过去一年\n\n推进美丽乡村建设，村容村貌明显改善。\n'
    transfer.items.add(new File([text], 'dropped-report.txt', { type: 'text/plain' }))
    return transfer
  })
  await page.dispatchEvent('body', 'dragenter', { dataTransfer })
  await page.dispatchEvent('body', 'dragover', { dataTransfer })
  await page.dispatchEvent('body', 'drop', { dataTransfer })
  await expect(page.getByTestId('import-summary')).toHaveText('1 imported, 0 rejected.', { timeout: 20_000 })
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT + 1)
})

test('a failure nobody awaited is reported to the user, not only to the console', async ({ page }) => {
  await openSeededLibrary(page)
  await page.evaluate(() => {
    void Promise.reject(new Error('the disk is full'))
  })
  await expect(page.getByTestId('toast').filter({ hasText: 'the disk is full' })).toBeVisible()
})
