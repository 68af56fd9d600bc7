// Shared steps of the end-to-end tests: waiting for the seeded library, importing through the file chooser.
import { expect, type Page } from '@playwright/test'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Number of sample reports in seeds/catalog.json. */
export const SEED_COUNT = 5

/** Opens the app and waits until the first-run samples are all listed. */
export async function openSeededLibrary(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByTestId('library-row')).toHaveCount(SEED_COUNT, { timeout: 20_000 })
}

/** Writes files into a fresh temporary folder and returns their paths. */
export function writeTempFiles(files: Record<string, string | Uint8Array>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bidu-e2e-'))
  return Object.entries(files).map(([name, data]) => {
    const path = join(dir, name)
    writeFileSync(path, data)
    return path
  })
}

/** Clicks "Import files…", picks `paths` in the file chooser, waits for the summary. */
export async function importThroughChooser(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files…' }).click()
  await (await chooser).setFiles(paths)
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 20_000 })
}

/** Ticks the library rows at `indexes` (in the current sort order). */
export async function tickRows(page: Page, indexes: number[]): Promise<void> {
  const rows = page.getByTestId('library-row')
  for (const index of indexes) await rows.nth(index).getByRole('checkbox').check()
}
