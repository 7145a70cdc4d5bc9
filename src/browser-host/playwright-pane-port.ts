// The PanePort over a Playwright page: a top-level page in its own browser context (its own
// cookie store, like Electron's in-memory partition), never an iframe: SameSite treats frames
// differently. The browser host and the end-to-end harness both use it, so the tests run the
// pane the browser host ships. Capture is attached before the page loads anything; a crashed page
// cannot be reloaded, so `prepare` puts a fresh one in its place.

import type { ColorScheme } from '../shared/domain'
import type { GapReason } from '../shared/messages/facts'
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import type { PaneCapture } from '../core/capture/pane-capture'
import {
  PaneLoadError,
  type PanePort,
  type PanePortEvent,
  type PaneReading,
} from '../core/pane/pane-port'
import { runBoundScript } from '../core/pane/bound-script'
import { playwrightCdpConnection } from './playwright-cdp'
import { messageOf } from '../shared/error-message'

type CaptureLink = Pick<PaneCapture, 'attach' | 'detach'>

export interface PanePortOptions {
  /** Called with each page that takes the pane's place after the first (the host lays it out). */
  onReplaced?: (page: Page) => Promise<void>
}

export class PlaywrightPanePort implements PanePort {
  private readonly listeners = new Set<(event: PanePortEvent) => void>()
  private loading = false
  private crashed = false

  private constructor(
    private readonly context: BrowserContext,
    private readonly capture: CaptureLink,
    private livePage: Page,
    private cdp: CDPSession,
    private readonly options: PanePortOptions,
  ) {
    this.watch(livePage)
  }

  /** A pane page in CONTEXT with CAPTURE attached before it loads anything. */
  static async open(
    context: BrowserContext,
    capture: CaptureLink,
    options: PanePortOptions = {},
  ): Promise<PlaywrightPanePort> {
    const { page, cdp } = await PlaywrightPanePort.newPage(context, capture)
    return new PlaywrightPanePort(context, capture, page, cdp, options)
  }

  /** The pane's page now: after a crash and reload, a fresh one. */
  get page(): Page {
    return this.livePage
  }

  async prepare({ replaceCrashed }: { replaceCrashed: boolean }): Promise<void> {
    if (!(this.livePage.isClosed() || (replaceCrashed && this.crashed))) return
    const old = this.livePage
    const viewport = old.viewportSize()
    const { page, cdp } = await PlaywrightPanePort.newPage(this.context, this.capture)
    if (viewport) await page.setViewportSize(viewport)
    this.livePage = page
    this.cdp = cdp
    this.crashed = false
    this.loading = false
    this.watch(page)
    await old.close().catch(() => undefined)
    await this.options.onReplaced?.(page).catch(() => undefined)
  }

  load(url: string): Promise<void> {
    return this.navigation(() => this.livePage.goto(url, { waitUntil: 'load' }))
  }

  goBack(): Promise<void> {
    return this.navigation(() => this.livePage.goBack({ waitUntil: 'load' }))
  }

  goForward(): Promise<void> {
    return this.navigation(() => this.livePage.goForward({ waitUntil: 'load' }))
  }

  reload(): Promise<void> {
    return this.navigation(() => this.livePage.reload({ waitUntil: 'load' }))
  }

  /**
   * Electron zooms the pane's web contents; Playwright has no page zoom, so the pane sets CSS
   * `zoom` on the page's root, which lays the page out the same way at the new size. A new
   * document starts at 100 %, so it needs nothing at factor 1.
   */
  async applyZoom(factor: number, newPage: boolean): Promise<void> {
    const page = this.livePage
    if (page.isClosed() || this.crashed || (newPage && factor === 1)) return
    await page
      .evaluate((zoom) => {
        const apply = () => {
          const root = document.documentElement
          if (root) root.style.zoom = zoom === 1 ? '' : String(zoom)
          return root !== null
        }
        // Just committed, the document may have no root element yet: set it once it has one.
        if (!apply()) document.addEventListener('readystatechange', apply, { once: true })
      }, factor)
      .catch(() => undefined) // navigating away: the next page gets it when it commits
  }

  /** Playwright keeps the emulated scheme on the page across its navigations. */
  async applyColorScheme(scheme: ColorScheme): Promise<void> {
    const page = this.livePage
    if (page.isClosed() || this.crashed) return
    await page.emulateMedia({ colorScheme: scheme })
  }

  runScript(page: string, source: string): Promise<unknown> {
    return runBoundScript(playwrightCdpConnection(this.cdp), page, source)
  }

  async read(): Promise<PaneReading | null> {
    const page = this.livePage
    if (page.isClosed()) return null
    const history = await this.cdp.send('Page.getNavigationHistory')
    return {
      url: page.url(),
      title: await page.title(),
      canGoBack: history.currentIndex > 0,
      canGoForward: history.currentIndex < history.entries.length - 1,
      loading: this.loading,
    }
  }

  suspendCapture(reason: GapReason): void {
    this.capture.detach(reason)
  }

  on(listener: (event: PanePortEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The harness lays no window over the UI's slot: the pane page takes the slot's size instead. */
  async setSize(width: number, height: number): Promise<void> {
    if (!this.livePage.isClosed() && !this.crashed) {
      await this.livePage.setViewportSize({ width, height })
    }
  }

  private emit(event: PanePortEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  private static async newPage(context: BrowserContext, capture: CaptureLink) {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await capture.attach(playwrightCdpConnection(cdp))
    return { page, cdp }
  }

  private watch(page: Page): void {
    const live = () => page === this.livePage
    page.on('framenavigated', (frame) => {
      if (!live() || frame !== page.mainFrame()) return
      this.loading = true
      this.emit({ type: 'navigated' })
    })
    page.on('load', () => {
      if (!live()) return
      this.loading = false
      this.emit({ type: 'loading-stopped' })
    })
    page.on('crash', () => {
      if (!live()) return
      this.crashed = true
      this.loading = false
      this.emit({ type: 'crashed', reason: 'crashed' })
    })
    page.on('close', () => {
      if (live()) this.emit({ type: 'destroyed' })
    })
    // A popup would be a page capture does not see: it is closed, and the pane opens its address.
    page.on('popup', (popup) => {
      const url = popup.url()
      void popup.close().catch(() => undefined)
      this.emit({ type: 'open-requested', url })
    })
  }

  /** Runs a navigation; Chromium's error name (net::ERR_ABORTED...) becomes the error's code. */
  private async navigation(run: () => Promise<unknown>): Promise<void> {
    try {
      await run()
    } catch (error) {
      const message = messageOf(error)
      throw new PaneLoadError(message, /net::(ERR_[A-Z_]+)/.exec(message)?.[1])
    }
  }
}
