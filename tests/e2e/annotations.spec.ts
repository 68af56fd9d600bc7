// Annotating end to end in the web build: highlight, tag and note passages in two documents; they
// survive a reload with the same text; delete → Ctrl+Z → Shift+Ctrl+Z; replacing a document with an
// edited copy re-anchors its annotations (exact, fuzzy, orphan) and lists the orphan under "needs
// attention".
import { expect, test, type Locator, type Page } from '@playwright/test'
import { importThroughChooser, openSeededLibrary, tickRows, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1500, height: 900 } })

const Q1 = '推动制造业高质量发展，建设现代化产业体系'
const Q2 = '城镇调查失业率控制在5.5%以内'
const Q3 = '空气质量优良天数比例达到95%'
const Q4 = '新建改建农村公路120公里'
const DOC_A = [
  '甲市2024年政府工作报告',
  '一、发展经济',
  `全年地区生产总值增长5.1%。${Q1}，培育新的增长点。`,
  '二、保障民生',
  `新增城镇就业1.2万人，${Q2}。${Q4}，城乡面貌持续改善。`,
  '三、生态环境',
  `${Q3}，地表水质量稳定向好。`,
  '四、今年的主要任务',
  '坚持稳中求进，扎实推进各项工作，确保完成全年目标任务。',
].join('\n\n')
const DOC_B = [
  '乙县2023年政府工作报告',
  '一、过去一年的工作',
  '全县粮食产量稳定在40万吨以上，农村居民人均可支配收入增长7%。',
  '二、今年的工作安排',
  '加快推进数字政府建设，政务服务事项全程网办率达到90%。',
].join('\n\n')
const Q5 = '政务服务事项全程网办率达到90%'

/** Selects `quote` inside `column`'s text (the first paragraph holding it, in its text nodes). */
async function selectQuote(column: Locator, quote: string): Promise<void> {
  await column.locator('.column-text').evaluate((root, q) => {
    const paragraphs = Array.from(root.querySelectorAll('p[data-start]'))
    const p = paragraphs.find((el) => el.textContent?.includes(q))
    if (!p) throw new Error(`no paragraph holds ${q}`)
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
    const at = (p.textContent ?? '').indexOf(q)
    const point = (offset: number) => {
      for (const node of nodes) {
        if (offset <= node.data.length) return { node, offset }
        offset -= node.data.length
      }
      throw new Error('offset past the paragraph')
    }
    const start = point(at)
    const end = point(at + q.length)
    const range = document.createRange()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    const selection = document.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    ;(root as HTMLElement).focus()
  }, quote)
  await expect(column.getByTestId('selection-toolbar')).toBeVisible()
}

/** The text of the marks of the annotation whose list item shows `quote`. */
async function markedText(page: Page, quote: string): Promise<string> {
  const id = await page.getByTestId('annotation-item').filter({ hasText: quote }).first().getAttribute('data-annotation-id')
  const marks = page.locator(`mark[data-annotation-ids~="${id}"]`)
  return (await marks.allTextContents()).join('')
}

async function openTwo(page: Page): Promise<void> {
  await openSeededLibrary(page)
  const [a, b] = writeTempFiles({ 'jia-2024.txt': DOC_A, 'yi-2023.txt': DOC_B })
  await importThroughChooser(page, [a, b])
  await page.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('searchbox').fill('2024年政府工作报告')
  await tickRows(page, [0])
  await page.getByRole('searchbox').fill('乙县')
  await tickRows(page, [0])
  await page.getByRole('button', { name: 'Open side by side (2)' }).click()
  await expect(page.getByTestId('reader-column')).toHaveCount(2)
}

test('annotate, reload, undo and redo, replace with an edited copy', async ({ page }) => {
  await openTwo(page)
  const columns = page.getByTestId('reader-column')
  const colA = columns.filter({ hasText: Q1 })
  const colB = columns.filter({ hasText: Q5 })
  await expect(colA.locator('.doc-text p').first()).toBeVisible({ timeout: 20_000 })
  const editor = page.getByTestId('annotation-editor')

  // 1. Toolbar: highlight in green and tag it, then write a note in the editor.
  await selectQuote(colA, Q1)
  await colA.getByRole('button', { name: 'Tag…' }).click()
  await expect(editor.getByRole('combobox', { name: 'Tags', exact: true })).toBeFocused()
  await page.keyboard.type('产业')
  await page.keyboard.press('Enter')
  await expect(editor.getByTestId('tag-chip')).toHaveText(['产业×'])
  await editor.getByRole('radio', { name: 'Green' }).click()
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('**重点** <script>alert(1)</script>')
  await editor.getByRole('button', { name: 'Save note' }).click()
  await expect(editor.locator('.note-markdown strong')).toHaveText('重点')
  await expect(editor.locator('.note-markdown script')).toHaveCount(0)

  // 2. Keyboard: H highlights in the last colour; then tag and note from the pane.
  await selectQuote(colA, Q2)
  await page.keyboard.press('h')
  await expect(page.locator('mark.hl-green')).toHaveCount(2)
  await editor.getByRole('combobox', { name: 'Tags', exact: true }).fill('就业')
  await editor.getByRole('combobox', { name: 'Tags', exact: true }).press('Enter')
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('就业目标')
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).press('Control+Enter')
  await expect(editor.locator('.note-markdown')).toHaveText('就业目标')

  // 3. N opens the note editor for a selection in the other document.
  await selectQuote(colB, Q5)
  await page.keyboard.press('n')
  await expect(editor.getByRole('textbox', { name: 'Note (Markdown)' })).toBeFocused()
  await page.keyboard.type('数字政府')
  await page.keyboard.press('Control+Enter')
  await editor.getByRole('combobox', { name: 'Tags', exact: true }).fill('数字化')
  await editor.getByRole('combobox', { name: 'Tags', exact: true }).press('Enter')
  await expect(page.getByTestId('annotation-item')).toHaveCount(3)

  // Hovering a highlight shows its note (rendered), its tags, and nothing once the pointer leaves.
  await page.locator('mark.hl').filter({ hasText: '政务服务' }).first().hover()
  await expect(page.getByTestId('highlight-card')).toContainText('数字政府')
  await expect(page.getByTestId('highlight-card')).toContainText('#数字化')
  await page.mouse.move(2, 2)
  await expect(page.getByTestId('highlight-card')).toHaveCount(0)

  // Reload: all three are there, drawn over the same text, with tags and notes.
  await page.reload()
  await expect(page.getByTestId('annotation-item')).toHaveCount(3, { timeout: 20_000 })
  await expect(page.locator('mark.hl').first()).toBeVisible({ timeout: 20_000 })
  for (const quote of [Q1, Q2, Q5]) expect(await markedText(page, quote)).toBe(quote)
  await expect(page.getByTestId('annotation-pane')).toContainText('产业')
  await expect(page.getByTestId('annotation-pane')).toContainText('就业目标')
  await expect(page.getByTestId('annotation-pane')).toContainText('数字政府')

  // Clicking a highlight opens it in the pane.
  await page.locator('mark.hl').filter({ hasText: '城镇调查' }).first().click()
  await expect(page.getByTestId('annotation-item').filter({ has: editor })).toContainText(Q2)

  // Delete → Ctrl+Z brings it back → Shift+Ctrl+Z deletes it again → Ctrl+Z restores it.
  await editor.getByRole('button', { name: 'Delete annotation' }).click()
  await expect(page.getByTestId('annotation-item')).toHaveCount(2)
  await page.locator('.reader .toolbar').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('annotation-item')).toHaveCount(3)
  expect(await markedText(page, Q2)).toBe(Q2)
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByTestId('annotation-item')).toHaveCount(2)
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('annotation-item')).toHaveCount(3)

  // A third annotation in document A, whose paragraph the corrected version deletes.
  await selectQuote(colA, Q3)
  await page.keyboard.press('h')
  await expect(page.getByTestId('annotation-item')).toHaveCount(4)

  // Replace document A: a sentence inserted before Q1, characters changed inside Q2, Q3's paragraph deleted.
  const edited = DOC_A.replace('全年地区生产总值增长5.1%。', '全年地区生产总值增长5.1%。过去一年极不平凡。')
    .replace('5.5%以内', '5.6%以内')
    .replace(`\n\n${Q3}，地表水质量稳定向好。`, '')
  const [editedPath] = writeTempFiles({ 'jia-2024-corrected.txt': edited })
  await page.locator('.tabs').getByRole('button', { name: 'Library' }).click()
  await page.getByRole('searchbox').fill('2024年政府工作报告')
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('library-row').first().getByRole('button', { name: 'Replace…' }).click()
  await (await chooser).setFiles([editedPath])
  await expect(page.getByTestId('toast').filter({ hasText: 'Annotations:' })).toContainText(
    '1 exactly in place, 1 re-anchored approximately, 1 need attention',
  )

  // The orphan is kept, with its quote, under "needs attention"; the others are drawn on the new text.
  await page.locator('.tabs').getByRole('button', { name: 'Annotations' }).click()
  const attention = page.getByTestId('needs-attention')
  await expect(attention).toContainText(Q3)
  await expect(page.getByTestId('annotation-item')).toHaveCount(4)
  // "Show in the reader" opens the passage in the reader, the editor open on it.
  await page.getByTestId('annotation-item').filter({ hasText: '5.6%' }).getByRole('button', { name: 'Show in the reader' }).click()
  await expect(page.getByTestId('reader-column').filter({ hasText: Q1 })).toBeVisible()
  await expect(page.getByTestId('annotation-item').filter({ has: editor })).toContainText('5.6%')
  expect(await markedText(page, '城镇调查失业率控制在5.6%以内')).toBe('城镇调查失业率控制在5.6%以内')
  expect(await markedText(page, Q1)).toBe(Q1)
})

test('overlapping highlights, selection offsets through marks, keyboard toolbar', async ({ page }) => {
  await openTwo(page)
  const colA = page.getByTestId('reader-column').filter({ hasText: Q1 })
  await expect(colA.locator('.doc-text p').first()).toBeVisible({ timeout: 20_000 })
  const first = '制造业高质量发展'
  const second = '高质量发展，建设现代化'

  await selectQuote(colA, first)
  await page.keyboard.press('h')
  await expect(page.getByTestId('annotation-item')).toHaveCount(1)

  // The toolbar is reachable with Tab from the text; Enter on a colour highlights in it.
  await selectQuote(colA, second)
  await page.keyboard.press('Tab')
  await expect(colA.getByTestId('selection-toolbar').getByRole('button').first()).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('annotation-item')).toHaveCount(2)

  // Overlap: three adjacent marks, the shared part flagged, each annotation's marks spell its quote.
  await expect(colA.locator('mark.hl-overlap')).toHaveText('高质量发展')
  // The first is yellow (the default colour), the second green (Tab, Tab, Enter); the newer shows on top.
  await expect(colA.locator('mark.hl-yellow')).toHaveText(['制造业'])
  await expect(colA.locator('mark.hl-green')).toHaveText(['高质量发展', '，建设现代化'])
  expect(await markedText(page, first)).toBe(first)
  expect(await markedText(page, second)).toBe(second)

  // A selection that starts inside one mark and ends past another still maps to the right offsets.
  const probe = '质量发展，建设现代化产业体系，培育'
  const expected = await colA
    .locator('p[data-start]')
    .filter({ hasText: probe })
    .evaluate((p, q) => {
      const start = Number(p.getAttribute('data-start')) + (p.textContent ?? '').indexOf(q)
      return { start, end: start + q.length }
    }, probe)
  await selectQuote(colA, probe)
  await expect(colA.getByTestId('column-status')).toHaveText(`Selected characters ${expected.start}–${expected.end} (${probe.length})`)

  // Escape closes the toolbar and drops the selection.
  await page.keyboard.press('Escape')
  await expect(colA.getByTestId('selection-toolbar')).toBeHidden()
  await expect(colA.getByTestId('column-status')).not.toContainText('Selected')
})

test('quick successive edits are all kept, and a note typed is saved without leaving the field', async ({ page }) => {
  await openTwo(page)
  const colA = page.getByTestId('reader-column').filter({ hasText: Q1 })
  await expect(colA.locator('.doc-text p').first()).toBeVisible({ timeout: 20_000 })
  const editor = page.getByTestId('annotation-editor')

  // Three tags typed one after another without waiting for the database in between.
  await selectQuote(colA, Q4)
  await colA.getByRole('button', { name: 'Tag…' }).click()
  const tags = editor.getByRole('combobox', { name: 'Tags', exact: true })
  await expect(tags).toBeFocused()
  await tags.evaluate((input: HTMLInputElement) => {
    for (const tag of ['农村', '交通', '民生']) {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
      set?.call(input, tag)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    }
  })
  await expect(editor.getByTestId('tag-chip')).toHaveText(['农村×', '交通×', '民生×'])

  // Two themes ticked in one go: both stay ticked, and the list shows them.
  await editor.locator('.theme-choices').evaluate((set) => {
    const boxes = set.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')
    boxes[0].click()
    boxes[1].click()
  })
  await expect(editor.locator('.theme-choices input:checked')).toHaveCount(2)
  await expect(page.getByTestId('annotation-item').first().getByTestId('theme-chip')).toHaveCount(2)

  // A note is saved while it is typed (no blur, no button), each pause a save ...
  const noteBox = editor.getByRole('textbox', { name: 'Note (Markdown)' })
  await noteBox.click()
  await page.keyboard.type('公路 **120公里**')
  await expect(editor.locator('.note-markdown strong')).toHaveText('120公里', { timeout: 5_000 })
  await page.keyboard.type(' 待核实')
  await expect(editor.locator('.note-markdown')).toContainText('待核实', { timeout: 5_000 })
  await expect(noteBox).toBeFocused()
  // ... and the saves of one note are one undo step.
  await page.locator('.reader .toolbar').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(noteBox).toHaveValue('')
  await page.keyboard.press('Control+Shift+z')
  await expect(noteBox).toHaveValue('公路 **120公里** 待核实')

  // Typing on and reloading right after a pause loses nothing.
  await noteBox.click()
  await page.keyboard.press('End')
  await page.keyboard.type('（2024）')
  await expect(editor.locator('.note-markdown')).toContainText('（2024）', { timeout: 5_000 })
  await page.reload()
  await expect(page.getByTestId('annotation-item')).toHaveCount(1, { timeout: 20_000 })
  await expect(page.getByTestId('annotation-item').locator('.note-markdown')).toHaveText('公路 120公里 待核实（2024）')
  await expect(page.getByTestId('annotation-item').getByTestId('theme-chip')).toHaveCount(2)
})
