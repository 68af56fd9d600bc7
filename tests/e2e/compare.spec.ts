// Theme lanes and year over year in the web build: the safety lanes across the five sample reports,
// a rejected member that stays rejected after a reload, the window responsive while analysis runs.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { openSeededLibrary } from './helpers'

test.use({ locale: 'en-US', viewport: { width: 1600, height: 1000 } })

async function openSafetyLanes(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Theme lanes', exact: true }).click()
  await page.getByTestId('theme-picker').selectOption('safety')
}

/** The aligned row that holds 扫黑除恶 (public order: three or more of the five samples). */
const sweepRow = (page: Page) => page.locator('[data-testid="lane-row"]', { hasText: '扫黑除恶' }).first()

/**
 * Rows are a virtual list grouped under sub-theme headings, so a row may be below the rendered window:
 * scroll the lanes from the top until a row holding `text` is rendered, then bring it to the middle, as
 * a reader would. The sweep repeats while the rows are still being recomputed (after a decision).
 */
async function revealRow(page: Page, text: string): Promise<Locator> {
  return reveal(page, page.locator('[data-testid="lane-row"]', { hasText: text }).first())
}

/**
 * Scrolls the lanes until `row` (a locator into the virtual list) is rendered, then centres it. The
 * list draws the rows of a new scroll position a frame after the scroll, so each scroll waits for
 * that before looking: a row still drawn for the previous position (say, the end of the list before
 * the sweep went back to the top) is gone a moment later.
 */
async function reveal(page: Page, row: Locator): Promise<Locator> {
  const scroller = page.locator('.lanes-scroll')
  const scrollAndDraw = (to: 'top' | 'next') =>
    scroller.evaluate(async (el, where) => {
      if (where === 'top') el.scrollTo(0, 0)
      else el.scrollBy(0, el.clientHeight / 2)
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
    }, to)
  await expect(page.getByTestId('lane-row').first()).toBeVisible({ timeout: 30_000 })
  await expect(async () => {
    await scrollAndDraw('top')
    for (let step = 0; step < 60 && (await row.count()) === 0; step++) await scrollAndDraw('next')
    // A row found can still be unmounted by a re-render (rows merged again after a decision): then sweep again.
    await row.evaluate((el) => el.scrollIntoView({ block: 'center' }), undefined, { timeout: 2_000 })
    await expect(row).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 40_000 })
  return row
}
const revealSweepRow = (page: Page) => revealRow(page, '扫黑除恶')

/** Results of the analysis worker a test can hold back: shared wording (nested span arrays) or theme rows. */
type HeldKind = 'wording' | 'rows'

/**
 * Holds the analysis worker's results of `kind` in the page until `release`, so a test can act
 * before they arrive, as a user may on a busy machine.
 */
async function hold(page: Page, kind: HeldKind): Promise<void> {
  await page.addInitScript((heldKind: HeldKind) => {
    const w = window as unknown as { __held?: (() => void)[] }
    w.__held = []
    const add = Worker.prototype.addEventListener
    Worker.prototype.addEventListener = function (this: Worker, type: string, listener: unknown, options?: unknown) {
      if (type !== 'message' || typeof listener !== 'function') return add.call(this, type, listener as EventListener, options as boolean)
      const wrapped = (e: MessageEvent): void => {
        const data = e.data as { kind?: string; value?: unknown }
        const value = data?.kind === 'result' ? data.value : undefined
        const held =
          heldKind === 'wording'
            ? Array.isArray(value) && Array.isArray(value[0])
            : typeof value === 'object' && value !== null && Array.isArray((value as { rows?: unknown }).rows)
        if (held && w.__held) w.__held.push(() => listener.call(this, e))
        else listener.call(this, e)
      }
      return add.call(this, type, wrapped as EventListener, options as boolean)
    }
  }, kind)
}

/** Delivers the held results, and every later one at once. */
async function release(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __held?: (() => void)[] }
    const held = w.__held ?? []
    w.__held = undefined
    for (const deliver of held) deliver()
  })
}

test('safety lanes for all five samples: the 扫黑除恶 row of three, a rejection that survives a reload', async ({ page }) => {
  await openSeededLibrary(page)
  await openSafetyLanes(page)
  // Progress shows while the worker classifies and aligns, and the window keeps answering meanwhile.
  await expect(page.getByTestId('analysis-progress')).toBeVisible()
  await page.getByRole('button', { name: 'Library', exact: true }).click()
  await expect(page.getByTestId('library-row').first()).toBeVisible()
  await page.getByRole('button', { name: 'Theme lanes', exact: true }).click()
  await expect(page.getByTestId('lane-document')).toHaveCount(5)
  await revealSweepRow(page)
  const row = sweepRow(page)
  await expect(row).toHaveCount(1, { timeout: 30_000 })
  const members = await row.getByTestId('lane-cell').count()
  expect(members).toBeGreaterThanOrEqual(3)
  // Cells carry paragraph offsets, like the reader, so selections map to text offsets.
  await expect(row.locator('.lane-text p').first()).toHaveAttribute('data-start', /^\d+$/)
  // Shared wording is marked once the worker has diffed the row.
  await expect(page.locator('.lane-shared').first()).toBeVisible({ timeout: 20_000 })

  // Reject the member that does not mention 扫黑除恶 (the one without the phrase).
  const other = row.getByTestId('lane-cell').filter({ hasNotText: '扫黑除恶' }).first()
  const rejectedText = (await other.locator('.lane-text').innerText()).slice(0, 12)
  await other.getByRole('button', { name: 'Reject' }).click()
  await expect(page.getByTestId('lane-rejected')).toHaveCount(1)

  await page.reload()
  await openSafetyLanes(page)
  await revealSweepRow(page)
  const rejected = page.getByTestId('lane-rejected')
  await expect(rejected).toHaveCount(1, { timeout: 30_000 })
  const rowAfter = page.getByTestId('lane-row').filter({ has: rejected })
  await expect(rowAfter.getByTestId('lane-cell')).toHaveCount(members - 1)
  await expect(rowAfter).not.toContainText(rejectedText)
  // The rejected passage is still a passage of the theme: it stands alone now.
  await expect(page.getByTestId('lanes-only-here').or(page.getByTestId('lane-row'))).not.toHaveCount(0)

  // Undo brings it back.
  await rejected.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('lane-rejected')).toHaveCount(0)
})

test('year over year suggests Yantian 2017 → 2023 and marks passages', async ({ page }) => {
  await openSeededLibrary(page)
  await page.getByRole('button', { name: 'Year over year', exact: true }).click()
  await expect(page.getByLabel('Earlier')).toHaveValue(/.+/)
  await expect(page.getByLabel('Earlier').locator('option:checked')).toContainText('2017')
  await expect(page.getByLabel('Later').locator('option:checked')).toContainText('2023')
  await expect(page.getByTestId('yoy-summary')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('yoy-item').first()).toBeVisible()
  await expect(page.getByTestId('yoy-dropped').first()).toBeVisible()
  // Inside a changed passage, the wording kept from its earlier match is marked on both sides.
  const changed = page.locator('[data-testid="yoy-item"][data-status="changed"]').first()
  await expect(changed.locator('.yoy-text').first().locator('.lane-shared').first()).toBeVisible({ timeout: 20_000 })
  await expect(changed.locator('.yoy-earlier .lane-shared').first()).toBeVisible()
})

test('a theme chosen shows none of the previous theme’s rows while its own are computed', async ({ page }) => {
  await hold(page, 'rows')
  await openSeededLibrary(page)
  await openSafetyLanes(page)
  await expect(page.getByTestId('analysis-progress')).toBeVisible()
  await release(page)
  await revealSweepRow(page)
  // Hold again: the ecology rows stay in the worker's answer while the view is looked at.
  await page.evaluate(() => ((window as unknown as { __held?: (() => void)[] }).__held = []))
  await page.getByTestId('theme-picker').selectOption('ecology')
  await expect(page.getByTestId('analysis-progress')).toBeVisible()
  await expect(page.getByTestId('lane-row')).toHaveCount(0)
  await release(page)
  await expect(page.getByTestId('lane-row').first()).toBeVisible({ timeout: 30_000 })
  await expect(sweepRow(page)).toHaveCount(0)
})

test('a decision keeps the lanes where they were: what is on screen and the focused cell', async ({ page }) => {
  await openSeededLibrary(page)
  await openSafetyLanes(page)
  const scroller = page.locator('.lanes-scroll')
  await expect(page.getByTestId('lane-row').first()).toBeVisible({ timeout: 30_000 })
  /**
   * Scrolls the lanes below their top to the last cell offering `button` in a row of three or more (so
   * the row stays aligned after the decision), centred. Returns the cell (pinned by its row's place in
   * the list and its document, so the locator survives redraws) and where its row sits on screen.
   */
  const scrollToCell = async (button: string) => {
    await scroller.evaluate((el) => el.scrollTo(0, el.clientHeight))
    const { index, docId } = await scroller.evaluate((el, name) => {
      const rows = [...el.querySelectorAll<HTMLElement>('[data-testid="lane-row"]')].filter((r) => Number(r.dataset.members) >= 3)
      const cells = rows.flatMap((r) =>
        [...r.querySelectorAll<HTMLElement>('[role="cell"]')].filter((c) =>
          [...c.querySelectorAll('button')].some((b) => b.textContent === name),
        ),
      )
      const cell = cells[cells.length - 1]
      cell.scrollIntoView({ block: 'center' })
      return { index: cell.closest<HTMLElement>('[data-index]')?.dataset.index, docId: cell.dataset.docId }
    }, button)
    const cell = page.locator(`[data-index="${index}"] [role="cell"][data-doc-id="${docId}"]`)
    await expect(cell).toBeInViewport()
    expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0)
    return { cell, docId, row: page.locator(`[data-index="${index}"]`), at: await onScreen(index) }
  }
  /** Where item `index` sits in the lanes' window, and its first cell's opening words (to know it is the same row). */
  const onScreen = (index: string | undefined) =>
    scroller.evaluate((el, i) => {
      const item = el.querySelector<HTMLElement>(`[data-index="${i}"]`)
      return {
        top: Math.round((item?.getBoundingClientRect().top ?? NaN) - el.getBoundingClientRect().top),
        first: item?.querySelector('[role="cell"] .lane-text')?.textContent?.slice(0, 20),
      }
    }, index)
  const focusedCell = () => page.evaluate(() => document.activeElement?.closest('[role="cell"]')?.getAttribute('data-doc-id') ?? null)
  const kept = async (row: Locator, at: { top: number; first?: string }) => {
    // The decision is stored, the rows merged again and redrawn: the same row stays where it was on
    // screen (to within the list's rounding of measured heights, far less than a line), once the
    // list has measured the rows that changed (a slow machine does so a few frames later).
    await expect
      .poll(
        async () => {
          const now = await onScreen(await row.getAttribute('data-index').then((i) => i ?? undefined))
          return now.first === at.first && Math.abs(now.top - at.top) < 8
        },
        { timeout: 5_000 },
      )
      .toBe(true)
  }

  const confirm = await scrollToCell('Confirm')
  await confirm.cell.getByRole('button', { name: 'Confirm', exact: true }).click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Confirmed' })).toBeVisible()
  await kept(confirm.row, confirm.at)
  expect(await focusedCell()).toBe(confirm.docId)

  const reject = await scrollToCell('Reject')
  await reject.cell.getByRole('button', { name: 'Reject', exact: true }).click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Rejected' })).toBeVisible()
  await kept(reject.row, reject.at)
  expect(await focusedCell()).toBe(reject.docId)

  const link = await scrollToCell('Link to row…')
  await link.cell.getByRole('button', { name: 'Link to row…' }).click()
  await page
    .getByTestId('link-dialog')
    .getByRole('button', { name: /^Row \d+:/ })
    .first()
    .click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Linked' })).toBeVisible()
  await kept(link.row, link.at)
  // The passage left the cell: focus is on its row.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('row')
})

test('annotate from a lane cell, and link a lone passage to a row by hand', async ({ page }) => {
  // The selection is made before the row's shared wording arrives: marking it must not undo the selection.
  await hold(page, 'wording')
  await openSeededLibrary(page)
  await openSafetyLanes(page)
  await revealSweepRow(page)
  const row = sweepRow(page)
  await expect(row).toHaveCount(1, { timeout: 30_000 })
  // Select the first characters of the 扫黑除恶 cell, as a user would by dragging.
  const cell = row.getByTestId('lane-cell').filter({ hasText: '扫黑除恶' }).first()
  const quote = await cell
    .locator('.lane-text p')
    .first()
    .evaluate((p) => {
      const text = p.textContent ?? ''
      const at = text.indexOf('扫黑除恶')
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      let offset = 0
      const range = document.createRange()
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0
        if (offset + length > at && range.startContainer === document) range.setStart(node, at - offset)
        if (offset + length >= at + 4) {
          range.setEnd(node, at + 4 - offset)
          break
        }
        offset += length
      }
      document.getSelection()?.removeAllRanges()
      document.getSelection()?.addRange(range)
      return range.toString()
    })
  expect(quote).toBe('扫黑除恶')
  const toolbar = page.getByTestId('selection-toolbar')
  await expect(toolbar).toBeVisible()
  await expect(cell.locator('.lane-shared')).toHaveCount(0)
  await release(page)
  await expect(cell.locator('.lane-shared').first()).toBeVisible({ timeout: 20_000 })
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('扫黑除恶')
  await expect(toolbar).toBeVisible()
  await toolbar.locator('button.swatch').first().click()
  // The lanes' own pane lists the new highlight; the switch hides and shows it.
  const pane = page.getByRole('region', { name: 'Theme lanes' }).getByTestId('annotation-item')
  await expect(pane.filter({ hasText: '扫黑除恶' })).toHaveCount(1)
  const paneSwitch = page.getByRole('region', { name: 'Theme lanes' }).getByRole('button', { name: 'Annotations', exact: true })
  await paneSwitch.click()
  await expect(pane).toHaveCount(0)
  await paneSwitch.click()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Annotations', exact: true }).click()
  await expect(page.getByText('扫黑除恶', { exact: false }).first()).toBeVisible()

  // Link an "only here" passage to row 1; it then shows in that row as linked by hand.
  await page.getByRole('button', { name: 'Theme lanes', exact: true }).click()
  const lone = page.getByTestId('lanes-only-here').getByTestId('lane-cell').first()
  // "Only here" closes the virtual list: scroll to the end until it is drawn.
  await expect(page.getByTestId('lane-row').first()).toBeVisible({ timeout: 30_000 })
  await expect(async () => {
    await page.locator('.lanes-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await expect(lone).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 20_000 })
  const loneText = (await lone.locator('.lane-text').innerText()).slice(0, 10)
  await lone.getByRole('button', { name: 'Link to row…' }).click()
  await page
    .getByTestId('link-dialog')
    .getByRole('button', { name: /^Row 1:/ })
    .click()
  // The passage now sits in an aligned row (wherever its sub-theme places it), marked as linked by hand.
  // Searched for as that cell, so a re-render of the virtual list after the decision cannot hide it.
  const linked = page.locator('[data-testid="lane-row"] [data-testid="lane-cell"].lane-linked', { hasText: loneText })
  await reveal(page, linked.first())
  await expect(linked).toHaveCount(1)
})
