// Memos and outputs end to end in the web build: a document memo and a theme memo written in Notes
// survive a reload and are found there; Markdown and Word exports carry them (the .docx read back
// through mammoth); the .qdpx carries document variables, the coder's name, and one selection for two
// annotations on the same span and theme with both notes; coded segments are retrieved by theme and
// open in the reader, whose coding stripes mark them.
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { readFileSync } from 'node:fs'
import { describeSelection, hashText, type Annotation } from '../../src/core/anchoring'
import { defaultExportOptions, toJsonLd } from '../../src/core/export'
import { builtinCodebook } from '../../src/core/themes'
import { libraryDocs, openSeededLibrary, writeTempFiles, type LibraryDoc } from './helpers'

const DOC_MEMO = '这份报告由区政府办公室起草，是网格化改革的起点。'
const THEME_MEMO = '各地的**基层治理**：网格、枫桥经验、议事会。'
const FIRST_NOTE = '第一条批注：网格'
const SECOND_NOTE = '第二条批注：同一处的另一个想法'

/** Two annotations on the same span with the same theme (and different notes), imported as W3C JSON-LD. */
async function importTwins(page: Page, doc: LibraryDoc): Promise<string> {
  const at = doc.text.indexOf('网格')
  expect(at).toBeGreaterThan(0)
  const { quote, position } = describeSelection(doc.text, at, at + 6)
  const base = {
    documentId: doc.id,
    textHash: hashText(doc.text),
    quote,
    position,
    color: 'yellow' as const,
    themes: ['governance'],
    tags: [],
    anchorStatus: 'exact' as const,
  }
  const annotations: Annotation[] = [
    { ...base, id: 'twin-1', note: FIRST_NOTE, created: '2026-11-20T08:00:00.000Z', updated: '2026-11-20T08:00:00.000Z' },
    { ...base, id: 'twin-2', note: SECOND_NOTE, created: '2026-11-21T08:00:00.000Z', updated: '2026-11-21T08:00:00.000Z' },
  ]
  const json = toJsonLd(
    {
      documents: [{ id: doc.id, fileName: doc.fileName, text: doc.text, metadata: doc.metadata }],
      annotations,
      codebook: builtinCodebook(),
    },
    defaultExportOptions(new Date(), 'e2e'),
  )
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import annotations…' }).click()
  await (await chooser).setFiles(writeTempFiles({ 'twins.jsonld': json })[0])
  await expect(page.getByTestId('toast').filter({ hasText: 'Annotations imported: 2 added' })).toBeVisible()
  return quote.exact
}

async function writeMemo(page: Page, kind: string, target: string, text: string): Promise<void> {
  const picker = page.getByRole('group', { name: 'Write a memo' })
  await picker.getByRole('combobox', { name: 'Memo on' }).selectOption({ label: kind })
  await picker.getByRole('combobox', { name: 'Memo target' }).selectOption({ label: target })
  await picker.getByRole('button', { name: 'Write a memo' }).click()
  const editor = page.getByTestId('memo-editor')
  await editor.getByRole('textbox', { name: 'Memo text (Markdown)' }).fill(text)
  await editor.getByRole('button', { name: 'Done' }).click()
  await expect(editor).toHaveCount(0)
}

async function saveAs(page: Page, format: string): Promise<Buffer> {
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByRole('radio', { name: format }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Save…' }).click()
  return readFileSync(await (await download).path())
}

test('memos are written, kept over a reload, found in Notes, and reach Markdown, Word and REFI-QDA', async ({ page }) => {
  await openSeededLibrary(page)
  const docs = (await libraryDocs(page)).filter((d) => d.text.includes('网格')).sort((a, b) => a.fileName.localeCompare(b.fileName))
  const doc = docs[0]
  if (!doc) throw new Error('no sample report mentions 网格')
  await page.locator('.tabs').getByRole('button', { name: 'Annotations' }).click()
  const twinQuote = await importTwins(page, doc)

  // The document's one label, as the annotation list shows it: place · year (· type), never the title.
  const docLabel = await page.getByTestId('annotation-document').first().innerText()
  expect(docLabel.startsWith(`${doc.metadata.place} · ${doc.metadata.year}`)).toBe(true)
  expect(docLabel).not.toContain(doc.metadata.title)
  await page.locator('.tabs').getByRole('button', { name: 'Notes' }).click()
  await writeMemo(page, 'Document memo', docLabel, DOC_MEMO)
  await writeMemo(page, 'Theme memo', 'Grassroots and social governance', THEME_MEMO)

  await page.reload()
  await page.locator('.tabs').getByRole('button', { name: 'Notes' }).click()
  const list = page.getByTestId('notes-list')
  await expect(list.locator('[data-kind="document"]')).toContainText(DOC_MEMO)
  await expect(list.locator('[data-kind="document"] .note-entry-title')).toHaveText(docLabel)
  await expect(list.locator('[data-kind="passage"] .note-entry-title').first()).toHaveText(docLabel)
  await expect(list.locator('[data-kind="passage"] .note-entry-title').first()).toHaveAttribute(
    'title',
    new RegExp(`^${doc.metadata.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  )
  await expect(list.locator('[data-kind="theme"]')).toContainText('各地的基层治理')
  await expect(list.locator('[data-kind="passage"]')).toHaveCount(2)
  // The search and the kind filter find memos as they find passage notes.
  await page.getByRole('searchbox', { name: 'Search memos, quotes, notes and tags' }).fill('起草')
  await expect(list.getByTestId('note-entry')).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Search memos, quotes, notes and tags' }).fill('')
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Theme memo' })
  await expect(list.getByTestId('note-entry')).toHaveCount(1)
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'All kinds' })

  await page.getByRole('button', { name: 'Export…' }).click()
  await page.getByTestId('export-dialog').getByRole('radio', { name: 'Everything' }).check()
  const md = (await saveAs(page, 'Markdown (.md)')).toString('utf8')
  expect(md).toContain('## 备忘录 Memos')
  expect(md).toContain(`> ${DOC_MEMO}`)
  expect(md).toContain('### 主题备忘录 Theme memo: 基层治理 (Grassroots and social governance)')

  const docx = await saveAs(page, 'Word document (.docx)')
  const html = (await mammoth.convertToHtml({ buffer: docx }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] })).value
  expect(html).toContain(DOC_MEMO)
  expect(html).toContain('各地的**基层治理**：网格、枫桥经验、议事会。')
  expect(html).toContain(`<blockquote><p>${twinQuote}</p></blockquote>`)

  const dialog = page.getByTestId('export-dialog')
  await dialog.getByRole('radio', { name: 'REFI-QDA project (.qdpx)' }).check()
  await dialog.getByRole('textbox', { name: "Coder's name" }).fill('李研究员')
  const qde = strFromU8(unzipSync(await saveAs(page, 'REFI-QDA project (.qdpx)'))['project.qde'])
  expect(qde).toContain('<User guid="')
  expect(qde).toContain('name="李研究员"')
  for (const name of ['place', 'year', 'level', 'type']) expect(qde).toContain(`name="${name}" typeOfVariable=`)
  expect(qde).toContain(`<TextValue>${doc.metadata.place}</TextValue>`)
  const selections = [...qde.matchAll(/<PlainTextSelection [^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/PlainTextSelection>/g)].filter(
    (m) => m[1] === twinQuote,
  )
  expect(selections).toHaveLength(1)
  expect(selections[0]?.[2]).toContain(`${FIRST_NOTE}\n\n${SECOND_NOTE}`)
  expect(selections[0]?.[2].match(/<CodeRef /g)).toHaveLength(1)
  expect(qde).toContain(`<Description>${THEME_MEMO}</Description>`)
  await dialog.getByRole('button', { name: 'Close' }).click()

  await page.locator('.tabs').getByRole('button', { name: 'Coded segments' }).click()
  await page.getByRole('checkbox', { name: 'Grassroots and social governance' }).check()
  await expect(page.getByTestId('segments-summary')).toHaveText('2 segment(s) in 1 document(s)')
  await expect(page.getByTestId('segment-group').locator('.segment-doc')).toHaveText(`${docLabel} (2)`)
  await expect(page.getByTestId('segment').first()).toContainText(FIRST_NOTE)

  // A comparison set without the coded document becomes current; the segments follow it, and the
  // whole library can still be chosen.
  const other = docs[1]
  if (!other) throw new Error('a second sample report mentions 网格')
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Theme lanes', exact: true }).click()
  await page.getByRole('button', { name: 'Change set…' }).click()
  const chooser = page.getByTestId('set-dialog')
  await chooser.getByRole('radio', { name: 'Some documents' }).check()
  await chooser.getByRole('checkbox', { name: `${other.metadata.place} · ${other.metadata.year}`, exact: false }).check()
  await chooser.getByRole('textbox', { name: 'Name of the set' }).fill('one other report')
  await chooser.getByRole('button', { name: 'Save and compare' }).click()
  await page.locator('.tabs').getByRole('button', { name: 'Notes' }).click()
  await page.locator('.tabs').getByRole('button', { name: 'Coded segments' }).click()
  await page.getByRole('checkbox', { name: 'Grassroots and social governance' }).check()
  await expect(page.getByRole('combobox', { name: 'In' })).toHaveValue(/.+/)
  await expect(page.getByText('No coded segment matches.')).toBeVisible()
  await page.getByRole('combobox', { name: 'In' }).selectOption({ label: 'the whole library' })
  await expect(page.getByTestId('segments-summary')).toHaveText('2 segment(s) in 1 document(s)')

  // Coding stripes: one per theme beside each annotated range; hover names theme and note; click selects.
  await page.getByTestId('segment').first().getByRole('button', { name: 'Show in the reader' }).click()
  await page.getByRole('checkbox', { name: 'Coding stripes' }).check()
  const stripes = page.getByTestId('coding-stripes').getByRole('button', { name: 'Grassroots and social governance' })
  await expect(stripes).toHaveCount(2)
  await expect(stripes.first()).toHaveAttribute('title', `Grassroots and social governance\n${FIRST_NOTE}`)
  const pane = page.getByTestId('annotation-pane')
  if (!(await pane.isVisible())) await page.locator('.reader > .toolbar').getByRole('button', { name: 'Annotations', exact: true }).click()
  await stripes.nth(1).click()
  await expect(pane.locator('.annotation-summary[aria-expanded="true"]')).toHaveCount(1)
  await expect(pane.locator('.annotation-item.selected')).toContainText(twinQuote)
})
