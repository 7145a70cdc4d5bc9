// A burst of traffic in the real built UI (the production bundle): quick requests that each set
// one more cookie, so the later ones carry dozens. Nothing is lost, rows keep to two lines of
// chips with "+N more", the store shows its hundred cookies a screenful at a time, and the UI
// keeps up.
//
// The timing bounds here are loose on purpose: this suite runs on loaded 2-core CI machines, where
// one Chromium shares the cores with the tutorial server, capture and other test processes, and
// a task that takes the UI 40 ms of CPU was seen taking over a second of wall-clock time (load
// average 27 on 2 cores). They catch a UI that freezes or falls behind; the strict goals (100 ms,
// 1 s, 50 ms at 300 requests) are the bench's, run on a quiet machine (`npm run bench`).

import type { Locator } from 'playwright-core'
import { describe, expect } from 'vitest'
import { openUi, type UiHarness } from '../support/lab-harness'
import { labTest } from '../support/lab-test'
import { burstPath, runBurst, tallestRow, timeFilterKeys } from '../support/traffic-burst'

const REQUESTS = 100

// The UI as the hosts open it: the pane's renderers below the UI's (renderer-priority.ts).
const burstTest = labTest.extend<{ ui: UiHarness }>({
  ui: async ({ lab }, use) => {
    const ui = await openUi(lab, { paneBelowUi: true })
    await use(ui)
    await ui.close()
  },
})

describe('a burst of traffic', () => {
  burstTest(
    'keeps every exchange, two lines of chips per row, and a UI that keeps up',
    { timeout: 120_000 },
    async ({ lab, ui }) => {
      await ui.launchHome()
      const burst = await runBurst(lab, ui, REQUESTS)
      const { page } = ui

      // Nothing lost: capture has every request, and the UI a row for each.
      expect(burst.exchanges).toHaveLength(REQUESTS)
      expect(burst.maxCookiesSent).toBe(REQUESTS - 1)
      const shown = lab.capture
        .entries()
        .filter((e) => !(e.kind === 'exchange' && e.isAsset)).length
      await expect
        .poll(() => page.locator('#timeline-panel .panel-count').textContent())
        .toBe(`${shown} rows`)
      // The store crossed as its changes after the first time (src/shared/event-wire.ts): a
      // few times its final size in all, where sent whole after each request it was about 50.
      const finalStore = JSON.stringify(lab.capture.store()).length
      expect(burst.deliveredBytes['store']).toBeLessThan(3 * finalStore)
      // …and each burst row is there: the filter for the rows that set a cookie finds exactly
      // the request that set it, for a few across the burst.
      await page.getByLabel('Set or changed').check()
      for (const i of [0, 57, REQUESTS - 1]) {
        await page.getByLabel('Filter by cookie name').fill(`k${i}`)
        // "k1" also matches k10…k19: look for the exact row among those found.
        await ui.row(burstPath(i)).waitFor()
        if (i === REQUESTS - 1)
          expect(await page.locator('#timeline-list').getByRole('option').count()).toBe(1)
      }
      await page.getByLabel('Set or changed').uncheck()
      await page.getByLabel('Filter by cookie name').fill('')

      // The newest row carries 99 cookies in at most two lines of chips, then "+N more", and
      // the chips shown plus N are all of them.
      const last = ui.row(burstPath(REQUESTS - 1))
      await last.waitFor()
      const cookieLine = last.locator('.row-line').first()
      const lineTops = await cookieLine
        .locator('.chip')
        .evaluateAll((chips) => [...new Set(chips.map((c) => (c as HTMLElement).offsetTop))])
      expect(lineTops.length).toBeLessThanOrEqual(2)
      const drawn = await cookieLine.locator('.chip:not(.chip-more)').count()
      const more = await cookieLine.locator('.chip-more').textContent()
      expect(more).toBe(`+${REQUESTS - 1 - drawn} more`)
      expect(drawn).toBeGreaterThan(2)
      expect(await tallestRow(page)).toBeLessThan(240)
      await ui.screenshot('timeline-burst-rows')

      // The store holds every cookie, but only the rows in view (and a few around them) are in
      // the page; scrolling the store reaches each of them, in the store's order.
      const store = page.locator('.store-panel')
      await expect
        .poll(() => store.locator('.panel-count').textContent())
        .toBe(`${REQUESTS} cookies`)
      expect(await store.locator('tr.store-row').count()).toBeLessThan(40)
      const names = lab.capture.store().map((cookie) => cookie.name)
      const storeRow = (name: string) =>
        store.locator('tr.store-row', {
          has: page.locator('.store-name').getByText(name, { exact: true }),
        })
      const scroller = store.locator('.panel-scroll')
      // Wholly inside the store's scrolling box, below its sticky head.
      const inScroller = (row: Locator) =>
        row.evaluate((element) => {
          const box = element.closest('.panel-scroll')!.getBoundingClientRect()
          const head = element.closest('table')!.querySelector('thead')!.getBoundingClientRect()
          const rect = element.getBoundingClientRect()
          return rect.top >= head.bottom - 1 && rect.bottom <= box.bottom + 1
        })
      // Rows out of view have estimated heights until they are drawn and measured: the end moves
      // as the rows near it are measured, so the way down is taken again until it holds.
      await expect
        .poll(async () => {
          await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight))
          return inScroller(storeRow(names.at(-1)!))
        })
        .toBe(true)
      await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight / 2))
      await expect.poll(() => storeRow(names[Math.floor(names.length / 2)]!).count()).toBe(1)
      await scroller.evaluate((element) => (element.scrollTop = 0))
      await expect.poll(() => inScroller(storeRow(names[0]!))).toBe(true)
      await ui.screenshot('store-burst-rows')

      // Wall-clock bounds with a margin for a loaded machine (see the top of this file).
      expect(burst.longestTaskMs).toBeLessThan(2_000)
      expect(burst.catchUpMs).toBeLessThan(5_000)
      expect(Math.max(...(await timeFilterKeys(page, 'k100')))).toBeLessThan(500)
    },
  )
})
