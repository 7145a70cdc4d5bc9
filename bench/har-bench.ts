// Importing a long HAR file in the UI: a 10,000-exchange session, exported as Cookie Lab exports
// it (the largest kind of file: raw headers and its own fields), chosen in the HAR menu's file
// input of the real built renderer, until its first row is painted. The page reads the file in
// its HAR worker (src/ui-worker): nothing of it crosses to the host. The stages, timed in the
// page: the file chosen → the worker's answer in the page (starting the worker, reading the file,
// checking it whole, reading the newest 500 entries, carrying them back) → the first row
// painted. The UI's main thread is watched meanwhile (long tasks), and core's reading of the same
// text is timed in Node for comparison.

import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { PaneCapture } from '../src/core/capture/pane-capture'
import { HAR_FIRST_PAGE } from '../src/core/har/har-desk'
import { exportHar } from '../src/core/har/har-export'
import { openHarLog, readHarEntries } from '../src/core/har/har-import'
import { openUi, startPaneLab } from '../test/support/lab-harness'
import { withFreshRequestIds, type RecordedCdpEvent } from './ingest-rate'

const FIXTURE = 'test/fixtures/cdp/set-get-delete.json'

/** A HAR text of about WANTED exchanges, captured from the recorded session replayed. */
export function longHarText(wanted: number): { text: string; exchanges: number } {
  const recorded: RecordedCdpEvent[] = JSON.parse(readFileSync(FIXTURE, 'utf8')).events
  const perRound = recorded.filter((event) => event.method === 'Network.requestWillBeSent').length
  const capture = new PaneCapture({ storePollMs: 0 })
  try {
    for (const event of withFreshRequestIds(recorded, Math.ceil(wanted / perRound))) {
      capture.ingest(event.method, event.params)
    }
    const entries = capture.entries().slice(-wanted)
    const text = JSON.stringify(exportHar(entries, { version: 'bench' }))
    return { text, exchanges: entries.filter((entry) => entry.kind === 'exchange').length }
  } finally {
    capture.close()
  }
}

/** Core's own reading of TEXT in Node: the file checked whole, then its newest entries read. */
export function timeHarReadingInNode(text: string) {
  const start = performance.now()
  const opened = openHarLog(text)
  if (!opened.ok) throw new Error('the bench file does not read')
  const checked = performance.now()
  const count = opened.log.entries.length
  readHarEntries(opened.log, count - HAR_FIRST_PAGE, count)
  return { checkMs: checked - start, newestMs: performance.now() - checked }
}

/** Times importing a WANTED-exchange HAR file in the UI, from the file chosen to the first row. */
export async function benchHarImport(browser: Browser, wanted = 10_000) {
  const { text, exchanges } = longHarText(wanted)
  const node = timeHarReadingInNode(text)

  const lab = await startPaneLab({ browser, storePollMs: 0 })
  const hostCommands: string[] = []
  const ui = await openUi(lab, { onCommandAnswered: (name) => hostCommands.push(name) })
  try {
    const page = ui.page
    await page.locator('.har-file-input').waitFor({ state: 'attached' })
    await page.evaluate(() => {
      // Marked by the input's own listener, before the UI's (React's, at the root) takes the file.
      document
        .querySelector('.har-file-input')
        ?.addEventListener('change', () => performance.mark('har-chosen'))
      // The worker's first and last answers marked as they reach the page, before the UI's own
      // listener takes them.
      const PageWorker = window.Worker
      type Answer = { kind?: string; page?: { more: unknown } }
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options)
          this.addEventListener('message', ({ data }: MessageEvent<Answer>) => {
            if (data.kind === 'opened') performance.mark('har-worker-answered')
            if (data.kind === 'page' && data.page?.more === null) performance.mark('har-last-page')
          })
        }
      }
      const tasks: Array<[number, number]> = []
      Object.assign(window, { harLongTasks: tasks })
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) tasks.push([task.startTime, task.duration])
      }).observe({ type: 'longtask' })
    })
    const commandsBefore = hostCommands.length
    await page.locator('.har-file-input').setInputFiles(
      {
        name: 'long-session.har',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      },
      { timeout: 120_000 },
    )
    await page.waitForFunction(
      () => performance.getEntriesByType('mark').some((m) => m.name.startsWith('row-painted:har-')),
      undefined,
      { timeout: 60_000 },
    )
    // Then the older entries, a page at a time, until the last has been taken in.
    await page.waitForFunction(() => performance.getEntriesByName('har-last-page').length > 0)
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)))
    const { marks, longTasks } = await page.evaluate(() => ({
      marks: performance
        .getEntriesByType('mark')
        .map((m): [string, number] => [m.name, m.startTime]),
      longTasks: (window as unknown as { harLongTasks: Array<[number, number]> }).harLongTasks,
    }))
    const first = (prefix: string) =>
      Math.min(...marks.filter(([name]) => name.startsWith(prefix)).map(([, time]) => time))
    const chosen = first('har-chosen')
    const answered = first('har-worker-answered')
    const firstRow = first('row-painted:har-')
    const lastPage = first('har-last-page')
    /** The longest main-thread task over 50 ms from FROM that ended by TO (0: none). */
    const longestTask = (from: number, to: number) =>
      Math.max(
        0,
        ...longTasks.filter(([start, ms]) => start >= from && start + ms <= to).map(([, ms]) => ms),
      )
    return {
      exchanges,
      fileMB: Buffer.byteLength(text) / 1e6,
      firstRowMs: firstRow - chosen,
      workerMs: answered - chosen,
      uiMs: firstRow - answered,
      // While the worker reads; up to the first row (the answer's own task included); while the
      // older pages come in, until a moment after the last.
      longestTaskWhileReadingMs: longestTask(chosen, answered),
      longestTaskToFirstRowMs: longestTask(chosen, firstRow),
      longestTaskWhileOlderMs: longestTask(firstRow, Number.POSITIVE_INFINITY),
      lastPageMs: lastPage - chosen,
      nodeCheckMs: node.checkMs,
      nodeNewestMs: node.newestMs,
      // None should be about HAR: the file never crosses to the host.
      harCommands: hostCommands.slice(commandsBefore).filter((name) => /har/i.test(name)),
      rowsInDom: await page.locator('#timeline-list [data-entry-id]').count(),
    }
  } finally {
    await ui.close()
    await lab.close()
  }
}
