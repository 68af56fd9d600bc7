// Duplicates on import: the same report again (or a re-encoded copy) is skipped and listed as already
// in the library; another text of the same place, year and type asks whether it is a new version, and
// if so replaces the text under the same document (the earlier text kept).
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importThroughChooser, openSeededLibrary, SEED_COUNT, writeTempFiles } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

const REPORT = [
  '测试区2024年政府工作报告',
  '一、工作回顾',
  '推进基层治理现代化，完善网格化管理。',
  '二、工作安排',
  '加强生态环境保护，新增绿地12公顷。',
].join('\n')

test('re-importing the same file says "already in the library"; a changed text of the same report can be a new version', async ({
  page,
}) => {
  await openSeededLibrary(page)
  const sample = join('seeds', '000_3a5eedb3a8af94b3.txt')
  await importThroughChooser(page, writeTempFiles({ 'sample-again.txt': readFileSync(sample), '测试区2024.txt': REPORT }))
  await expect(page.getByTestId('import-summary')).toHaveText('1 imported, 0 rejected.')
  await expect(page.getByTestId('import-row').filter({ hasText: 'sample-again.txt' })).toContainText('Already in the library')
  await expect(page.getByTestId('import-summary-more')).toContainText('1 already in the library.')
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT + 1)

  // The same file once more, and a revised text of it.
  await importThroughChooser(page, writeTempFiles({ '测试区2024.txt': REPORT, '测试区2024-修订.txt': REPORT.replace('12公顷', '15公顷') }))
  await expect(page.getByTestId('import-row').filter({ hasText: '测试区2024.txt' })).toContainText('Already in the library')
  const question = page.getByTestId('version-question')
  await expect(question).toContainText('Is it a new version of it?')
  await question.getByRole('button', { name: 'New version' }).click()
  await expect(page.getByTestId('import-row').filter({ hasText: '修订' })).toContainText('Stored as the new version')
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT + 1)
})
