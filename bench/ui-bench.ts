// The UI's figures, measured on the real built renderer in Chromium, hosted by the same harness
// as the end-to-end tests: response-to-row-painted latency, first render of a long timeline, and
// the bundle's gzip size.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { withFreshRequestIds, type RecordedCdpEvent } from './ingest-rate'
import type { TimelineEntry } from '../src/shared/domain'
import { buildRenderer, HAR_WORKER_SCRIPT } from '../test/support/build-renderer'
import { openUi, startPaneLab, type PaneLab, type UiHarness } from '../test/support/lab-harness'
import { percentile } from './stats'
import { runBurst, tallestRow, timeFilterKeys } from '../test/support/traffic-burst'
import { withTaskTrace } from './task-trace'

/** Wall-clock times (ms since the epoch) of the UI's performance marks named PREFIX + id. */
async function markTimes(page: Page, prefix: string): Promise<Map<string, number>> {
  const marks = await page.evaluate(
    (p) =>
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith(p))
        .map((mark) => [mark.name.slice(p.length), performance.timeOrigin + mark.startTime]),
    prefix,
  )
  return new Map(marks as Array<[string, number]>)
}

/**
 * Response to row painted: in the UI, from the event carrying an exchange's response arriving in
 * the page to its row painted with it; and end to end, from capture having the response in the
 * host, through the harness's transport, to the same paint.
 */
export async function benchRowLatency(browser: Browser, exchanges = 200) {
  const lab = await startPaneLab({ browser })
  let uiReady!: () => void
  const ready = new Promise<void>((resolve) => (uiReady = resolve))
  const ui = await openUi(lab, { onCommandAnswered: (name) => name === 'ready' && uiReady() })
  try {
    await ready
    await lab.session.navigate('/')
    const responded = new Map<string, number>()
    const unsubscribe = lab.capture.subscribe({
      entry: (entry) => {
        if (entry.kind === 'exchange' && entry.status !== null && !responded.has(entry.id)) {
          responded.set(entry.id, Date.now())
        }
      },
    })
    for (let i = 0; i < exchanges; i += 1) {
      // Navigations, not fetch(): the tutorial pages' CSP allows no script connections.
      await lab.page.goto(lab.url(`/getcookie?n=${i}`), { waitUntil: 'load' })
    }
    await lab.capture.settled()
    const isFetch = (entry: TimelineEntry) => entry.kind === 'exchange' && entry.url.includes('?n=')
    const ids = lab.capture
      .entries()
      .filter(isFetch)
      .map((entry) => entry.id)
    await ui.page.waitForFunction(
      (last) => performance.getEntriesByName(`row-response-painted:${last}`).length > 0,
      ids.at(-1),
    )
    unsubscribe()
    const painted = await markTimes(ui.page, 'row-response-painted:')
    const committed = await markTimes(ui.page, 'row-response-committed:')
    const delivered = await markTimes(ui.page, 'host-delivered:')
    const spans = (from: Map<string, number>, to: Map<string, number>) =>
      ids.flatMap((id) => {
        const start = from.get(id)
        const end = to.get(id)
        return start !== undefined && end !== undefined ? [end - start] : []
      })
    const total = spans(responded, painted)
    const inUi = spans(delivered, painted)
    const toCommit = spans(delivered, committed)
    return {
      exchanges: ids.length,
      measured: inUi.length,
      uiP50Ms: percentile(inUi, 50),
      uiP95Ms: percentile(inUi, 95),
      commitP50Ms: percentile(toCommit, 50),
      commitP95Ms: percentile(toCommit, 95),
      totalP50Ms: percentile(total, 50),
      totalP95Ms: percentile(total, 95),
    }
  } finally {
    await ui.close()
    await lab.close()
  }
}

const FIXTURE = 'test/fixtures/cdp/set-get-delete.json'

/**
 * First render of a timeline of N captured exchanges: from the `ready` answer being in the UI
 * page to the first timeline row painted. Carrying the answer there is the host's transport
 * (Electron's IPC in the app, JSON over a Playwright binding here), timed apart as `transferMs`.
 */
export async function benchFirstRender(browser: Browser, wanted: number) {
  const lab = await startPaneLab({ browser, storePollMs: 0 })
  const recorded: RecordedCdpEvent[] = JSON.parse(readFileSync(FIXTURE, 'utf8')).events
  const perRound = Math.max(
    1,
    recorded.filter((event) => event.method === 'Network.requestWillBeSent').length,
  )
  for (const event of withFreshRequestIds(recorded, Math.ceil(wanted / perRound))) {
    lab.capture.ingest(event.method, event.params)
  }
  let answeredAt = Number.NaN
  const ui = await openUi(lab, {
    onCommandAnswered: (name) => {
      if (name === 'ready') answeredAt = Date.now()
    },
  })
  try {
    await ui.page.waitForFunction(() =>
      performance.getEntriesByType('mark').some((m) => m.name.startsWith('row-painted:')),
    )
    const firstRow = Math.min(...(await markTimes(ui.page, 'row-painted:')).values())
    const inPage = (await markTimes(ui.page, 'host-answered:')).get('ready') ?? Number.NaN
    return {
      entries: lab.capture.entries().length,
      // What `ready` answers with: the newest page, not the whole timeline (src/shared/timeline-pages.ts).
      snapshotMB: JSON.stringify(lab.session.snapshot()).length / 1e6,
      rowsInDom: await ui.page.locator('[data-entry-id]').count(),
      renderMs: firstRow - inPage,
      transferMs: inPage - answeredAt,
    }
  } finally {
    await ui.close()
    await lab.close()
  }
}

/** Builds the renderer (the UI benches load this build) and sizes it. */
export async function benchBundle() {
  const dir = await buildRenderer()
  const assets = join(dir, 'assets')
  // The HAR worker is a script of its own, loaded only when a file is imported.
  const size = (ext: string, worker = false) =>
    readdirSync(assets)
      .filter((name) => name.endsWith(ext) && HAR_WORKER_SCRIPT.test(name) === worker)
      .reduce(
        (sum, name) => {
          const bytes = readFileSync(join(assets, name))
          return {
            raw: sum.raw + bytes.length,
            gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length,
          }
        },
        { raw: 0, gzip: 0 },
      )
  return { js: size('.js'), css: size('.css'), harWorker: size('.js', true) }
}

/**
 * Opens a fresh lab and UI at its home row, runs RUN with them, and closes both. The pane's
 * renderers run below the UI's, as in the hosts, unless PANE_BELOW_UI is false.
 */
async function withBurstLab<T>(
  browser: Browser,
  run: (lab: PaneLab, ui: UiHarness) => Promise<T>,
  paneBelowUi = true,
): Promise<T> {
  const lab = await startPaneLab({ browser })
  const ui = await openUi(lab, { paneBelowUi })
  try {
    await ui.launchHome()
    return await run(lab, ui)
  } finally {
    await ui.close()
    await lab.close()
  }
}

/**
 * A burst of REQUESTS quick requests, each carrying every cookie the ones before it set (Chromium
 * keeps about 180 for a site): the UI's longest main-thread task and count of long ones, its
 * catch-up after the last response, the name filter's slowest key at that many rows, and the
 * tallest row. No trace runs meanwhile: it costs every process time of its own
 * (`benchBurstTrace` takes one on a burst of its own).
 */
export function benchBurst(browser: Browser, requests = 300, paneBelowUi = true) {
  return withBurstLab(
    browser,
    async (lab, ui) => {
      const burst = await runBurst(lab, ui, requests)
      const tallestRowPx = await tallestRow(ui.page)
      const filterKeysMs = await timeFilterKeys(ui.page, 'k150')
      return {
        ...burst,
        exchanges: burst.exchanges.length,
        rows: await ui.page.evaluate(
          () => document.querySelector('#timeline-panel .panel-count')?.textContent ?? '',
        ),
        tallestRowPx,
        filterMs: Math.max(...filterKeysMs),
      }
    },
    paneBelowUi,
  )
}

/** The same burst under Chromium's trace of the UI's main thread: each task's CPU and wall clock. */
export function benchBurstTrace(browser: Browser, requests = 300) {
  return withBurstLab(browser, async (lab, ui) => {
    const { tasks } = await withTaskTrace(browser, ui.page, () => runBurst(lab, ui, requests))
    return tasks
  })
}
