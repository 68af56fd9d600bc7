// Tracing in the web build: the national report of 2023 imported beside the samples is marked as
// reference; the tracing view shows how much of the 2023 samples repeats it, by theme, and the
// reference sentences they repeat.
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { importThroughChooser, openSeededLibrary, writeTempFiles } from './helpers'

// The corpus copy committed with the tests (Playwright loads specs as CommonJS, so no import.meta here).
const NATIONAL_2023 = gunzipSync(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'corpora', 'national-work-reports.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { year: number; text: string })
  .find((r) => r.year === 2023)!.text

test('marks a reference and traces the samples against it', async ({ page }) => {
  await openSeededLibrary(page)
  await importThroughChooser(page, writeTempFiles({ '2023年国务院政府工作报告.txt': NATIONAL_2023 }))
  await page.getByRole('button', { name: 'Close' }).first().click()
  await page.getByRole('button', { name: 'Tracing' }).click()

  const select = page.getByTestId('trace-mark-select')
  const national = await select.locator('option').filter({ hasText: '中华人民共和国' }).first().getAttribute('value')
  await select.selectOption(national!)
  await page.getByRole('button', { name: 'Reference for the other documents' }).click()

  // Every other document now names the national report among its references.
  const rows = page.getByTestId('trace-row')
  await expect(rows).toHaveCount(6)
  const yantian = rows.filter({ has: page.getByRole('rowheader', { name: '盐田区 · 2023 · report' }) })
  await expect(yantian.getByTestId('trace-reference').filter({ hasText: '中华人民共和国' })).toHaveCount(1)
  await expect(yantian.getByTestId('trace-share')).toHaveText(/^\d+\.\d%$/, { timeout: 30_000 })
  expect(parseFloat((await yantian.getByTestId('trace-share').textContent()) ?? '0')).toBeGreaterThan(1)

  // The reference itself has nothing to be traced against: a dash, not a trace under way.
  const reference = rows.filter({ has: page.getByRole('rowheader', { name: /^中华人民共和国 · 2023/ }) })
  await expect(reference.getByTestId('trace-share')).toHaveText('—')

  // The CSV names documents and references as the view does (label), with their files beside them.
  const download = page.waitForEvent('download')
  await page.getByTestId('trace-csv').click()
  const csv = readFileSync(await (await download).path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
  const header = csv[0]!.split(',')
  const yantianRow = csv.find((line) => line.startsWith('盐田区 · 2023 · report,'))?.split(',')
  expect(yantianRow, csv.join('\n')).toBeDefined()
  expect(yantianRow![header.indexOf('reference')]).toMatch(/^中华人民共和国 · 2023/)
  expect(yantianRow![header.indexOf('reference_file')]).toBe('2023年国务院政府工作报告.txt')
  expect(yantianRow![header.indexOf('file')]).toMatch(/\.txt$/)

  // Echo by theme: a cell lists the theme's passages with the echoed wording marked.
  const cell = page
    .getByTestId('trace-matrix')
    .locator('tr', { has: page.getByRole('rowheader', { name: '盐田区 · 2023 · report' }) })
    .getByTestId('trace-cell')
    .filter({ hasNotText: /^0%$/ })
    .first()
  await cell.click()
  await expect(page.getByTestId('trace-passages').locator('mark.echo').first()).toBeVisible()

  // The most echoed reference sentences, with the places repeating them.
  await expect(page.getByTestId('trace-sentences').locator('li').first().getByRole('button').first()).toBeVisible()

  // Removing the reference from one document is stored and can be undone with "Default".
  await yantian
    .getByRole('button', { name: /Remove .* as reference/ })
    .first()
    .click()
  await expect(yantian.getByTestId('trace-reference').filter({ hasText: '中华人民共和国' })).toHaveCount(0)
  await yantian.getByRole('button', { name: 'Default' }).click()
  await expect(yantian.getByTestId('trace-reference').filter({ hasText: '中华人民共和国' })).toHaveCount(1)

  // The reader's overlay: echoed wording is shaded, and a click opens the reference at its source.
  await page
    .getByTestId('trace-passages')
    .locator('li', { has: page.locator('mark.echo') })
    .first()
    .getByRole('button', { name: 'Open in reader' })
    .click()
  const columns = page.getByTestId('reader-column')
  await expect(columns).toHaveCount(1)
  await page.getByTestId('echo-overlay').check()
  const echo = columns.first().getByTestId('echo-span').first()
  await expect(echo).toBeVisible({ timeout: 20_000 })
  const echoed = ((await echo.textContent()) ?? '').replace(/[\s\p{P}]/gu, '')
  await echo.click()
  await expect(columns).toHaveCount(2)
  const source = columns.nth(1).getByTestId('echo-source')
  await expect(source).toBeVisible({ timeout: 20_000 })
  await expect(source).toBeInViewport()
  expect(((await source.textContent()) ?? '').replace(/[\s\p{P}]/gu, '').slice(0, 4)).toBe(echoed.slice(0, 4))
})
