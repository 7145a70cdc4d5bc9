// HAR in the app, end to end: the real built renderer in real Chromium, hosted by the real
// LabSession over the real tutorial server. A session is exported through the UI's own download
// (whole and sanitised), imported back through the file input and shown read-only with the same
// rows and cookies; each real HAR fixture from other tools is imported with its cookies shown; a
// broken file shows its problem and takes nothing away; and no import touches the pane's store or
// sends a request. A file the UI holds is read in the UI's HAR worker, its older pages too: the
// host is sent none of it. The imported DevTools file is photographed at 1280×720.

import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { readHarText } from '../../src/core/har/har-import'
import { dropFile } from '../support/file-drop'
import type { PaneLab, UiHarness } from '../support/lab-harness'
import { openUiPerTest } from '../support/lab-test'

let lab: PaneLab
let ui: UiHarness
let page: Page

openUiPerTest((opened) => {
  ;({ lab, ui } = opened)
  page = ui.page
})

const FIXTURES = 'test/fixtures/har'
const banner = () => page.getByRole('region', { name: 'Imported HAR file' })
const liveStore = () => page.getByRole('region', { name: 'Cookie store', exact: true })
const rowCount = () => page.locator('#timeline-panel .panel-count').textContent()

/** Chooses "EXPORT" in the HAR menu; answers the text of the file the page downloaded. */
async function exportThroughUi(item: 'Export HAR' | 'Export sanitised HAR') {
  await page.locator('.har-menu > summary').click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item, exact: true }).click(),
  ])
  const path = await download.path()
  return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') }
}

/** Imports TEXT as the file FILENAME through the HAR menu's file input, as a learner would. */
async function importThroughUi(fileName: string, text: string | Buffer) {
  await page.locator('.har-file-input').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
}

/** Every command the host is sent from now on: its name, and its payload as JSON. */
function recordHostCommands(): Array<[string, string]> {
  const sent: Array<[string, string]> = []
  const handlers = lab.session.handlers as unknown as Record<string, (payload: unknown) => unknown>
  for (const [name, handler] of Object.entries(handlers)) {
    handlers[name] = (payload) => {
      sent.push([name, JSON.stringify(payload) ?? ''])
      return handler(payload)
    }
  }
  return sent
}

/** Every timeline row as the learner reads it: number, path, status, cookie chips. */
function rowsShown() {
  return page.locator('#timeline-list [role="option"]').evaluateAll((rows) =>
    rows.map((row) => ({
      seq: row.querySelector('.row-seq')?.textContent ?? '',
      path: row.querySelector('.row-path')?.textContent ?? '',
      status: row.querySelector('.status')?.textContent ?? '',
      chips: [...row.querySelectorAll('.chip-pair')].map((chip) => chip.textContent ?? ''),
    })),
  )
}

async function aSessionWithCookies() {
  await ui.launchHome()
  await ui.logIn('alice')
  await ui.goTo('/getcookie')
  await ui.row('/getcookie').locator('.chip-pair', { hasText: 'userID=alice' }).waitFor()
  // The row shows its request first and its response a moment later: the session is whole, as
  // the export will write it, once the last row is answered.
  await ui.row('/getcookie').locator('.status', { hasText: '200' }).waitFor()
}

describe('HAR in the app', () => {
  it('exports the session through the UI and imports it back: the same rows and cookies, read-only', async () => {
    await aSessionWithCookies()
    const liveRows = await rowsShown()
    const liveEntries = lab.capture.entries().length
    const storeBefore = lab.capture.store()

    const exported = await exportThroughUi('Export HAR')
    expect(exported.fileName).toMatch(/^cookie-lab-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.har$/)
    const har = JSON.parse(exported.text)
    expect(har.log.version).toBe('1.2')
    expect(har.log.creator.name).toBe('Cookie Lab')
    const setCookie = har.log.entries.find((e: { request: { url: string } }) =>
      e.request.url.endsWith('/setcookie'),
    )
    expect(setCookie.response.cookies).toEqual([
      expect.objectContaining({ name: 'userID', value: 'alice' }),
    ])
    const getCookie = har.log.entries.find((e: { request: { url: string } }) =>
      e.request.url.endsWith('/getcookie'),
    )
    expect(getCookie.request.cookies).toEqual([{ name: 'userID', value: 'alice' }])

    await importThroughUi(exported.fileName, exported.text)
    await banner().getByText(`Imported: ${exported.fileName}`).waitFor()
    expect(await banner().textContent()).toContain('HAR 1.2, written by Cookie Lab')
    expect(await banner().textContent()).toContain('Written by Cookie Lab')
    expect(await rowsShown()).toEqual(liveRows)

    // Read-only: no store, no time travel, no edits; the detail says what the file lacks.
    expect(await liveStore().count()).toBe(0)
    const storeNote = page.getByRole('region', { name: 'Cookie store of the imported file' })
    expect(await storeNote.textContent()).toContain('Time travel is unavailable')
    expect(await page.getByRole('button', { name: /Add cookie/i }).count()).toBe(0)
    await ui.row('/getcookie').click()
    await ui.detail.getByText(`Imported from ${exported.fileName}`).waitFor()
    expect(await ui.detail.textContent()).toContain('a HAR file records no cookie store')
    await ui.row('/setcookie').click()
    // Cookie Lab's own file keeps the browser's verdict on the line.
    await ui.detail.locator('.verdict', { hasText: 'stored' }).first().waitFor()

    // Nothing reached the pane: no request replayed, its store as it was.
    expect(lab.capture.entries().length).toBe(liveEntries)
    expect(lab.capture.store()).toEqual(storeBefore)

    await banner().getByRole('button', { name: 'Back to the live session' }).click()
    await liveStore().getByText('alice').first().waitFor()
    expect(await banner().count()).toBe(0)
    expect(await rowsShown()).toEqual(liveRows)
  })

  it('exports a sanitised HAR with no cookie value and no Cookie, Set-Cookie or Authorization value', async () => {
    await aSessionWithCookies()
    const { fileName, text } = await exportThroughUi('Export sanitised HAR')
    expect(fileName).toMatch(/-sanitised\.har$/)
    expect(text).not.toContain('alice')
    const har = JSON.parse(text)
    const secret = new Set(['cookie', 'set-cookie', 'authorization'])
    let cookieHeaders = 0
    for (const entry of har.log.entries) {
      for (const side of [entry.request, entry.response]) {
        for (const cookie of side.cookies) expect(cookie.value).toBe('')
        for (const header of side.headers) {
          if (!secret.has(header.name.toLowerCase())) continue
          cookieHeaders++
          expect(header.value).toBe('')
        }
      }
    }
    expect(cookieHeaders).toBeGreaterThan(0)
    expect(har.log._cookieLab.sanitised).toBe(true)

    await importThroughUi(fileName, text)
    await banner()
      .getByText(/Sanitised: cookie values/)
      .waitFor()
    // Names stay: which cookie went where is still there to read.
    await ui.row('/setcookie').locator('.chip-name', { hasText: 'userID' }).waitFor()
  })

  it('imports each fixture HAR of another tool with its cookies shown, and says what it lacks', async () => {
    await ui.launchHome()
    const storeBefore = lab.capture.store()
    const entriesBefore = lab.capture.entries().length
    const files = (await readdir(FIXTURES)).filter((name) => name.endsWith('.har')).sort()
    expect(files.length).toBeGreaterThanOrEqual(4)
    for (const file of files) {
      const text = await readFile(join(FIXTURES, file), 'utf8')
      const reading = readHarText(text)
      if (!reading.ok) throw new Error(`${file} does not read`)
      const { har } = reading
      await importThroughUi(file, text)
      await banner().getByText(`Imported: ${file}`).waitFor()
      expect(await banner().textContent()).toContain(
        `HAR ${har.harVersion}, written by ${har.creator}`,
      )
      expect(await banner().textContent()).toContain('HAR has no field for them')
      const count = har.exchanges.length
      expect(await rowCount()).toBe(`${count} ${count === 1 ? 'row' : 'rows'}`)
      // A cookie set and one sent, each found by its name and shown as a chip.
      const set = har.exchanges.flatMap((e) => e.setCookies).find((line) => line.parsed)
      const sent = har.exchanges.flatMap((e) => e.cookiePairs)[0]
      for (const name of [set?.parsed?.name, sent?.name]) {
        if (name === undefined) continue
        await page.getByLabel('Filter by cookie name').fill(name)
        await page
          .locator('#timeline-list .chip-name')
          .filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
          .first()
          .waitFor()
      }
      await page.getByLabel('Filter by cookie name').fill('')
    }
    expect(lab.capture.store()).toEqual(storeBefore)
    expect(lab.capture.entries().length).toBe(entriesBefore)
  })

  it('shows a malformed HAR’s problem and loses nothing: not the live rows, not an imported file', async () => {
    await aSessionWithCookies()
    const liveRows = await rowsShown()
    await importThroughUi('broken.har', '{"log": {"version": "1.2", "entries": [')
    const alert = page.getByRole('alert').filter({ hasText: 'broken.har could not be imported' })
    await alert.waitFor()
    expect(await alert.textContent()).toContain('This file is not JSON')
    expect(await rowsShown()).toEqual(liveRows)
    expect(await banner().count()).toBe(0)

    // An entry without a request is left out, and said; the others are shown.
    const good = await readFile(join(FIXTURES, 'chrome-webinspector-localhost-set-cookie.har'))
    const har = JSON.parse(good.toString('utf8'))
    har.log.entries.push({ startedDateTime: 'yesterday', response: {} })
    await importThroughUi('half.har', JSON.stringify(har))
    await banner().getByText('Imported: half.har').waitFor()
    expect(await rowCount()).toBe('1 row')
    await banner().getByText('1 note on reading it').click()
    await banner()
      .getByText(/Entry 1 was left out/)
      .waitFor()

    // A file of another version while a file is shown: the shown file stays.
    await importThroughUi('v2.har', JSON.stringify({ log: { version: '2.0', entries: [] } }))
    await page
      .getByRole('alert')
      .getByText(/says it is version 2\.0/)
      .waitFor()
    await banner().getByText('Imported: half.har').waitFor()
    expect(await rowCount()).toBe('1 row')
    await page.getByRole('button', { name: 'Dismiss' }).click()
    expect(await page.getByRole('alert').filter({ hasText: 'v2.har' }).count()).toBe(0)
  })

  it('reads a file the UI holds in its own HAR worker, older pages too: the host is sent none of it', async () => {
    await ui.launchHome()
    const good = await readFile(join(FIXTURES, 'chrome-webinspector-localhost-set-cookie.har'))
    const har = JSON.parse(good.toString('utf8'))
    const [entry] = har.log.entries
    // More entries than the first answer holds (500): the older ones come a page at a time.
    har.log.entries = Array.from({ length: 1_200 }, (_, i) => ({
      ...entry,
      request: { ...entry.request, url: `http://localhost:5000/worker-page/${i}` },
    }))
    const sent = recordHostCommands()
    const started = page.waitForEvent('worker')
    await importThroughUi('long.har', JSON.stringify(har))
    const worker = await started
    expect(new URL(worker.url()).origin).toBe(new URL(page.url()).origin)
    expect(worker.url()).toMatch(/\/assets\/har-worker-[\w-]+\.js$/)
    const ended = new Promise<void>((resolve) => worker.on('close', () => resolve()))
    await banner().getByText('Imported: long.har').waitFor()
    await expect.poll(rowCount, { timeout: 20_000 }).toMatch(/^1,?200 rows$/)
    // Read whole, the file is let go: its worker is ended.
    await ended

    // No command carried the file or a page of it: not its name, not a URL of it, no text.
    expect(sent.filter(([name]) => /har/i.test(name))).toEqual([])
    for (const [name, payload] of sent) {
      expect(payload, name).not.toMatch(/long\.har|worker-page/)
      expect(payload.length, name).toBeLessThan(1_000)
    }
  })

  it('imports a .har file dropped on the window, not as a lesson', async () => {
    await ui.launchHome()
    const file = 'playwright-chromium-theverge.com.har'
    await dropFile(page, file, await readFile(join(FIXTURES, file), 'utf8'), 'application/json')
    await banner().getByText(`Imported: ${file}`).waitFor()
    expect(await page.getByRole('region', { name: 'Lesson' }).count()).toBe(0)
  })

  it('photographs an imported DevTools HAR at 1280×720', async () => {
    await ui.launchHome()
    const file = 'chrome-webinspector-localhost-set-cookie.har'
    await importThroughUi(file, await readFile(join(FIXTURES, file)))
    await banner().getByText(`Imported: ${file}`).waitFor()
    await page.locator('#timeline-list [role="option"]').first().click()
    await ui.detail.getByText(`Imported from ${file}`).waitFor()
    await page.setViewportSize({ width: 1280, height: 720 })
    await ui.screenshot('har-imported-devtools')
  })
})
