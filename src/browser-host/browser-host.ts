// Cookie Lab in a Chromium-family browser, for machines where Electron cannot be installed: the
// same built UI, LabSession, capture over CDP and tutorial server as the app. The UI and the pane
// are top-level pages in two browser contexts of one browser (each its own cookie store, so the
// pane's cookies stay first-party), in two windows side by side. Closing the UI ends it all.

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { PaneCapture } from '../core/capture/pane-capture'
import { LabSession } from '../core/lab-session'
import { PaneLifecycle } from '../core/pane/pane-lifecycle'
import { chromiumTrustSwitch, startTutorialServer, type TutorialServer } from '../core/server'
import { BROWSER_HOST_ARGS, sandboxAvailable } from './browser-flags'
import { launchChromium } from './chromium-launch'
import { PlaywrightPanePort } from './playwright-pane-port'
import { keepPaneBelowUi } from './renderer-priority'
import { connectUi, lockUiPage } from './ui-bridge'
import { serveUiDirectory } from './ui-file-server'
import { placeSideBySide } from './window-layout'
import { messageOf } from '../shared/error-message'

export interface BrowserHostOptions {
  /** Chrome, Chromium or Edge. */
  executablePath: string
  /** The built UI (electron-vite's renderer output). */
  uiDirectory: string
  /** The bundled ui-preload.ts. */
  preload: string
  headless?: boolean
  log?: (message: string) => void
  onCommandAnswered?: (name: string) => void
}

export interface BrowserHost {
  browser: Browser
  server: TutorialServer
  uiPage: Page
  /** The pane's context: its own cookie store. */
  paneContext: BrowserContext
  port: PlaywrightPanePort
  pane: PaneLifecycle
  capture: PaneCapture
  session: LabSession
  /** Resolves once the pane's renderers run below the UI's (false where they cannot). */
  paneBelowUi: Promise<boolean>
  /** True when Chromium runs without its sandbox (as root, where it cannot start with it). */
  sandboxOff: boolean
  /** Resolves once everything is closed, whoever closed it. */
  closed: Promise<void>
  close(): Promise<void>
}

export async function openBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const log = options.log ?? (() => undefined)
  const sandbox = sandboxAvailable()
  const cleanup: Array<() => Promise<unknown>> = []
  const undo = async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined)
  }
  try {
    // The server first: the browser is told at launch to trust its HTTPS key, and only that key.
    const server = await startTutorialServer({ port: 0 })
    cleanup.push(() => server.close())
    // Playwright drives the browser over --remote-debugging-pipe (no port another process could
    // reach) in a fresh temporary profile that it deletes when the browser closes; as root,
    // without the right to raise its own threads above the UI's page (chromium-launch.ts).
    const browser = await launchChromium({
      executablePath: options.executablePath,
      log,
      headless: options.headless ?? false,
      chromiumSandbox: sandbox,
      args: [...BROWSER_HOST_ARGS, chromiumTrustSwitch(server.certificate.spkiSha256)],
      // The CLI closes the browser itself on a signal, gracefully: Playwright's own handlers kill
      // it, and a killed Chromium leaves its temporary folders behind.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    cleanup.push(() => browser.close())
    const files = await serveUiDirectory(options.uiDirectory)
    cleanup.push(() => files.close())

    // A window's size, not an emulated viewport: the pages fill the windows the learner resizes.
    const windowed = { viewport: null, acceptDownloads: false } as const
    const paneContext = await browser.newContext(windowed)
    const capture = new PaneCapture()
    let uiPage: Page | undefined = undefined
    // A pane page that replaces a crashed or closed one opens a new window: put it back beside the UI.
    const port = await PlaywrightPanePort.open(paneContext, capture, {
      onReplaced: async (page) => {
        if (uiPage && !options.headless) await placeSideBySide(uiPage, page)
      },
    })
    const homeUrl = `${server.url.replace(/\/+$/, '')}/`
    const pane = new PaneLifecycle(port, { homeUrl, log })
    const session = new LabSession({
      capture,
      pane,
      serverUrl: server.url,
      httpsPort: server.httpsPort,
      setPageLanguage: (locale) => server.setLanguage(locale),
    })
    cleanup.push(async () => {
      session.close()
      pane.close()
    })

    const uiContext = await browser.newContext(windowed)
    uiPage = await uiContext.newPage()
    await lockUiPage(uiContext, uiPage, files.url, log)
    // The pane is a window of its own here, not a view laid over the UI's slot: the UI's
    // stylesheet folds the empty slot away when the root says so.
    await uiPage.addInitScript(() => {
      const mark = () => document.documentElement?.setAttribute('data-pane-window', 'separate')
      mark()
      document.addEventListener('DOMContentLoaded', mark, { once: true })
    })
    const stopEvents = await connectUi(uiPage, {
      origin: files.url,
      session,
      preload: options.preload,
      log,
      onCommandAnswered: options.onCommandAnswered,
    })
    cleanup.push(async () => stopEvents())

    let closing: Promise<void> | undefined
    let markClosed!: () => void
    const closed = new Promise<void>((resolve) => (markClosed = resolve))
    const close = () => (closing ??= undo().then(markClosed))
    // Closing the UI window (or the whole browser) ends the session, the server and the browser.
    uiPage.on('close', () => void close())
    browser.on('disconnected', () => void close())

    await uiPage.goto(`${files.url}/index.html`)
    // The UI's page before the pane's when they want the same core (renderer-priority.ts); found
    // while the pane loads its home page, which it does not hold up.
    const belowUi = keepPaneBelowUi({ browser, uiPage, uiOrigin: files.url, port, log })
    cleanup.push(async () => belowUi.stop())
    if (!options.headless) await placeSideBySide(uiPage, port.page).catch(() => undefined)
    pane.navigate(homeUrl).catch((error: unknown) => {
      log(`pane: home page did not load: ${messageOf(error)}`)
    })
    return {
      browser,
      server,
      uiPage,
      paneContext,
      port,
      pane,
      capture,
      session,
      paneBelowUi: belowUi.ready,
      sandboxOff: !sandbox,
      closed,
      close,
    }
  } catch (error) {
    await undo()
    throw error
  }
}
