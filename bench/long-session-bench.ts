// A long session's figures (issue #10): `ready` and the first render at 50,000 exchanges, the
// host's and the UI's memory against their budgets, and the name filter's search of the whole
// session. The session: one real exchange through the tutorial server (the old row searched
// for), then recorded CDP events (test/fixtures/cdp/set-get-delete.json) fed to the real capture
// with fresh requestIds, as benchFirstRender does, in batches so the copies never pile up.

import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { StoreHistory } from '../src/core/capture/store-history'
import type { StoredCookie } from '../src/shared/domain'
import { pageHeapAfterGc, processHeapAfterGc } from '../test/support/heap-use'
import { openUi, startPaneLab } from '../test/support/lab-harness'
import { scrollTimelineToTop } from '../test/support/timeline-scroll'
import { withFreshRequestIds, type RecordedCdpEvent } from './ingest-rate'

/**
 * The host's heap growth a 50,000-exchange session may cost (capture's log and journal, the raw
 * headers within their 32 MiB budget, the names the search prepares): measured 263 MB.
 */
export const HOST_HEAP_BUDGET_MB = 300
/**
 * The UI page's JS heap, whatever the session's length: it holds at most 2,000 entries for its
 * rows and the newest 1,000 (measured 10.5 MB with both full).
 */
export const UI_HEAP_BUDGET_MB = 24

const hostHeap = processHeapAfterGc
const uiHeap = pageHeapAfterGc

const FIXTURE = 'test/fixtures/cdp/set-get-delete.json'

export async function benchLongSession(browser: Browser, wanted = 50_000) {
  const recorded: RecordedCdpEvent[] = JSON.parse(readFileSync(FIXTURE, 'utf8')).events
  const perRound = recorded.filter((event) => event.method === 'Network.requestWillBeSent').length
  const lab = await startPaneLab({ browser, storePollMs: 0 })
  await lab.session.navigate('/set?key=needle_old&value=found')
  await lab.capture.settled()
  const heapBefore = hostHeap()
  const rounds = Math.ceil(wanted / perRound)
  const started = performance.now()
  for (let round = 0; round < rounds; round += 500) {
    const batch = withFreshRequestIds(recorded, Math.min(500, rounds - round), round)
    for (const event of batch) lab.capture.ingest(event.method, event.params)
  }
  const ingestMs = performance.now() - started
  await lab.capture.settled()
  const hostHeapMB = (hostHeap() - heapBefore) / 1e6
  const entries = lab.capture.entriesBySeq()
  const old = entries.find((entry) => entry.kind === 'exchange' && entry.url.includes('needle_old'))
  const readyMB = JSON.stringify(lab.session.snapshot()).length / 1e6

  let answeredAt = Number.NaN
  const ui = await openUi(lab, {
    onCommandAnswered: (name) => {
      if (name === 'ready') answeredAt = Date.now()
    },
  })
  try {
    const { page } = ui
    await page.waitForFunction(() =>
      performance.getEntriesByType('mark').some((m) => m.name.startsWith('row-painted:')),
    )
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name === 'host-answered:ready' || m.name.startsWith('row-painted:'))
        .map((m) => [m.name, performance.timeOrigin + m.startTime] as const),
    )
    const inPage = marks.find(([name]) => name === 'host-answered:ready')?.[1] ?? Number.NaN
    const firstRow = Math.min(
      ...marks.filter(([n]) => n !== 'host-answered:ready').map(([, t]) => t),
    )
    const uiHeapOpenMB = (await uiHeap(page)) / 1e6

    // Scrolled far back: the UI holds its most (2,000 entries), letting the newest go.
    const list = page.locator('#timeline-list')
    await list.hover()
    const oldestShown = () =>
      page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('#timeline-list .row-seq')].map((row) =>
            Number(row.textContent?.slice(1)),
          ),
        ),
      )
    for (let i = 0; i < 12; i++) {
      const before = await oldestShown()
      await scrollTimelineToTop(page)
      for (let tries = 0; (await oldestShown()) >= before; tries++) {
        if (tries > 200) throw new Error('no older rows came in 10 s')
        await page.waitForTimeout(50)
      }
    }
    // The edge says "Loading rows…" while the last page asked for is on its way: its count then.
    const edge = page.locator('.timeline-edge[data-edge="older"]')
    await page.waitForFunction(
      (element) => /^[\d,]+ of /.test(element?.textContent ?? ''),
      await edge.elementHandle(),
    )
    const loaded = (await edge.textContent()) ?? ''
    const uiHeapFarMB = (await uiHeap(page)) / 1e6

    // The name filter, across the whole session: from the key to the old row shown.
    const searchMs = await page.evaluate(async (id) => {
      const input = document.querySelector<HTMLInputElement>('input.filter-input')
      if (!input) throw new Error('the timeline has no filter input')
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      const start = performance.now()
      setValue.call(input, 'needle_old')
      input.dispatchEvent(new Event('input', { bubbles: true }))
      while (!document.querySelector(`[data-entry-id="${id}"]`)) {
        await new Promise((resolve) => requestAnimationFrame(resolve))
      }
      return performance.now() - start
    }, old?.id ?? '')

    return {
      entries: entries.length,
      ingestMs,
      hostHeapMB,
      readyMB,
      renderMs: firstRow - inPage,
      transferMs: inPage - answeredAt,
      rowsInDom: await page.locator('[data-entry-id]').count(),
      uiHeapOpenMB,
      uiHeapFarMB,
      loaded: loaded.split(' entries')[0] ?? loaded,
      searchMs,
    }
  } finally {
    await ui.close()
    await lab.close()
  }
}

/**
 * The store's history for time travel: CHANGES entries each changing one cookie of a store of
 * COOKIES (a new version per change, unchanged cookies shared), as the host keeps it.
 */
export function benchStoreHistory(changes = 50_000, cookies = 20) {
  const cookie = (i: number, value: string): StoredCookie => ({
    name: `k${i}`,
    value,
    domain: '127.0.0.1',
    path: '/',
    expires: null,
    size: 10,
    httpOnly: false,
    secure: false,
    sameSite: null,
    hostOnly: true,
    partitionKey: null,
    priority: null,
    sourceScheme: null,
    sourcePort: null,
  })
  const before = hostHeap()
  const history = new StoreHistory()
  history.start(
    Array.from({ length: cookies }, (_, i) => cookie(i, 'v')),
    0,
  )
  for (let seq = 1; seq <= changes; seq++) {
    history.apply([{ type: 'changed', cookie: cookie(seq % cookies, String(seq)) }], seq, `e${seq}`)
  }
  const mb = (hostHeap() - before) / 1e6
  // Kept alive until measured.
  return { changes, cookies, mb: history.latest.length > 0 ? mb : mb }
}
