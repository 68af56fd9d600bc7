// Shared steps of the end-to-end tests: waiting for the seeded library, importing through the file chooser.
import { expect, type Locator, type Page } from '@playwright/test'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ExportDocument } from '../../src/core/export'

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

/**
 * Selects `quote` in the text of a reader `column` (the first paragraph holding it) and waits for the
 * toolbar that appears under it (the selection toolbar, or `toolbar` — e.g. 'reattach-toolbar').
 */
export async function selectInColumn(column: Locator, quote: string, toolbar = 'selection-toolbar'): Promise<void> {
  await column.locator('.column-text').evaluate((root, q) => {
    const p = Array.from(root.querySelectorAll('p[data-start]')).find((el) => el.textContent?.includes(q))
    if (!p) throw new Error(`no paragraph holds ${q}`)
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
    const point = (offset: number): { node: Text; offset: number } => {
      for (const node of nodes) {
        if (offset <= node.data.length) return { node, offset }
        offset -= node.data.length
      }
      throw new Error('offset past the paragraph')
    }
    const at = (p.textContent ?? '').indexOf(q)
    const start = point(at)
    const end = point(at + q.length)
    const range = document.createRange()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    const selection = document.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
    ;(root as HTMLElement).focus()
  }, quote)
  await expect(column.getByTestId(toolbar)).toBeVisible()
}

/** A stored setting, read straight from IndexedDB (undefined when not stored). */
export function storedSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('bidu')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('settings').objectStore('settings').get(k)
          request.onsuccess = () => {
            open.result.close()
            resolve((request.result as { value?: unknown } | undefined)?.value)
          }
        }
      }),
    key,
  )
}

/** A stored document as the e2e tests read it: the cleaned text the offsets refer to, and its metadata. */
export interface LibraryDoc {
  id: string
  fileName: string
  text: string
  metadata: ExportDocument['metadata']
}

/** The documents as stored in the page's IndexedDB. */
export function libraryDocs(page: Page): Promise<LibraryDoc[]> {
  return page.evaluate(
    () =>
      new Promise<LibraryDoc[]>((resolve, reject) => {
        const open = indexedDB.open('bidu')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('documents').objectStore('documents').getAll()
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            open.result.close()
            resolve((request.result as LibraryDoc[]).map(({ id, fileName, text, metadata }) => ({ id, fileName, text, metadata })))
          }
        }
      }),
  )
}

/** A document heading of the matrix: its column (1 is the theme column), hover title, text, and whether its label fits. */
export interface MatrixHeading {
  column: number
  title: string
  text: string
  fits: boolean
}

/**
 * Every document heading of the matrix, met by scrolling it from its first column to its last as a
 * user would (the table draws only the columns on screen), in column order.
 */
export async function matrixHeadings(page: Page): Promise<MatrixHeading[]> {
  const scroller = page.locator('.matrix-scroll')
  await scroller.evaluate((el) => el.scrollTo({ left: 0 }))
  const seen = new Map<number, MatrixHeading>()
  for (;;) {
    const { headings, atEnd } = await scroller.evaluate(async (el) => {
      // Two frames: the scroll event, then the columns it brought in.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      const found = [...el.querySelectorAll<HTMLElement>('th.matrix-doc')].map((th) => {
        const label = th.querySelector<HTMLElement>('.matrix-doc-label')!
        const box = label.getBoundingClientRect()
        const cell = th.getBoundingClientRect()
        return {
          column: Number(th.getAttribute('aria-colindex')),
          title: th.title,
          text: label.textContent ?? '',
          fits: box.height <= cell.height + 1 && box.width <= cell.width + 1,
        }
      })
      return { headings: found, atEnd: el.scrollLeft + el.clientWidth >= el.scrollWidth - 1 }
    })
    for (const h of headings) seen.set(h.column, h)
    if (atEnd) break
    await scroller.evaluate((el) => el.scrollBy({ left: el.clientWidth / 2 }))
  }
  return [...seen.values()].sort((a, b) => a.column - b.column)
}

/**
 * Waits until the matrix says it has `total` documents, then scrolls through it: every column from
 * the first to the last is met, once each.
 */
export async function expectMatrixDocuments(page: Page, total: number, timeout = 30_000): Promise<MatrixHeading[]> {
  await expect(page.getByTestId('matrix-count')).toHaveText(`${total} documents`, { timeout })
  await expect(page.getByTestId('matrix-table')).toHaveAttribute('aria-colcount', String(total + 1))
  const headings = await matrixHeadings(page)
  expect(headings.map((h) => h.column)).toEqual(Array.from({ length: total }, (_, i) => i + 2))
  return headings
}
