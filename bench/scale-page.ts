/**
 * Measurements taken inside the app's page for the scale benchmark: the library filter's answer time,
 * the longest main-thread task while the reader scrolls, the JS heap after garbage collection (through
 * the Chrome DevTools Protocol), and annotations written straight into the library's IndexedDB.
 */
import type { Page } from '@playwright/test'

/** Milliseconds from typing `query` into the library filter (one input event) to the table's new rows on screen. */
export async function timeFilter(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!
    const count = (): string => document.querySelector('.library-count')?.textContent ?? ''
    const before = count()
    const started = performance.now()
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    setter.call(input, q)
    input.dispatchEvent(new Event('input', { bubbles: true }))
    // The count line changes in the same render as the rows.
    while (count() === before && performance.now() - started < 5000) await new Promise((resolve) => requestAnimationFrame(resolve))
    return performance.now() - started
  }, query)
}

/** Baseline for the filter: the same substring test over the same titles as plain strings. */
export async function timeBareFilter(page: Page, query: string, titles: string[]): Promise<number> {
  return page.evaluate(
    ({ q, all }) => {
      const started = performance.now()
      const kept = all.filter((t) => t.toLowerCase().includes(q.toLowerCase())).sort()
      return kept.length >= 0 ? performance.now() - started : -1
    },
    { q: query, all: titles },
  )
}

/** Pixels scrolled per frame: a fast flick of the wheel (a user reading moves far less). */
const SCROLL_STEP_PX = 400
/** Frames scrolled at most. */
const SCROLL_FRAMES = 600

interface ScrollResult {
  longestMs: number
  over50: number
  frames: number
}

/** Scrolls `selector`'s element down SCROLL_STEP_PX a frame; the longest main-thread task and how many took over 50 ms. */
function scrollAndWatch(page: Page, selector: string): Promise<ScrollResult> {
  return page.evaluate(
    async ({ sel, step, most }) => {
      const tasks: number[] = []
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)))
      observer.observe({ type: 'longtask', buffered: false })
      const el = document.querySelector<HTMLElement>(sel)!
      let frames = 0
      while (el.scrollTop + el.clientHeight < el.scrollHeight - 1 && frames < most) {
        el.scrollTop += step
        frames++
        await new Promise((resolve) => requestAnimationFrame(resolve))
      }
      // Long tasks are reported after they end.
      await new Promise((resolve) => setTimeout(resolve, 200))
      observer.disconnect()
      return { longestMs: Math.max(0, ...tasks), over50: tasks.filter((d) => d > 50).length, frames }
    },
    { sel: selector, step: SCROLL_STEP_PX, most: SCROLL_FRAMES },
  )
}

/** Scrolls the first reader column through its text (see scrollAndWatch). */
export function scrollLongTasks(page: Page): Promise<ScrollResult> {
  return scrollAndWatch(page, '.column-text')
}

/**
 * Baseline for the reader: the same text as one <p> per line in a plain scrolling element over the
 * page (every paragraph in the DOM, as the reader was before it was virtualised): the milliseconds to
 * build and lay it out, then the same scroll. The element is removed afterwards.
 */
export async function plainTextBaseline(page: Page, text: string): Promise<{ openMs: number } & ScrollResult> {
  const openMs = await page.evaluate((t) => {
    const started = performance.now()
    const box = document.createElement('div')
    box.id = 'bench-plain-text'
    box.style.cssText =
      'position:fixed;inset:60px 200px 40px 200px;overflow:auto;background:white;z-index:99;font-size:16px;line-height:1.9'
    for (const line of t.split('\n')) {
      if (!line.trim()) continue
      const p = document.createElement('p')
      p.textContent = line
      box.append(p)
    }
    document.body.append(box)
    void box.scrollHeight
    return performance.now() - started
  }, text)
  const scroll = await scrollAndWatch(page, '#bench-plain-text')
  await page.evaluate(() => document.getElementById('bench-plain-text')?.remove())
  return { openMs, ...scroll }
}

/** The page's JS heap in use after a full garbage collection (bytes). Workers' heaps are not included. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
}

/**
 * Writes `count` annotations spread over every document into the library's IndexedDB (as the app
 * stores them: quote and position selectors on the stored text, its text hash, themes, a note on one
 * in five). Returns how many were written.
 */
export async function addAnnotations(page: Page, count: number): Promise<number> {
  return page.evaluate(
    (total) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('bidu')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const docs: { id: string; text: string; textHash: string }[] = []
          const read = db.transaction('documents').objectStore('documents').openCursor()
          read.onsuccess = () => {
            const cursor = read.result
            if (cursor) {
              const { id, text, textHash } = cursor.value as { id: string; text: string; textHash: string }
              docs.push({ id, text, textHash })
              return cursor.continue()
            }
            const themes = ['safety', 'ecology', 'governance', 'economy']
            const colors = ['yellow', 'green', 'blue', 'pink', 'purple']
            const tx = db.transaction('annotations', 'readwrite')
            const now = new Date().toISOString()
            for (let i = 0; i < total; i++) {
              const doc = docs[i % docs.length]!
              const start = Math.floor(((doc.text.length - 80) * ((i * 7919) % 1000)) / 1000)
              const end = start + 20 + (i % 40)
              tx.objectStore('annotations').put({
                id: `bench-${i}`,
                documentId: doc.id,
                textHash: doc.textHash,
                quote: {
                  exact: doc.text.slice(start, end),
                  prefix: doc.text.slice(Math.max(0, start - 32), start),
                  suffix: doc.text.slice(end, end + 32),
                },
                position: { start, end },
                color: colors[i % colors.length],
                themes: [themes[i % themes.length]],
                tags: i % 3 === 0 ? ['bench'] : [],
                note: i % 5 === 0 ? `注：第${i}条` : '',
                created: now,
                updated: now,
                anchorStatus: 'exact',
              })
            }
            tx.oncomplete = () => {
              db.close()
              resolve(total)
            }
            tx.onerror = () => reject(tx.error)
          }
        }
      }),
    count,
  )
}
