// Export end to end in the web build: passages annotated in the reader and exported as Markdown by
// theme (the download read back with a CommonMark parser); annotations on two sample reports,
// Markdown and CSV captured as browser downloads, and the W3C JSON-LD export imported into a fresh profile.
import { expect, test, type Page } from '@playwright/test'
import MarkdownIt from 'markdown-it'
import { readFileSync } from 'node:fs'
import { describeSelection, hashText, type Annotation } from '../../src/core/anchoring'
import { defaultExportOptions, toJsonLd } from '../../src/core/export'
import { builtinCodebook } from '../../src/core/themes'
import { importThroughChooser, libraryDocs, openSeededLibrary, selectInColumn, tickRows, writeTempFiles, type LibraryDoc } from './helpers'

/** A run of Chinese characters (no punctuation, so it reads the same escaped or not) around `keyword`. */
function quoteAround(text: string, keyword: string): { start: number; end: number } | undefined {
  const at = text.indexOf(keyword)
  if (at < 0) return undefined
  let start = at
  let end = at + keyword.length
  const han = /\p{Script=Han}/u
  while (start > 0 && at - start < 8 && han.test(text[start - 1])) start--
  while (end < text.length && end - at < 14 && han.test(text[end])) end++
  return { start, end }
}

/** Three annotations on two reports: two on public safety, one on ecology (with a tag and a note). */
function sampleAnnotations(docs: LibraryDoc[]): Annotation[] {
  const wanted: { keyword: string; theme: string }[] = [
    { keyword: '安全', theme: 'safety' },
    { keyword: '生态', theme: 'ecology' },
  ]
  const out: Annotation[] = []
  for (const doc of [...docs].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    for (const { keyword, theme } of wanted) {
      const span = quoteAround(doc.text, keyword)
      if (!span || out.some((a) => a.documentId === doc.id && a.themes.includes(theme))) continue
      const { quote, position } = describeSelection(doc.text, span.start, span.end)
      const n = out.length + 1
      out.push({
        id: `e2e-${n}`,
        documentId: doc.id,
        textHash: hashText(doc.text),
        quote,
        position,
        color: 'yellow',
        themes: [theme],
        tags: theme === 'ecology' ? ['绿色'] : [],
        note: theme === 'ecology' ? '生态**重点**' : '',
        created: `2026-11-2${n}T08:00:00.000Z`,
        updated: `2026-11-2${n}T08:00:00.000Z`,
        anchorStatus: 'exact',
      })
    }
    if (out.length >= 3 && new Set(out.map((a) => a.documentId)).size >= 2) break
  }
  return out.slice(0, 3)
}

async function importAnnotations(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import annotations…' }).click()
  await (await chooser).setFiles(path)
}

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: 'Everything' }).check()
  return dialog
}

/** Saves the current export and returns the downloaded file's name and bytes. */
async function saveDownload(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download')
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Save…' }).click()
  const file = await download
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
}

test('exports Markdown by theme and CSV as downloads, and the JSON-LD re-imports into a fresh profile', async ({ page, browser }) => {
  await openSeededLibrary(page)
  const docs = await libraryDocs(page)
  const annotations = sampleAnnotations(docs)
  expect(annotations).toHaveLength(3)
  // Annotations arrive through "Import annotations…" (a W3C file written by the core, as another tool would).
  const seedJson = toJsonLd({ documents: docs, annotations, codebook: builtinCodebook() }, defaultExportOptions(new Date(), 'e2e'))
  await importAnnotations(page, writeTempFiles({ 'seed-annotations.jsonld': seedJson })[0])
  await expect(page.getByTestId('toast').filter({ hasText: 'Annotations imported: 3 added' })).toBeVisible()

  const dialog = await openExportDialog(page)
  await expect(dialog.getByTestId('export-count')).toHaveText('3 annotation(s) from 2 document(s)')
  await dialog.getByRole('radio', { name: 'Markdown (.md)' }).check()
  await dialog.getByLabel('Group by').selectOption({ label: 'Theme, then place' })
  const preview = dialog.getByTestId('export-preview-text')
  await expect(preview).toContainText('## 公共安全 (Public safety)')
  await expect(preview).toContainText(annotations[0].quote.exact)

  const md = await saveDownload(page)
  expect(md.name).toMatch(/^Bidu-notes-\d{4}-\d{2}-\d{2}\.md$/)
  const markdown = md.bytes.toString('utf8')
  for (const a of annotations) expect(markdown).toContain(`> ${a.quote.exact}`)
  expect(markdown).toContain('#theme/safety')
  expect(markdown).toContain('#theme/ecology')
  expect(markdown).toContain('#tag/绿色')
  expect(markdown.indexOf('## 公共安全 (Public safety)')).toBeLessThan(markdown.indexOf('## 生态环境 (Ecology and environment)'))
  expect(markdown).not.toMatch(/<[a-z]/i)

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await dialog.getByRole('button', { name: 'Copy Markdown' }).click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Markdown copied to the clipboard.' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  for (const a of annotations) expect(copied).toContain(`> ${a.quote.exact}`)

  await dialog.getByRole('radio', { name: 'CSV for Excel (.csv)' }).check()
  await expect(preview).toContainText('document')
  const csv = await saveDownload(page)
  expect(csv.name).toMatch(/\.csv$/)
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  for (const a of annotations) expect(csv.bytes.toString('utf8')).toContain(a.quote.exact)

  await dialog.getByRole('radio', { name: 'W3C Web Annotation (.jsonld)' }).check()
  const jsonld = await saveDownload(page)
  expect(jsonld.name).toMatch(/\.jsonld$/)
  expect(JSON.parse(jsonld.bytes.toString('utf8')).items).toHaveLength(3)

  await dialog.getByRole('radio', { name: 'REFI-QDA project (.qdpx)' }).check()
  await expect(dialog.getByTestId('export-preview')).toContainText('2 source(s)')
  await expect(dialog.getByTestId('export-preview')).toContainText('3 coded selection(s)')

  // A fresh profile: the same sample reports under new ids, so sources are matched by file name.
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await openSeededLibrary(other)
  await importAnnotations(other, writeTempFiles({ [jsonld.name]: jsonld.bytes })[0])
  await expect(
    other.getByTestId('toast').filter({ hasText: 'Annotations imported: 3 added, 0 updated, 0 unchanged, 0 need attention.' }),
  ).toBeVisible()
  const again = await openExportDialog(other)
  await expect(again.getByTestId('export-count')).toHaveText('3 annotation(s) from 2 document(s)')
  await again.getByRole('radio', { name: 'Markdown (.md)' }).check()
  for (const a of annotations) await expect(again.getByTestId('export-preview-text')).toContainText(a.quote.exact)
  await fresh.close()
})

// Two reports with passages a naive Markdown writer breaks: emphasis, a #tag, an HTML tag, a list start.
const SAFETY_QUOTE = '严格落实*安全生产*责任制，#重点 整治<b>隐患</b>'
const ECOLOGY_QUOTE = '1. 持续打好蓝天_碧水_净土保卫战'
const REPORT_A = [
  '丙市2024年政府工作报告',
  '一、安全发展',
  `${SAFETY_QUOTE}，守牢安全底线。`,
  '二、绿色发展',
  '推进生态文明建设，改善环境质量。',
].join('\n\n')
const REPORT_B = ['丁县2024年政府工作报告', '一、生态环境', `${ECOLOGY_QUOTE}，守护绿水青山。`, '二、民生', '办好民生实事。'].join('\n\n')
const NOTE = '对照**丙市**：\n---\n```\n<div>代码</div>\n```'

/** The text of every top-level blockquote that is not a note callout, parsed as CommonMark. */
function quotesOf(markdown: string): string[] {
  const tokens = new MarkdownIt().parse(markdown.slice(markdown.indexOf('\n---\n') + 5), {})
  const out: string[] = []
  let depth = 0
  let current: string[] | undefined
  for (const t of tokens) {
    if (t.type === 'blockquote_open' && depth++ === 0) current = []
    else if (t.type === 'blockquote_close' && --depth === 0 && current) {
      if (!current.join('').startsWith('[!note]')) out.push(current.join('\n\n'))
      current = undefined
    } else if (t.type === 'inline' && current)
      current.push(
        (t.children ?? []).map((c) => (c.type === 'text' ? c.content : c.type.endsWith('break') ? '\n' : `<${c.type}>`)).join(''),
      )
  }
  return out
}

test('annotate in the reader, export the pane filter and Markdown by theme: the downloaded file holds the exact quotes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1500, height: 900 })
  await openSeededLibrary(page)
  await importThroughChooser(page, writeTempFiles({ 'bing-2024.txt': REPORT_A, 'ding-2024.txt': REPORT_B }))
  await page.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('searchbox').fill('2024年政府工作报告')
  await expect(page.getByTestId('library-row')).toHaveCount(2)
  await tickRows(page, [0, 1])
  await page.getByRole('button', { name: 'Open side by side (2)' }).click()
  const columns = page.getByTestId('reader-column')
  const colA = columns.filter({ hasText: '丙市' })
  const colB = columns.filter({ hasText: '丁县' })
  await expect(colA.locator('.doc-text p').first()).toBeVisible({ timeout: 20_000 })
  const editor = page.getByTestId('annotation-editor')

  // Select, "Theme…", tick the theme; the second one also gets a tag and a note with a rule and a fence.
  await selectInColumn(colA, SAFETY_QUOTE)
  await colA.getByRole('button', { name: 'Theme…' }).click()
  // the box follows the stored annotation, so it turns checked once the edit is saved
  await editor.getByRole('checkbox', { name: 'Public safety', exact: true }).click()
  await expect(editor.getByRole('checkbox', { name: 'Public safety', exact: true })).toBeChecked()
  await selectInColumn(colB, ECOLOGY_QUOTE)
  await colB.getByRole('button', { name: 'Theme…' }).click()
  // the box follows the stored annotation, so it turns checked once the edit is saved
  await editor.getByRole('checkbox', { name: 'Ecology and environment', exact: true }).click()
  await expect(editor.getByRole('checkbox', { name: 'Ecology and environment', exact: true })).toBeChecked()
  await editor.getByRole('combobox', { name: 'Tags', exact: true }).fill('蓝天 保卫战')
  await editor.getByRole('combobox', { name: 'Tags', exact: true }).press('Enter')
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill(NOTE)
  await editor.getByRole('button', { name: 'Save note' }).click()
  await expect(page.getByTestId('annotation-item')).toHaveCount(2)

  // The pane's filter is a scope of its own: Export… there covers what the list shows.
  const pane = page.getByTestId('annotation-pane')
  await pane.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Ecology and environment' })
  await expect(page.getByTestId('annotation-item')).toHaveCount(1)
  await pane.getByRole('button', { name: 'Export…' }).click()
  const filtered = page.getByTestId('export-dialog')
  await expect(filtered.getByRole('radio', { name: 'Annotation pane filter: Ecology and environment' })).toBeChecked()
  await expect(filtered.getByTestId('export-count')).toHaveText('1 annotation(s) from 1 document(s)')
  await filtered.getByRole('radio', { name: 'Markdown (.md)' }).check()
  await expect(filtered.getByTestId('export-preview-text')).toContainText('持续打好蓝天')
  await expect(filtered.getByTestId('export-preview-text')).not.toContainText('严格落实')
  await filtered.getByRole('button', { name: 'Close' }).click()

  await page.locator('.tabs').getByRole('button', { name: 'Library' }).click()
  const dialog = await openExportDialog(page)
  await expect(dialog.getByTestId('export-count')).toHaveText('2 annotation(s) from 2 document(s)')
  await dialog.getByRole('radio', { name: 'Markdown (.md)' }).check()
  await dialog.getByLabel('Group by').selectOption({ label: 'Theme, then place' })
  await expect(dialog.getByTestId('export-preview-text')).toContainText('## 公共安全 (Public safety)')
  const markdown = (await saveDownload(page)).bytes.toString('utf8')

  // Each quote reads back from its blockquote exactly, under its theme's heading, in the codebook's order.
  expect(quotesOf(markdown)).toEqual([SAFETY_QUOTE, ECOLOGY_QUOTE])
  const safety = markdown.indexOf('## 公共安全 (Public safety)')
  const ecology = markdown.indexOf('## 生态环境 (Ecology and environment)')
  expect(safety).toBeGreaterThan(0)
  expect(ecology).toBeGreaterThan(safety)
  expect(markdown.indexOf('严格落实')).toBeGreaterThan(safety)
  expect(markdown.indexOf('持续打好')).toBeGreaterThan(ecology)
  expect(markdown).toContain('#theme/ecology #tag/蓝天-保卫战')
  expect(markdown).toContain('> [!note]\n> 对照**丙市**：\n>\n> ---\n> ```\n> <div>代码</div>\n> ```')
  // no raw HTML outside the note's code block, whatever the quotes held
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {})
  expect(tokens.some((t) => t.type === 'html_block' || (t.children ?? []).some((c) => c.type === 'html_inline'))).toBe(false)
})

test('Markdown saved right after opening the export dialog contains the aligned passages', async ({ page }) => {
  await openSeededLibrary(page)
  const docs = await libraryDocs(page)
  const annotations = sampleAnnotations(docs)
  await importAnnotations(
    page,
    writeTempFiles({
      'seed.jsonld': toJsonLd({ documents: docs, annotations, codebook: builtinCodebook() }, defaultExportOptions(new Date(), 'e2e')),
    })[0],
  )
  await expect(page.getByTestId('toast').filter({ hasText: 'Annotations imported: 3 added' })).toBeVisible()

  // Markdown with aligned passages is the default; Save is pressed at once (it waits while aligning).
  await page.getByRole('button', { name: 'Export…' }).click()
  const md = (await saveDownload(page)).bytes.toString('utf8')
  expect(md).toContain('比读 Aligned passages:')
  for (const a of annotations) expect(md).toContain(`> ${a.quote.exact}`)
})
