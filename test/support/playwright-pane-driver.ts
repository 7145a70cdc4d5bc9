// The pane, hosted by Playwright: a top-level page in its own browser context (its own cookie
// store, like the app's in-memory partition). Never an iframe: SameSite treats frames differently.
// It owns the page's life as Electron's PaneView owns its view: capture is attached before the
// first load, a crash opens a capture gap, and reload after a crash starts a fresh page.

import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import type { PaneCapture } from '../../src/core/capture/pane-capture'
import type { PaneState } from '../../src/shared/domain'
import { BLANK_PANE_STATE, type PaneDriver } from '../../src/core/pane-driver'
import { playwrightCdpConnection } from './playwright-cdp'

export class PlaywrightPaneDriver implements PaneDriver {
  private current: PaneState = BLANK_PANE_STATE
  private readonly listeners = new Set<(state: PaneState) => void>()
  private viewport: { width: number; height: number }
  private zoom = 1

  private constructor(
    private readonly context: BrowserContext,
    private readonly capture: PaneCapture,
    private livePage: Page,
    private cdp: CDPSession,
  ) {
    this.viewport = livePage.viewportSize() ?? { width: 900, height: 700 }
    this.watch(livePage)
  }

  /** A pane page in CONTEXT with CAPTURE attached before it loads anything. */
  static async open(context: BrowserContext, capture: PaneCapture): Promise<PlaywrightPaneDriver> {
    const { page, cdp } = await PlaywrightPaneDriver.newPage(context, capture)
    return new PlaywrightPaneDriver(context, capture, page, cdp)
  }

  get page(): Page {
    return this.livePage
  }

  async navigate(url: string): Promise<void> {
    await this.settle(() => this.livePage.goto(url, { waitUntil: 'load' }))
  }

  async goBack(): Promise<void> {
    await this.settle(() => this.livePage.goBack({ waitUntil: 'load' }))
  }

  async goForward(): Promise<void> {
    await this.settle(() => this.livePage.goForward({ waitUntil: 'load' }))
  }

  async reload(): Promise<void> {
    if (this.current.crashed) return this.recover()
    await this.settle(() => this.livePage.reload({ waitUntil: 'load' }))
  }

  /**
   * Electron zooms the pane's web contents; Playwright has no page zoom, so the harness sets
   * CSS `zoom` on each page's root, which lays the page out the same way at the new size.
   */
  async setZoom(factor: number): Promise<void> {
    this.zoom = factor
    await this.applyZoom(this.livePage, 'always')
  }

  /** A new page starts at 100 %: it needs the zoom only when that is not 100 %. */
  private async applyZoom(page: Page, when: 'always' | 'unless-100' = 'unless-100'): Promise<void> {
    if (page.isClosed() || this.current.crashed) return
    if (when === 'unless-100' && this.zoom === 1) return
    await page
      .evaluate((zoom) => {
        document.documentElement.style.zoom = zoom === 1 ? '' : String(zoom)
      }, this.zoom)
      .catch(() => undefined) // navigating away: the next page gets it on load
  }

  /** The pane takes the size of the UI's slot, as Electron lays its view over it. */
  async setSize(width: number, height: number): Promise<void> {
    this.viewport = { width, height }
    if (!this.livePage.isClosed() && !this.current.crashed) {
      await this.livePage.setViewportSize(this.viewport)
    }
  }

  state(): PaneState {
    return this.current
  }

  onState(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private static async newPage(context: BrowserContext, capture: PaneCapture) {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await capture.attach(playwrightCdpConnection(cdp))
    return { page, cdp }
  }

  private watch(page: Page): void {
    page.on('framenavigated', (frame) => {
      if (page === this.livePage && frame === page.mainFrame()) void this.refresh({ loading: true })
    })
    page.on('domcontentloaded', () => {
      if (page === this.livePage) void this.applyZoom(page)
    })
    page.on('load', () => {
      if (page === this.livePage) void this.refresh({ loading: false })
    })
    page.on('crash', () => {
      if (page !== this.livePage) return
      this.capture.detach("the pane's page crashed")
      this.publish({ ...this.current, crashed: true, loading: false })
    })
  }

  /** A crashed page cannot be reloaded: a fresh one takes its place, at the address it had. */
  private async recover(): Promise<void> {
    const url = this.current.url
    const crashed = this.livePage
    const { page, cdp } = await PlaywrightPaneDriver.newPage(this.context, this.capture)
    await page.setViewportSize(this.viewport)
    this.livePage = page
    this.cdp = cdp
    this.watch(page)
    this.publish({ ...this.current, crashed: false })
    await crashed.close().catch(() => undefined)
    await this.navigate(url)
  }

  private async settle(navigation: () => Promise<unknown>): Promise<void> {
    try {
      await navigation()
    } catch (error) {
      // Playwright's messages carry a call log; the UI wants the first line only.
      const first = String(error instanceof Error ? error.message : error).split('\n')[0]
      throw new Error(`The pane could not load that page: ${first}`)
    } finally {
      // Zoom is on the new page before the navigation counts as done, as in Electron.
      await this.applyZoom(this.livePage)
      await this.refresh({ loading: false })
    }
  }

  private async refresh(change: Partial<PaneState>): Promise<void> {
    const page = this.livePage
    if (page.isClosed() || this.current.crashed) return
    try {
      const history = await this.cdp.send('Page.getNavigationHistory')
      if (page !== this.livePage) return
      this.publish({
        ...this.current,
        ...change,
        url: page.url(),
        title: await page.title(),
        canGoBack: history.currentIndex > 0,
        canGoForward: history.currentIndex < history.entries.length - 1,
      })
    } catch {
      // The page navigated again or closed mid-query; the next event refreshes.
    }
  }

  private publish(state: PaneState): void {
    this.current = state
    for (const listener of this.listeners) listener(state)
  }
}
