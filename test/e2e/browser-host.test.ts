// The browser host as `npm start` opens it where Electron cannot run: real Chromium (headless
// here), the real built UI on the host's file server, the real LabSession, capture and tutorial
// server. Set / get / delete through its UI, a HAR file read in the UI's worker, every check that
// keeps the host closed to all but its own UI page, and nothing left behind once the UI is closed.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sandboxAvailable } from '../../src/browser-host/browser-flags'
import { openBrowserHost, type BrowserHost } from '../../src/browser-host/browser-host'
import { connectUi } from '../../src/browser-host/ui-bridge'
import { serveUiDirectory } from '../../src/browser-host/ui-file-server'
import { RENDERER_TEST_DIR } from '../support/build-renderer'
import { chromiumPath } from '../support/chromium'
import { processesMentioning, spawnWatched } from '../support/processes'
import { threadNices } from '../core/pane/thread-nices'
import { frameProcessId } from '../../src/browser-host/renderer-priority'
import { PANE_NICE } from '../../src/core/pane/pane-priority'
import { ADDRESS_BAR, BROWSER_HOST_TEST_DIR, timelineRow } from '../support/lab-harness'

const preload = () => readFileSync(join(BROWSER_HOST_TEST_DIR, 'ui-preload.js'), 'utf8')

/** A raw GET of PATH exactly as written (no URL normalization on the way). */
function rawGet(base: string, path: string, method = 'GET'): Promise<number> {
  const { hostname, port } = new URL(base)
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method }, (response) => {
      response.resume()
      done(response.statusCode ?? 0)
    })
    req.on('error', fail)
    req.end()
  })
}

const invokeFrom = (page: Page | ReturnType<Page['mainFrame']>, name: string) =>
  page.evaluate(
    (command) =>
      (
        window as unknown as { __cookieLabInvoke?: (n: string, p: unknown) => Promise<string> }
      ).__cookieLabInvoke?.(command, undefined) ?? Promise.resolve('no binding here'),
    name,
  )

describe('the browser host', () => {
  let scratch: string
  let host: BrowserHost | undefined
  const logged: string[] = []
  const savedTmp = process.env.TMPDIR
  const baseTmp = tmpdir()

  beforeEach(async () => {
    // Playwright makes the browser's temporary profile in the temp folder: a scratch one shows
    // what is left behind.
    scratch = mkdtempSync(join(baseTmp, 'cookie-lab-host-'))
    process.env.TMPDIR = scratch
    logged.length = 0
    host = await openBrowserHost({
      executablePath: chromiumPath(),
      uiDirectory: RENDERER_TEST_DIR,
      preload: preload(),
      headless: true,
      log: (message) => void logged.push(message),
    })
    host.uiPage.setDefaultTimeout(15_000)
    host.port.page.setDefaultTimeout(15_000)
  })

  afterEach(async () => {
    if (savedTmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = savedTmp
    await host?.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  it('sets, gets and deletes a cookie through its UI, captured over CDP', async () => {
    const ui = host!.uiPage
    const row = (path: string) => timelineRow(ui, path)
    // The host opens the tutorial's home page in the pane, as the app does.
    await row('/').waitFor()
    const pane = host!.port.page
    await pane.getByLabel('userID').fill('alice')
    await pane.getByRole('button', { name: 'Login' }).click()
    await row('/setcookie').locator('.chip-set', { hasText: 'userID=alice' }).waitFor()

    const address = ui.getByLabel(ADDRESS_BAR)
    await address.fill('/getcookie')
    await address.press('Enter')
    await row('/getcookie').locator('.chip:not(.chip-set)', { hasText: 'userID=alice' }).waitFor()

    await address.fill('/deletecookie')
    await address.press('Enter')
    await row('/deletecookie')
      .locator('.mark-removed', { hasText: 'userID' })
      .waitFor()
      .catch(async (error: unknown) => {
        // Say whether capture or the UI missed it: what capture holds, and what the UI shows.
        const held = host!.capture
          .entries()
          .map((entry) =>
            entry.kind === 'exchange'
              ? `#${entry.seq} ${entry.url} ${entry.state}: ${JSON.stringify(entry.storeChanges.map((c) => [c.type, c.cookie.name, c.cause]))}`
              : `#${entry.seq} ${entry.kind}`,
          )
        const shown = await ui.locator('#timeline-list [role="option"]').allInnerTexts()
        throw new Error(
          `No "removed userID" on /deletecookie. Capture holds: ${held.join(' | ')}. The UI shows: ${shown.join(' | ').replace(/\s+/g, ' ')}`,
          { cause: error },
        )
      })
    expect(host!.capture.store().some((cookie) => cookie.name === 'userID')).toBe(false)

    // The pane's cookies live in the pane's own store, first-party; the UI's store has none.
    expect(await ui.context().cookies()).toEqual([])
  })

  it('reads a HAR file in the UI’s own worker, a script its file server serves', async () => {
    const ui = host!.uiPage
    const file = 'chrome-webinspector-localhost-set-cookie.har'
    const started = ui.waitForEvent('worker')
    await ui.locator('.har-file-input').setInputFiles(resolve('test/fixtures/har', file))
    expect((await started).url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/assets\/har-worker-/)
    const banner = ui.getByRole('region', { name: 'Imported HAR file' })
    await banner.getByText(`Imported: ${file}`).waitFor()
  })

  it("trusts the tutorial's own HTTPS key in the pane: a __Host- cookie is stored over https", async () => {
    const ui = host!.uiPage
    await timelineRow(ui, '/').waitFor()
    const https = new URL(host!.server.httpsUrl)
    https.hostname = 'www.shop.test'
    const address = ui.getByLabel(ADDRESS_BAR)
    await address.fill(`${https.origin}/set?key=__Host-id&value=1&secure=1&path=/`)
    await address.press('Enter')
    await timelineRow(ui, '/set?key=__Host-id&value=1&secure=1&path=/')
      .locator('.chip-set', { hasText: '__Host-id=1' })
      .waitFor()
    // The store is read shortly after the exchange ends: wait for that read, not a fixed time.
    await expect
      .poll(() => host!.capture.store())
      .toContainEqual(
        expect.objectContaining({
          name: '__Host-id',
          value: '1',
          domain: 'www.shop.test',
          secure: true,
        }),
      )
  })

  it("runs the pane's renderers below the UI's, and each new one the pane starts", async () => {
    const ui = host!.uiPage
    await timelineRow(ui, '/').waitFor()
    // The host's own trace of the UI page is done (Playwright runs one trace at a time).
    expect(await host!.paneBelowUi).toBe(true)
    const { browser, server } = host!
    const uiOrigin = new URL(ui.url()).origin
    const uiPid = await frameProcessId(browser, ui, uiOrigin)
    const panePid = () => frameProcessId(browser, host!.port.page, new URL(server.url).origin)
    const homePid = await panePid()
    expect(uiPid).not.toBeNull()
    expect(homePid).not.toBeNull()
    expect(homePid).not.toBe(uiPid)
    const allAt = (pid: number | null, nice: number) => threadNices(pid!).every((n) => n === nice)
    await expect.poll(() => allAt(homePid, PANE_NICE), { timeout: 10_000 }).toBe(true)
    expect(allAt(uiPid, 0)).toBe(true)

    // Another site, in a process of its own (site isolation), embedding a third in a frame of
    // its own: both new processes are lowered as they come.
    const shop = new URL(server.url)
    shop.hostname = 'www.shop.test'
    const address = ui.getByLabel(ADDRESS_BAR)
    const embed = `${shop.origin}/embed?site=tracker.test&key=frame&value=1`
    await address.fill(embed)
    await address.press('Enter')
    await timelineRow(ui, '/embed?site=tracker.test&key=frame&value=1').waitFor()
    // The row comes with the response; the page (and its frame) is in once it has loaded.
    await host!.port.page.waitForURL(embed, { waitUntil: 'load' })
    const shopPid = await frameProcessId(browser, host!.port.page, shop.origin)
    const tracker = new URL(server.url)
    tracker.hostname = 'tracker.test'
    const framePid = await frameProcessId(browser, host!.port.page, tracker.origin)
    expect(shopPid).not.toBeNull()
    expect(framePid).not.toBeNull()
    expect(new Set([uiPid, homePid, shopPid, framePid]).size).toBe(4)
    await expect
      .poll(() => allAt(shopPid, PANE_NICE) && allAt(framePid, PANE_NICE), { timeout: 10_000 })
      .toBe(true)
    expect(allAt(uiPid, 0)).toBe(true)
    expect(logged.filter((line) => line.includes('priority'))).toEqual([])
  })

  it('stops lowering renderers once the UI page has crashed, and says why', async () => {
    expect(await host!.paneBelowUi).toBe(true)
    const cdp = await host!.uiPage.context().newCDPSession(host!.uiPage)
    // Page.crash answers with the renderer gone: the reply may never come.
    void cdp.send('Page.crash').catch(() => undefined)
    await expect
      .poll(() => logged, { timeout: 10_000 })
      .toContain("pane: the UI page crashed; the pane's renderers are no longer lowered")
  })

  it('brings a closed pane window back on reload, captured again after a gap', async () => {
    const ui = host!.uiPage
    await timelineRow(ui, '/').waitFor()
    const first = host!.port.page
    await first.close()
    await ui.getByRole('alert').waitFor()
    await ui.getByRole('button', { name: 'Reload the page' }).click()
    await timelineRow(ui, '/', 1).waitFor()
    expect(host!.port.page).not.toBe(first)
    const gap = host!.capture.entries().find((entry) => entry.kind === 'capture-gap')
    expect(gap).toMatchObject({ reason: { code: 'paneClosed' } })
    expect(gap && 'endedAt' in gap && gap.endedAt).not.toBeNull()
  })

  it('answers its UI page alone: not the pane, not a frame in the UI, not another origin', async () => {
    const ui = host!.uiPage
    await timelineRow(ui, '/').waitFor()
    expect(JSON.parse(await invokeFrom(ui, 'ready'))).toMatchObject({
      homeUrl: host!.session.homeUrl,
    })

    // The pane's pages live in another context: the binding is not there at all.
    expect(await invokeFrom(host!.port.page, 'ready')).toBe('no binding here')

    // A frame in the UI page gets the binding (Playwright puts it in every frame) and is refused.
    await ui.evaluate(() => document.body.append(document.createElement('iframe')))
    const frame = ui.frames().find((f) => f !== ui.mainFrame())!
    await expect(invokeFrom(frame, 'ready')).rejects.toThrow(
      'Cookie Lab answers its own UI page only.',
    )

    // Nothing but the contract's commands passes: no CDP method, no eval.
    await expect(invokeFrom(ui, 'Runtime.evaluate')).rejects.toThrow()
    expect(logged.some((line) => line.startsWith('ui: refused a call from'))).toBe(true)
  })

  it('refuses a page that is not at the UI’s origin, even with the binding on it', async () => {
    // The same bridge on a page of another origin than the one it answers.
    const files = await serveUiDirectory(RENDERER_TEST_DIR)
    const context = await host!.browser.newContext()
    try {
      const page = await context.newPage()
      await connectUi(page, {
        origin: host!.uiPage.url().replace(/\/index\.html$/, ''),
        session: host!.session,
        preload: preload(),
        log: () => undefined,
      })
      await page.goto(`${files.url}/index.html`)
      await expect(invokeFrom(page, 'ready')).rejects.toThrow('answers its own UI page only')
    } finally {
      await context.close()
      await files.close()
    }
  })

  it('keeps the UI page on the UI, and closes what it opens', async () => {
    const ui = host!.uiPage
    const uiUrl = ui.url()
    await timelineRow(ui, '/').waitFor()
    await ui.evaluate((url) => void (location.href = url), `${host!.server.url}/getcookie`)
    await ui.evaluate(() => void window.open('about:blank'))
    await expect.poll(() => logged.some((l) => l.startsWith('ui: refused a request to'))).toBe(true)
    await expect.poll(() => ui.context().pages().length).toBe(1)
    expect(ui.url()).toBe(uiUrl)

    // A navigation that no request carries (about:blank) is taken back to the UI.
    await ui.evaluate(() => void (location.href = 'about:blank'))
    await expect.poll(() => ui.url()).toBe(uiUrl)
    await timelineRow(ui, '/').waitFor()
  })

  it('closing the UI ends the session, the servers and the browser, and leaves no profile', async () => {
    const ui = host!.uiPage
    await timelineRow(ui, '/').waitFor()
    const profiles = readdirSync(scratch)
    expect(profiles.some((name) => name.startsWith('playwright_chromiumdev_profile-'))).toBe(true)
    expect(processesMentioning(scratch).length).toBeGreaterThan(0)
    const uiOrigin = new URL(ui.url()).origin

    await ui.close()
    await host!.closed
    expect(host!.browser.isConnected()).toBe(false)
    await expect(fetch(host!.server.url)).rejects.toThrow()
    await expect(fetch(uiOrigin)).rejects.toThrow()
    await expect.poll(() => processesMentioning(scratch)).toEqual([])
    expect(readdirSync(scratch)).toEqual([])
  })
})

describe('the browser host’s UI file server', () => {
  it('serves the UI from its folder alone, on loopback', async () => {
    const files = await serveUiDirectory(RENDERER_TEST_DIR)
    try {
      expect(new URL(files.url).hostname).toBe('127.0.0.1')
      expect(await rawGet(files.url, '/')).toBe(200)
      expect(await rawGet(files.url, '/index.html')).toBe(200)
      expect(await rawGet(files.url, '/%E0')).toBe(400)
      expect(await rawGet(files.url, '/a%00b')).toBe(400)
      // Dot segments resolve inside the folder, as a URL's do; an escaped slash cannot climb out.
      expect(await rawGet(files.url, '/../../package.json')).toBe(404)
      expect(await rawGet(files.url, '/..%2f..%2fpackage.json')).toBe(403)
      expect(await rawGet(files.url, '/no-such-file.js')).toBe(404)
      expect(await rawGet(files.url, '/index.html', 'POST')).toBe(405)
    } finally {
      await files.close()
    }
  })
})

describe('npm start -- --browser', () => {
  it('opens Cookie Lab, says so once the UI shows the home row, and quits on SIGTERM leaving nothing', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'cookie-lab-start-'))
    const { child, output, exited } = spawnWatched(
      process.execPath,
      [resolve('scripts/start.mjs'), '--browser', '--headless'],
      { env: { ...process.env, TMPDIR: scratch, CHROMIUM_PATH: chromiumPath() } },
    )
    try {
      await expect
        .poll(output, { timeout: 90_000, interval: 200 })
        .toMatch(/Cookie Lab is open in /)
      const lines = output().trim().split('\n')
      expect(lines[0]).toBe(`Cookie Lab: opening in ${chromiumPath()}.`)
      // As root, Chromium cannot start with its sandbox; the line says when it runs without.
      const sandbox = sandboxAvailable()
        ? ''
        : " without Chromium's sandbox \\(it cannot start with it as root\\)"
      expect(lines.at(-1)).toMatch(
        new RegExp(`^Cookie Lab is open in .+${sandbox}\\. Close its window to quit\\.$`),
      )
      expect(processesMentioning(scratch).length).toBeGreaterThan(0)
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      await expect.poll(() => processesMentioning(scratch)).toEqual([])
      expect(readdirSync(scratch)).toEqual([])
    } finally {
      child.kill('SIGKILL')
      rmSync(scratch, { recursive: true, force: true })
    }
  }, 120_000)
})
