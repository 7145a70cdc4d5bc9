// Importing a long HAR file in the UI: a 10,000-exchange session, exported as Cookie Lab exports
// it (the largest kind of file: raw headers and its own fields), chosen in the HAR menu's file
// input of the real built renderer, until its first row is painted. The stages are timed apart:
// the host's handler (checking the file whole and reading its newest entries, as in the app), and
// the UI's time from the host's answer in the page to the first row. The rest is the page reading
// the file and the harness's transport both ways (JSON over a Playwright binding here, Electron's
// IPC in the app).

import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { PaneCapture } from '../src/core/capture/pane-capture'
import { exportHar } from '../src/core/har/har-export'
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

/** Times importing a WANTED-exchange HAR file in the UI, from the file chosen to the first row. */
export async function benchHarImport(browser: Browser, wanted = 10_000) {
  const { text, exchanges } = longHarText(wanted)

  const lab = await startPaneLab({ browser, storePollMs: 0 })
  const ui = await openUi(lab)
  // The host's own time, read around its handler: the transport is what lies outside it.
  const handlers = lab.session.handlers
  const openHarText = handlers.openHarText
  let hostStart = Number.NaN
  let hostEnd = Number.NaN
  handlers.openHarText = (payload) => {
    hostStart = Date.now()
    const opening = openHarText(payload)
    hostEnd = Date.now()
    return opening
  }
  try {
    const page = ui.page
    await page.locator('.har-file-input').waitFor({ state: 'attached' })
    // Marked by the input's own listener, before the UI's (React's, at the root) reads the file.
    await page.evaluate(() => {
      document
        .querySelector('.har-file-input')
        ?.addEventListener('change', () => performance.mark('har-chosen'))
    })
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
    const marks: Array<[string, number]> = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .map((m) => [m.name, performance.timeOrigin + m.startTime]),
    )
    const first = (prefix: string) =>
      Math.min(...marks.filter(([name]) => name.startsWith(prefix)).map(([, time]) => time))
    const chosen = first('har-chosen')
    const firstRow = first('row-painted:har-')
    return {
      exchanges,
      fileMB: Buffer.byteLength(text) / 1e6,
      firstRowMs: firstRow - chosen,
      uiMs: firstRow - first('host-answered:openHarText'),
      hostMs: hostEnd - hostStart,
      toHostMs: hostStart - chosen,
      fromHostMs: first('host-answered:openHarText') - hostEnd,
      rowsInDom: await page.locator('#timeline-list [data-entry-id]').count(),
    }
  } finally {
    await ui.close()
    await lab.close()
  }
}
