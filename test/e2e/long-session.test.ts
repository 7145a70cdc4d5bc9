// A long session in the real UI over real Chromium: the UI opens on the newest page of a session
// of thousands of entries, loads older rows as the list is scrolled up (and keeps the row being
// read in place), finds an old row by the name filter through the host's search of the whole
// session, time-travels to it, follows a new live row again, and keeps its memory bounded.
//
// The session: one real exchange through the tutorial server first (`/set?key=needle_old`, the
// old row to find), then recorded CDP events (test/fixtures/cdp/set-get-delete.json, recorded
// from Chromium by scripts/record-cdp-events.ts) fed to the real capture with fresh requestIds,
// a few thousand exchanges in seconds, then one more real exchange live.

import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withFreshRequestIds, type RecordedCdpEvent } from '../../bench/ingest-rate'
import { UI_HEAP_BUDGET_MB } from '../../bench/long-session-bench'
import { READY_PAGE_LIMIT } from '../../src/shared/contract'
import { launchChromium } from '../support/chromium'
import { pageHeapAfterGc } from '../support/heap-use'
import { scrollTimelineToTop } from '../support/timeline-scroll'
import { openUi, startPaneLab, type PaneLab, type UiHarness } from '../support/lab-harness'

const ROUNDS = 1_500 // four exchanges each: 6,000 entries
const UI_HEAP_BUDGET = UI_HEAP_BUDGET_MB * 1e6

const RECORDED: RecordedCdpEvent[] = JSON.parse(
  readFileSync('test/fixtures/cdp/set-get-delete.json', 'utf8'),
).events

let browser: Browser
let lab: PaneLab
let ui: UiHarness

beforeAll(async () => {
  browser = await launchChromium()
  lab = await startPaneLab({ browser, storePollMs: 0 })
  await lab.session.navigate('/set?key=needle_old&value=found')
  await lab.capture.settled()
  for (const event of withFreshRequestIds(RECORDED, ROUNDS)) {
    lab.capture.ingest(event.method, event.params)
  }
  await lab.capture.settled()
  ui = await openUi(lab)
}, 60_000)

afterAll(async () => {
  await ui?.close()
  await lab?.close()
  await browser?.close()
})

const list = (page: Page) => page.locator('#timeline-list')
const olderEdge = (page: Page) => page.locator('.timeline-edge[data-edge="older"]')
const rowSeqs = (page: Page) =>
  page
    .locator('#timeline-list .row-seq')
    .allTextContents()
    .then((labels) => labels.map((label) => Number(label.slice(1))))

describe('a long session', () => {
  it('opens on the newest page, with the count of the whole session', async () => {
    const { page } = ui
    const entries = lab.capture.entriesBySeq()
    expect(entries.length).toBeGreaterThan(ROUNDS * 4)
    const newest = entries.at(-1)!
    await page.locator(`[data-entry-id="${newest.id}"]`).waitFor()
    await expect
      .poll(() => olderEdge(page).textContent())
      .toMatch(new RegExp(`of ${entries.length.toLocaleString('en-US')} entries loaded`))
    // Virtualised: a screenful of rows in the DOM, not thousands.
    expect(await page.locator('[data-entry-id]').count()).toBeLessThan(60)
  })

  it('loads older rows as the list is scrolled up, in order, the row being read kept in place', async () => {
    const { page } = ui
    const inView = (seq: number) =>
      page.evaluate((label) => {
        const list = document.querySelector('#timeline-list')!.getBoundingClientRect()
        const row = [...document.querySelectorAll('#timeline-list .row-seq')].find(
          (element) => element.textContent === label,
        )
        const box = row?.getBoundingClientRect()
        return box !== undefined && box.bottom > list.top && box.top < list.bottom
      }, `#${seq}`)
    const scrollToTop = () => scrollTimelineToTop(page)
    // ...where the oldest row `ready` sent stays in view while the page above it comes in.
    const firstSent = lab.capture.entriesBySeq().at(-READY_PAGE_LIMIT)!.seq
    await scrollToTop()
    await expect.poll(async () => Math.min(...(await rowSeqs(page)))).toBeLessThan(firstSent)
    expect(await inView(firstSent)).toBe(true)
    const seqs = await rowSeqs(page)
    // The rows in the DOM are consecutive and ascending: nothing lost or shown twice.
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i))
    // Far back: the UI holds at most its budget of entries, letting the newest go.
    for (let i = 0; i < 14; i++) {
      const oldest = Math.min(...(await rowSeqs(page)))
      await scrollToTop()
      await expect.poll(async () => Math.min(...(await rowSeqs(page)))).toBeLessThan(oldest)
    }
    await expect.poll(() => olderEdge(page).textContent()).toMatch(/^2,000 of /)
    // The newest rows were let go: the list no longer follows, and one button brings them back.
    await expect.poll(() => page.getByRole('button', { name: /Jump to latest/ }).count()).toBe(1)
    await list(page).evaluate((element) => (element.scrollTop = 0))
    await ui.screenshot('long-session-older-rows')
    const heap = await pageHeapAfterGc(page)
    console.log(`UI JS heap, 2,000 entries loaded: ${(heap / 1e6).toFixed(1)} MB`)
    expect(heap).toBeLessThan(UI_HEAP_BUDGET)
  })

  it('finds an old row by the name filter across the whole session, and shows the store after it', async () => {
    const { page } = ui
    const old = lab.capture
      .entriesBySeq()
      .find((entry) => entry.kind === 'exchange' && entry.url.includes('needle_old'))!
    await page.getByLabel('Filter by cookie name').fill('needle_old')
    const row = page.locator(`[data-entry-id="${old.id}"]`)
    await row.waitFor()
    await expect.poll(() => page.locator('#timeline-list [data-entry-id]').count()).toBe(1)
    await row.click()
    await expect.poll(() => ui.detail.textContent()).toMatch(/needle_old=found/)
    // Time travel: the inspector shows the store right after that row, with the cookie in it.
    await expect
      .poll(() => page.getByRole('region', { name: /store/i }).first().textContent())
      .toMatch(/needle_old/)
  })

  it('follows a live row again once the filter is cleared, and keeps the UI heap in budget', async () => {
    const { page } = ui
    await page.getByLabel('Filter by cookie name').fill('')
    // Selecting the one row the filter showed made it the newest shown: the list may follow.
    const jump = page.getByRole('button', { name: /Jump to latest/ })
    if (await jump.isVisible()) await jump.click()
    await lab.session.navigate('/getcookie?live=1')
    await ui.row('/getcookie?live=1').waitFor()
    const heap = await pageHeapAfterGc(page)
    console.log(
      `UI JS heap with ${lab.capture.entriesBySeq().length} entries: ${(heap / 1e6).toFixed(1)} MB`,
    )
    expect(heap).toBeLessThan(UI_HEAP_BUDGET)
  })
})
