// A burst of traffic as a class makes it: REQUESTS quick navigations of the pane to
// `/set?key=kN&value=v`, each setting one more cookie, so every later request carries all the
// cookies Chromium keeps for the site (it keeps about 180 and evicts the oldest). The UI page
// watches its own main thread (PerformanceObserver 'longtask') meanwhile. Shared by the bench
// (`npm run bench`, the strict goals) and the end-to-end test (a smaller burst, honest margins).

import type { Page } from 'playwright-core'
import type { Exchange } from '../../src/shared/domain'
import type { PaneLab, UiHarness } from './lab-harness'
import { urlOf } from './captured'

export const burstPath = (i: number) => `/set?key=k${i}&value=v`

export interface BurstFigures {
  requests: number
  /** Exchanges capture recorded for the burst's URLs (each must have its row). */
  exchanges: Exchange[]
  longestTaskMs: number
  longTasks: number
  /** Last response in capture (the host) to the last burst row painted with it in the UI. */
  catchUpMs: number
  /** Most cookies one burst request carried. */
  maxCookiesSent: number
  /** Bytes of event data the host delivered to the UI during the burst, by event. */
  deliveredBytes: Record<string, number>
}

/** Starts counting the UI page's long tasks (over 50 ms, as the browser reports them). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] }
    w.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
}

/**
 * Starts counting the bytes of event data the host delivers to the UI page: the JSON text the
 * browser host's preload receives (src/browser-host/ui-preload.ts), by event name.
 */
async function countDelivered(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Deliver = (name: string, json: string) => void
    const w = window as unknown as { __cookieLabDeliver: Deliver; __delivered: object }
    const bytes: Record<string, number> = {}
    const deliver = w.__cookieLabDeliver
    w.__delivered = bytes
    w.__cookieLabDeliver = (name, json) => {
      bytes[name] = (bytes[name] ?? 0) + json.length
      deliver(name, json)
    }
  })
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice())
}

/** Wall-clock time (ms since the epoch) of the UI's performance mark NAME, or NaN. */
export async function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => {
    const mark = performance.getEntriesByName(n)[0]
    return mark ? performance.timeOrigin + mark.startTime : Number.NaN
  }, name)
}

/**
 * Runs the burst against a UI already opened on LAB (its `ready` answered) and returns the
 * figures. The rows' paint marks come from src/renderer/src/row-paint-marks.ts.
 */
export async function runBurst(lab: PaneLab, ui: UiHarness, requests: number) {
  await ui.page.locator('#timeline-list').getByRole('option').first().waitFor()
  await watchLongTasks(ui.page)
  await countDelivered(ui.page)
  const responded = new Map<string, number>()
  const unsubscribe = lab.capture.subscribe({
    entry: (entry) => {
      if (entry.kind === 'exchange' && entry.status !== null && !responded.has(entry.id)) {
        responded.set(entry.id, Date.now())
      }
    },
  })
  try {
    for (let i = 0; i < requests; i += 1) {
      await lab.page.goto(lab.url(burstPath(i)), { waitUntil: 'domcontentloaded' })
    }
    await lab.capture.settled()
  } finally {
    unsubscribe()
  }
  const paths = new Set(Array.from({ length: requests }, (_, i) => burstPath(i)))
  const exchanges = lab.capture
    .entries()
    .filter(
      (e): e is Exchange => e.kind === 'exchange' && paths.has(urlOf(e).pathname + urlOf(e).search),
    )
  const last = exchanges.at(-1)
  if (!last) throw new Error('the burst recorded no exchange')
  // Caught up: the newest row and the row of the last response to come (not always the newest
  // row's: an earlier exchange's status can be told after it) both painted with their responses.
  const respondedAt = (e: Exchange) => responded.get(e.id) ?? -Infinity
  const lastResponded = exchanges.reduce((a, b) => (respondedAt(b) > respondedAt(a) ? b : a))
  const lastResponse = respondedAt(lastResponded)
  const ids = [...new Set([last.id, lastResponded.id])]
  await ui.page.waitForFunction(
    (names) =>
      names.every((id) => performance.getEntriesByName(`row-response-painted:${id}`).length > 0),
    ids,
    { timeout: 180_000 },
  )
  const painted = Math.max(
    ...(await Promise.all(ids.map((id) => markTime(ui.page, `row-response-painted:${id}`)))),
  )
  const tasks = await longTasks(ui.page)
  return {
    requests,
    exchanges,
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    catchUpMs: painted - lastResponse,
    maxCookiesSent: Math.max(...exchanges.map((e) => e.cookiePairs.length)),
    deliveredBytes: await ui.page.evaluate(
      () => (window as unknown as { __delivered: Record<string, number> }).__delivered,
    ),
  } satisfies BurstFigures
}

/**
 * Types TEXT into the timeline's name filter one key at a time, as a learner does, and returns
 * the slowest key: from the input event to the frame after the list that answers it is painted.
 */
export async function timeFilterKeys(page: Page, text: string): Promise<number[]> {
  const times: number[] = []
  for (let n = 0; n <= text.length; n += 1) {
    // The last step clears the filter again: showing every row back is a key press too.
    const value = n === text.length ? '' : text.slice(0, n + 1)
    times.push(
      await page.evaluate(async (v) => {
        const input = document.querySelector<HTMLInputElement>('input.filter-input')
        if (!input) throw new Error('the timeline has no filter input')
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
        const start = performance.now()
        setValue.call(input, v)
        input.dispatchEvent(new Event('input', { bubbles: true }))
        // React renders a typed key at once; the next frame paints it, and the task after that
        // frame starts once the paint is done.
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        return performance.now() - start
      }, value),
    )
  }
  return times
}

/** The tallest timeline row in the DOM, in CSS pixels. */
export async function tallestRow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll<HTMLElement>('[data-entry-id]')].map((r) => r.offsetHeight),
    ),
  )
}
