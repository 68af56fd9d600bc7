// Comparing across a real library: the five samples, the 52 national work reports (one place, 52
// years) and two district reports with one title — 59 documents, imported once and shared by the
// tests in order. The safety lanes on a set of all 59, every national report's year in the matrix,
// concordance and lane headers, a saved set over a reload and after one of its documents is deleted,
// and sync by topic in three reader columns checked against the alignment the engine computes.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { alignDocuments, NO_COUNTERPART_BELOW } from '../../src/core/align'
import { SCORE_TIE } from '../../src/core/compare'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../../src/core/themes'
import { expectMatrixDocuments, importThroughChooser, openSeededLibrary, SEED_COUNT, tickRows, writeTempFiles } from './helpers'

test.describe.configure({ mode: 'serial' })

/**
 * The 52 national reports: the shared corpus beside the repository, else the gzipped copy in
 * tests/fixtures (as tests/fixtures/corpora/national-reports.ts reads them; that module's
 * import.meta does not load in Playwright's test loader). Playwright runs from the repository root.
 */
function nationalReports(): { year: number; title: string; text: string }[] {
  const shared = join(process.cwd(), '..', 'shared', 'corpora', 'national-work-reports.jsonl')
  const jsonl = existsSync(shared)
    ? readFileSync(shared, 'utf8')
    : gunzipSync(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'corpora', 'national-work-reports.jsonl.gz'))).toString('utf8')
  return jsonl
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { year: number; title: string; text: string })
}

const NATIONAL = nationalReports()
/** Two reports of one district with the same title (a draft and the adopted text). */
const TWINS = 2
const TOTAL = SEED_COUNT + NATIONAL.length + TWINS
const YEARS = NATIONAL.map((r) => String(r.year))

let page: Page

/** The library's files: each national report under its title, and the two same-title district reports. */
function libraryFiles(): Record<string, string> {
  // Playwright runs from the repository root.
  const seed = readFileSync(join(process.cwd(), 'seeds', '004_3a41aaacdf980295.txt'), 'utf8')
    .split('\n')
    .slice(1)
  const title = '东城区2023年政府工作报告'
  // The twins first: the import list shows them (and the "new version?" question) at its top.
  const files: Record<string, string> = {
    'dongcheng-2023-draft.txt': `${title}\n${seed.slice(0, 40).join('\n')}\n`,
    'dongcheng-2023-final.txt': `${title}\n${seed.slice(10).join('\n')}\n`,
  }
  for (const r of NATIONAL) files[`${r.title}.txt`] = `${r.title}\n${r.text}\n`
  return files
}

async function openView(name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click()
}

async function saveSet(name: string, choose: (chooser: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<void> {
  const chooser = page.getByTestId('set-chooser')
  await choose(chooser)
  await chooser.getByRole('textbox', { name: 'Name of the set' }).fill(name)
  await chooser.getByRole('button', { name: 'Save and compare' }).click()
  await expect(page.getByTestId('set-bar').first()).toContainText(`Set: ${name}`)
}

test.beforeAll(async ({ browser }: { browser: Browser }, testInfo) => {
  test.setTimeout(300_000)
  const context = await browser.newContext({ ...testInfo.project.use, locale: 'en-US', viewport: { width: 1400, height: 900 } })
  page = await context.newPage()
  await openSeededLibrary(page)
  await importThroughChooser(page, writeTempFiles(libraryFiles()))
  // The second Dongcheng report has the first one's place, year and type: keep it as its own document.
  const dialog = page.getByRole('dialog', { name: 'Import' })
  await dialog.getByRole('button', { name: 'Separate document' }).click()
  await expect(dialog.getByRole('button', { name: 'Separate document' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.locator('.library-count')).toHaveText(`${TOTAL} of ${TOTAL} documents`, { timeout: 120_000 })
})

test.afterAll(async () => {
  await page.context().close()
})

test('the safety lanes on a set of all 59 open on the chooser, then show 安全生产 rows without blank columns in the first screen', async () => {
  test.setTimeout(300_000)
  await openView('Theme lanes')
  await saveSet('all 59', async (chooser) => {
    await chooser.getByRole('radio', { name: 'A level' }).check()
    await chooser.getByRole('combobox', { name: 'Level' }).selectOption('all')
    await expect(chooser.getByTestId('set-count')).toHaveText(`${TOTAL} document(s)`)
  })
  await page.getByTestId('theme-picker').selectOption('safety')
  await expect(page.getByTestId('lane-document')).toHaveCount(TOTAL)
  const rows = page.getByTestId('lane-row')
  await expect(rows.first()).toBeVisible({ timeout: 240_000 })

  // The first screen: rows whose every slot holds a passage (or a rejected one with undo), one of them on 安全生产.
  const screen = await page.getByTestId('lanes-list').evaluate((list) => {
    const bottom = window.innerHeight
    const visible = [...list.querySelectorAll<HTMLElement>('[data-testid="lane-row"]')].filter(
      (r) => r.getBoundingClientRect().top < bottom,
    )
    const slots = visible.flatMap((r) =>
      [...r.querySelectorAll<HTMLElement>('.lane-slot')].filter((s) => s.getBoundingClientRect().top < bottom),
    )
    return {
      rows: visible.length,
      slots: slots.length,
      blank: slots.filter(
        (s) => (s.querySelector('[data-testid="lane-cell"] .lane-text, [data-testid="lane-rejected"]')?.textContent ?? '').trim() === '',
      ).length,
      safetyProduction: visible.filter((r) => r.textContent?.includes('安全生产')).length,
    }
  })
  expect(screen.rows).toBeGreaterThan(0)
  expect(screen.slots).toBeGreaterThan(1)
  expect(screen.blank).toBe(0)
  expect(screen.safetyProduction).toBeGreaterThan(0)
  // Rows are grouped under the theme's sub-themes, work safety (安全生产) first.
  await expect(page.getByTestId('lanes-subtheme').first()).toContainText('Work safety')

  // Every national report's year is in the lanes' document header, and the two same-title reports differ.
  const labels = await page.getByTestId('lane-document').allTextContents()
  for (const year of YEARS)
    expect(
      labels.some((l) => l.includes(`中华人民共和国 · ${year}`)),
      year,
    ).toBe(true)
  const twins = labels.filter((l) => l.startsWith('东城区 · 2023'))
  expect(twins).toHaveLength(2)
  expect(twins[0]).not.toBe(twins[1])
  // Each cell is headed by its document's label, year included.
  const cellHeading = rows.first().getByTestId('lane-cell-heading').first()
  await expect(cellHeading).toHaveText(/\d{4}/)

  // Keyboard: ↓ focuses a row, → its first cell, Enter expands a clamped passage (or is harmless).
  await rows.first().focus()
  await page.keyboard.press('ArrowDown')
  const focusedRow = page.locator('[data-testid="lane-row"]:focus')
  await expect(focusedRow).toHaveCount(1)
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.lane-slot:focus')).toHaveCount(1)
})

test('every national report’s year is visible in the matrix and the concordance, on the current set', async () => {
  test.setTimeout(300_000)
  await openView('Matrix')
  await expect(page.getByTestId('set-bar')).toContainText('Set: all 59')
  // Every heading, met by scrolling the matrix to its last column; nothing in one is clipped.
  const matrix = await expectMatrixDocuments(page, TOTAL, 240_000)
  for (const year of YEARS)
    expect(
      matrix.some((h) => h.text.includes(year) && h.text.includes('中华人民共和国')),
      year,
    ).toBe(true)
  expect(matrix.filter((h) => !h.fits)).toEqual([])

  await openView('Concordance')
  await expect(page.getByTestId('set-bar')).toContainText('Set: all 59')
  await page.getByRole('searchbox', { name: 'Search for' }).fill('人民')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.getByTestId('hit-counts').locator('li')).not.toHaveCount(0, { timeout: 120_000 })
  const counted = await page.getByTestId('hit-counts').locator('.hit-count-doc').allTextContents()
  for (const year of YEARS)
    expect(
      counted.some((l) => l.includes(`中华人民共和国 · ${year}`)),
      year,
    ).toBe(true)
  // The KWIC rows show whole labels, year included (the cell is wide enough: no clipping).
  const kwic = await page
    .getByTestId('kwic-doc')
    .evaluateAll((cells) => cells.slice(0, 50).map((c) => ({ text: c.textContent ?? '', fits: c.scrollWidth <= c.clientWidth + 1 })))
  expect(kwic.length).toBeGreaterThan(0)
  expect(kwic.filter((c) => !c.fits)).toEqual([])
})

test('a saved set survives a reload; one naming a deleted document says which is gone and works with the rest', async () => {
  test.setTimeout(300_000)
  await openView('Theme lanes')
  await page.getByTestId('set-bar').getByRole('button', { name: 'Change set…' }).click()
  const dialog = page.getByTestId('set-dialog')
  await dialog.getByRole('radio', { name: 'Some documents' }).check()
  // The list reads by label: a place's reports together, year by year (not in import order).
  const listed = await dialog.locator('.set-list label').allTextContents()
  const national = listed.filter((l) => l.startsWith('中华人民共和国 · ')).map((l) => l.slice('中华人民共和国 · '.length))
  expect(national).toHaveLength(NATIONAL.length)
  expect(national).toEqual([...national].sort())
  const first = listed.findIndex((l) => l.startsWith('中华人民共和国 · '))
  expect(listed.slice(first, first + NATIONAL.length).every((l) => l.startsWith('中华人民共和国 · '))).toBe(true)
  const pick = async (filter: string, count: number): Promise<void> => {
    await dialog.getByRole('searchbox', { name: 'Filter documents' }).fill(filter)
    const boxes = dialog.getByRole('checkbox')
    await expect(boxes).toHaveCount(count)
    for (let i = 0; i < count; i++) await boxes.nth(i).check()
  }
  await pick('中华人民共和国 · 2019', 1)
  await pick('中华人民共和国 · 2021', 1)
  await pick('东城区 · 2023', 2)
  await dialog.getByRole('textbox', { name: 'Name of the set' }).fill('four reports')
  await dialog.getByRole('button', { name: 'Save and compare' }).click()
  await expect(page.getByTestId('set-bar')).toContainText('Set: four reports')
  await expect(page.getByTestId('lane-document')).toHaveCount(4)

  await page.reload()
  await openView('Theme lanes')
  await expect(page.getByTestId('set-bar')).toContainText('Set: four reports')
  await expect(page.getByTestId('lane-document')).toHaveCount(4)
  await expect(page.getByTestId('set-chooser')).toHaveCount(0)

  // Delete the first Dongcheng report from the library.
  await openView('Library')
  await page.getByRole('searchbox', { name: 'Filter by title, place or file' }).fill('dongcheng-2023-draft')
  await expect(page.getByTestId('library-row')).toHaveCount(1)
  await tickRows(page, [0])
  await page.getByRole('button', { name: 'Delete selected' }).click()
  await page.getByTestId('confirm-delete').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(0)

  await openView('Theme lanes')
  await expect(page.getByTestId('set-missing')).toContainText('东城区 · 2023')
  await expect(page.getByTestId('lane-document')).toHaveCount(3)
  await expect(page.getByTestId('lane-row').first()).toBeVisible({ timeout: 120_000 })
  await openView('Matrix')
  await expect(page.getByTestId('set-missing')).toBeVisible()
  await expect(page.getByTestId('matrix-doc')).toHaveCount(3, { timeout: 60_000 })
})

/** The three national reports the sync test reads side by side. */
const SYNC_YEARS = [2019, 2021, 2022]

test('sync by topic in three columns brings the others to the passages the engine aligns best, with their scores', async () => {
  test.setTimeout(300_000)
  await openView('Library')
  const search = page.getByRole('searchbox', { name: 'Filter by title, place or file' })
  for (const year of SYNC_YEARS) {
    await search.fill(`${year}年中华人民共和国国务院政府工作报告`)
    await expect(page.getByTestId('library-row')).toHaveCount(1)
    await tickRows(page, [0])
  }
  await search.fill('')
  await page.getByRole('button', { name: 'Open side by side (3)' }).click()
  const columns = page.getByTestId('reader-column')
  await expect(columns).toHaveCount(3)
  for (const i of [0, 1, 2]) await expect(columns.nth(i).locator('.column-text p[data-start]').first()).toBeVisible({ timeout: 30_000 })
  const sync = page.getByTestId('reader-sync')
  await expect(sync).toHaveValue('off')
  await sync.selectOption({ label: 'By topic' })

  // Click a paragraph on work safety in the first column (retrying while the worker aligns). The
  // text is virtual: scroll until such a paragraph is drawn.
  await columns
    .nth(0)
    .locator('.column-text')
    .evaluate(async (root) => {
      const has = () => [...root.querySelectorAll('p[data-start]')].some((p) => p.textContent?.includes('安全生产'))
      while (!has() && root.scrollTop + root.clientHeight < root.scrollHeight - 2) {
        root.scrollTop += root.clientHeight / 2
        await new Promise((r) => setTimeout(r, 50))
      }
    })
  const paragraph = columns.nth(0).locator('.column-text p[data-start]', { hasText: '安全生产' }).first()
  await paragraph.scrollIntoViewIfNeeded()
  const source = columns.nth(0).getByTestId('sync-badge')
  await expect(async () => {
    await paragraph.click()
    await expect(source).toHaveAttribute('data-kind', 'source', { timeout: 2_000 })
  }).toPass({ timeout: 120_000 })
  const from = { start: Number(await source.getAttribute('data-start')), end: Number(await source.getAttribute('data-end')) }

  // The engine, run here on the same texts in the same column order.
  const docIds = await columns.evaluateAll((cols) => cols.map((c) => c.querySelector<HTMLElement>('.column-text')!.dataset.docId!))
  const texts = await page.evaluate(
    (ids) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('bidu')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const store = open.result.transaction('documents').objectStore('documents')
          const out: string[] = []
          ids.forEach((id, i) => {
            const request = store.get(id)
            request.onsuccess = () => {
              out[i] = (request.result as { text: string }).text
              if (out.filter((t) => t !== undefined).length === ids.length) resolve(out)
            }
          })
        }
      }),
    docIds,
  )
  const matcher = compileThemeMatcher(builtinCodebook())
  const docs = texts.map((text) => ({ text, passages: classifyDocument(text, matcher, { matches: false }) }))
  const sourcePassage = docs[0]!.passages.find((p) => p.start === from.start && p.end === from.end)
  expect(sourcePassage, 'the source is one of the engine’s passages').toBeDefined()
  const matches = alignDocuments(docs, { top: 3 }).filter((m) => m.from.doc === 0 && m.from.passage === sourcePassage!.id)

  for (const col of [1, 2]) {
    const badge = columns.nth(col).getByTestId('sync-badge')
    const engine = matches
      .filter((m) => m.to.doc === col)
      .map((m) => ({ ...m, passage: docs[col]!.passages.find((p) => p.id === m.to.passage)! }))
      .sort((a, b) => b.score - a.score)
    const best = engine[0]
    if (!best || best.score < NO_COUNTERPART_BELOW) {
      // Nothing clears the threshold: the column says so and stays put.
      await expect(badge).toHaveAttribute('data-kind', 'none', { timeout: 30_000 })
      continue
    }
    // The badge may still show the answer to an earlier click of the retry above until this one's
    // arrives: wait until it names one of the engine's matches (a stale answer kept would fail).
    let shown = { start: 0, end: 0, score: 0 }
    let chosen: (typeof engine)[number] | undefined
    await expect(async () => {
      await expect(badge).toHaveAttribute('data-kind', 'passage', { timeout: 2_000 })
      shown = {
        start: Number(await badge.getAttribute('data-start')),
        end: Number(await badge.getAttribute('data-end')),
        score: Number(await badge.getAttribute('data-score')),
      }
      chosen = engine.find((m) => m.passage.start === shown.start && m.passage.end === shown.end)
      expect(chosen, `column ${col} goes to one of the engine's matches`).toBeDefined()
    }).toPass({ timeout: 30_000 })
    expect(chosen!.score).toBeCloseTo(shown.score, 4)
    // The best one, up to a near-tie broken by nearness.
    expect(chosen!.score).toBeGreaterThanOrEqual(best.score - SCORE_TIE)
    await expect(badge).toContainText(`score ${shown.score.toFixed(2)}`)
    // The passage is on screen in that column (once the column's scroll has settled).
    const onScreen = () =>
      columns
        .nth(col)
        .locator('.column-text')
        .evaluate((root, start) => {
          const block = [...root.querySelectorAll<HTMLElement>('p[data-start]')].find(
            (p) => Number(p.dataset.start) <= start && start < Number(p.dataset.end),
          )
          if (!block) return false
          const a = block.getBoundingClientRect()
          const b = root.getBoundingClientRect()
          return a.bottom > b.top && a.top < b.bottom
        }, shown.start)
    await expect.poll(onScreen, { timeout: 10_000 }).toBe(true)
  }

  // A column moves by itself as its virtual text measures what it renders, and scripts may scroll
  // it: neither is the reader choosing a passage there, so the first column stays the source.
  const second = columns.nth(1).locator('.column-text')
  await second.evaluate((el) => el.scrollBy(0, el.clientHeight))
  await page.waitForTimeout(1_500)
  await expect(source).toHaveAttribute('data-kind', 'source')
  expect(Number(await source.getAttribute('data-start'))).toBe(from.start)
  // The wheel is: the second column becomes the source.
  await second.hover()
  await page.mouse.wheel(0, 600)
  await expect(columns.nth(1).getByTestId('sync-badge')).toHaveAttribute('data-kind', 'source', { timeout: 10_000 })
  await expect(source).not.toHaveAttribute('data-kind', 'source')
})

test('the reader’s add-column menu and the export dialog’s document picker name every report by its label, year included', async () => {
  test.setTimeout(120_000)
  /** Each national year once, in year order, and the full title on hover. */
  const expectLabelled = async (options: ReturnType<Page['locator']>): Promise<void> => {
    const shown = await options.evaluateAll((os) => os.map((o) => ({ text: o.textContent ?? '', title: o.getAttribute('title') ?? '' })))
    const national = shown.filter((o) => o.text.startsWith('中华人民共和国 · '))
    expect(national.map((o) => o.text.slice('中华人民共和国 · '.length, '中华人民共和国 · '.length + 4))).toEqual(
      [...YEARS].sort().filter((y) => national.some((o) => o.text.includes(` ${y}`))),
    )
    expect(national.length).toBeGreaterThan(40)
    expect(national.every((o) => /\d{4}年.*政府工作报告/.test(o.title))).toBe(true)
  }
  await openView('Reader')
  await expectLabelled(page.getByRole('combobox', { name: 'Add column' }).locator('option[value]:not([value=""])'))

  await openView('Library')
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByRole('radio', { name: 'One document' }).check()
  await expectLabelled(dialog.getByRole('combobox', { name: 'Document' }).locator('option'))
  await dialog.getByRole('button', { name: 'Close' }).click()
})
