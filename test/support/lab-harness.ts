// The app without Electron, built from the browser host's own pieces: real Chromium, the real
// tutorial server, real capture of a real pane page (the shipped PlaywrightPanePort under the
// core's PaneLifecycle), and (with `openUi`) the real built UI on the shipped file server, talking
// to a real LabSession through the shipped preload and UI bridge. Unlike the browser host, it
// shares one headless browser per test file and sizes the pane page to the UI's slot.
// End-to-end tests and the bench stand on it.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { PlaywrightPanePort } from '../../src/browser-host/playwright-pane-port'
import { connectUi, lockUiPage } from '../../src/browser-host/ui-bridge'
import { keepPaneBelowUi } from '../../src/browser-host/renderer-priority'
import { serveUiDirectory } from '../../src/browser-host/ui-file-server'
import { LabSession } from '../../src/core/lab-session'
import { PaneLifecycle } from '../../src/core/pane/pane-lifecycle'
import { startTutorialServer, type TutorialServer } from '../../src/core/server'
import { launchChromium, testTlsCredentials } from './chromium'
import { RENDERER_TEST_DIR } from './build-renderer'
import { WaitingCapture } from './waiting-capture'

/** Where the e2e global setup (and the bench) build the browser host: see buildBrowserHost. */
export const BROWSER_HOST_TEST_DIR = 'out/browser-host-test'

export interface PaneLab {
  browser: Browser
  server: TutorialServer
  /** The pane's own context: its own cookie store, like the app's in-memory partition. */
  context: BrowserContext
  /** The pane's page now: after a crash and reload, a fresh one. */
  readonly page: Page
  pane: PaneLifecycle
  port: PlaywrightPanePort
  capture: WaitingCapture
  session: LabSession
  /** `path` on the tutorial server, or on another of its names (`http://www.shop.test:PORT`). */
  url(path: string, host?: string): string
  /** The same over HTTPS (`https://tracker.test:HTTPS_PORT/...`), which the pane trusts. */
  httpsUrl(path: string, host?: string): string
  close(): Promise<void>
}

export interface PaneLabOptions {
  browser?: Browser
  storePollMs?: number
}

export async function startPaneLab(options: PaneLabOptions = {}): Promise<PaneLab> {
  const ownBrowser = !options.browser
  const browser = options.browser ?? (await launchChromium())
  const server = await startTutorialServer({ port: 0, tls: await testTlsCredentials() })
  const context = await browser.newContext({ viewport: { width: 900, height: 700 } })
  const capture = new WaitingCapture(
    options.storePollMs === undefined ? {} : { storePollMs: options.storePollMs },
  )
  // Capture is attached before the pane's first navigation, as in the app.
  const port = await PlaywrightPanePort.open(context, capture)
  const pane = new PaneLifecycle(port, { homeUrl: `${server.url.replace(/\/+$/, '')}/` })
  const session = new LabSession({
    capture,
    pane,
    serverUrl: server.url,
    httpsPort: server.httpsPort,
    setPageLanguage: (locale) => server.setLanguage(locale),
    // Electron lays its pane view over the UI's slot; here the pane page takes the slot's size.
    setPaneBounds: (bounds) => {
      const width = Math.round(bounds.width)
      const height = Math.round(bounds.height)
      if (width > 0 && height > 0) void port.setSize(width, height).catch(() => undefined)
    },
  })
  return {
    browser,
    server,
    context,
    get page() {
      return port.page
    },
    pane,
    port,
    capture,
    session,
    url: (path, host) => urlOn(server.url, path, host),
    httpsUrl: (path, host) => urlOn(server.httpsUrl, path, host),
    async close() {
      session.close()
      pane.close()
      await context.close().catch(() => undefined)
      await server.close()
      if (ownBrowser) await browser.close()
    },
  }
}

function urlOn(origin: string, path: string, host: string | undefined): string {
  const base = new URL(origin)
  if (host) base.hostname = host
  return new URL(path, base).toString()
}

export interface UiHarness {
  page: Page
  /** Paints a live image of the pane page into the UI's empty pane slot (for screenshots). */
  paintPane(): Promise<void>
  /** A 1440×900 PNG of the UI, the pane painted in, written to test-results/screens/NAME.png. */
  screenshot(name: string): Promise<string>
  /** The timeline row whose path (with its query) is exactly PATH; the nth such, oldest first. */
  row(path: string, nth?: number): Locator
  /** The detail view's region. */
  detail: Locator
  /** What the app does on launch: the host opens the tutorial's home page in the pane. */
  launchHome(): Promise<void>
  /** Types NAME into the pane's form and presses Login, then waits for its Set-Cookie row. */
  logIn(name: string): Promise<void>
  /** Types TARGET into the UI's address bar and presses Enter. */
  goTo(target: string): Promise<void>
  close(): Promise<void>
}

/** The address bar's accessible name. */
export const ADDRESS_BAR = 'Address: a path like /getcookie or a full URL'

export interface UiOptions {
  colorScheme?: 'light' | 'dark'
  /** Called when the host has answered a UI command (the bench times `ready` with it). */
  onCommandAnswered?: (name: string) => void
  /** The pane's renderers below the UI's, as the hosts run them (the bursts' tests and bench). */
  paneBelowUi?: boolean
}

export const SCREENS_DIR = 'test-results/screens'

export async function openUi(lab: PaneLab, options: UiOptions = {}): Promise<UiHarness> {
  const assets = await serveUiDirectory(RENDERER_TEST_DIR)
  const context = await lab.browser.newContext({
    viewport: { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  })
  const page = await context.newPage()
  // A missing control should fail in seconds, not after Playwright's default half minute.
  page.setDefaultTimeout(10_000)
  lab.page.setDefaultTimeout(10_000)
  page.on('pageerror', (error) => console.error(`[ui] ${error.message}`))
  const log = (message: string) => console.error(`[ui-host] ${message}`)
  await lockUiPage(context, page, assets.url, log)
  const unsubscribe = await connectUi(page, {
    origin: assets.url,
    session: lab.session,
    preload: await readFile(join(BROWSER_HOST_TEST_DIR, 'ui-preload.js'), 'utf8'),
    log,
    onCommandAnswered: options.onCommandAnswered,
  })
  await page.goto(`${assets.url}/index.html`)
  const belowUi = options.paneBelowUi
    ? keepPaneBelowUi({
        browser: lab.browser,
        uiPage: page,
        uiOrigin: assets.url,
        port: lab.port,
        log,
      })
    : null
  if (belowUi && !(await belowUi.ready)) throw new Error("the pane's renderers were not lowered")

  const paintPane = async () => {
    // The slot's size reaches the pane page through the UI's own setPaneBounds, as in Electron.
    // Paint only once it has arrived: an image of another size would be stretched into the slot
    // and show a page the user never sees.
    const slot = await page.locator('[data-testid="pane-slot"]').boundingBox()
    if (!slot) throw new Error('the UI shows no pane slot')
    const size = { width: Math.round(slot.width), height: Math.round(slot.height) }
    await lab.page
      .waitForFunction(
        ({ width, height }) => window.innerWidth === width && window.innerHeight === height,
        size,
        { timeout: 5_000 },
      )
      .catch(() => {
        throw new Error(
          `the pane page never took the slot's size ${size.width}×${size.height}: ` +
            `it is ${JSON.stringify(lab.page.viewportSize())}`,
        )
      })
    const png = await lab.page.screenshot({ type: 'png' })
    await page.evaluate(
      (src) => {
        const slot = document.querySelector<HTMLElement>('[data-testid="pane-slot"]')
        if (!slot) throw new Error('the UI has no pane slot')
        slot.style.backgroundImage = `url("${src}")`
        slot.style.backgroundSize = '100% 100%'
        slot.style.backgroundRepeat = 'no-repeat'
      },
      `data:image/png;base64,${png.toString('base64')}`,
    )
  }

  const row = (path: string, nth = 0) => timelineRow(page, path, nth)

  return {
    page,
    paintPane,
    async screenshot(name) {
      await paintPane()
      const path = join(SCREENS_DIR, `${name}.png`)
      // Transitions end at once: the picture shows the state, not a fade on its way there.
      await page.screenshot({ path, animations: 'disabled' })
      return path
    },
    row,
    detail: page.getByRole('region', { name: 'Detail' }),
    async launchHome() {
      await lab.session.navigate('/')
      await row('/').waitFor()
    },
    async logIn(name) {
      await lab.page.getByLabel('userID').fill(name)
      await lab.page.getByRole('button', { name: 'Login' }).click()
      await row('/setcookie')
        .locator('.chip-set', { hasText: `userID=${name}` })
        .waitFor()
    },
    async goTo(target) {
      const address = page.getByLabel(ADDRESS_BAR)
      await address.fill(target)
      await address.press('Enter')
    },
    async close() {
      belowUi?.stop()
      unsubscribe()
      await context.close().catch(() => undefined)
      await assets.close()
    },
  }
}

/** The UI's timeline row whose path (with its query) is exactly PATH; the nth such, oldest first. */
export function timelineRow(page: Page, path: string, nth = 0): Locator {
  return page
    .locator('#timeline-list')
    .getByRole('option')
    .filter({
      has: page.locator('.row-path', { hasText: new RegExp(`^${escapeRegExp(path)}$`) }),
    })
    .nth(nth)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
