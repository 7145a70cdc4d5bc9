// The pane, hosted by Playwright: a top-level page in its own browser context (its own cookie
// store, like the app's in-memory partition). Never an iframe: SameSite treats frames differently.

import type { CDPSession, Page } from 'playwright-core'
import type { PaneState } from '../../src/shared/domain'
import { BLANK_PANE_STATE, type PaneDriver } from '../../src/core/pane-driver'

export class PlaywrightPaneDriver implements PaneDriver {
  private current: PaneState = BLANK_PANE_STATE
  private readonly listeners = new Set<(state: PaneState) => void>()

  constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) void this.refresh({ loading: true })
    })
    page.on('load', () => void this.refresh({ loading: false }))
    page.on('crash', () => this.publish({ ...this.current, crashed: true, loading: false }))
  }

  static async open(page: Page): Promise<PlaywrightPaneDriver> {
    return new PlaywrightPaneDriver(page, await page.context().newCDPSession(page))
  }

  async navigate(url: string): Promise<void> {
    await this.settle(this.page.goto(url, { waitUntil: 'load' }))
  }

  async goBack(): Promise<void> {
    await this.settle(this.page.goBack({ waitUntil: 'load' }))
  }

  async goForward(): Promise<void> {
    await this.settle(this.page.goForward({ waitUntil: 'load' }))
  }

  async reload(): Promise<void> {
    await this.settle(this.page.reload({ waitUntil: 'load' }))
  }

  state(): PaneState {
    return this.current
  }

  onState(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async settle(navigation: Promise<unknown>): Promise<void> {
    try {
      await navigation
    } catch (error) {
      // Playwright's messages carry a call log; the UI wants the first line only.
      const first = String(error instanceof Error ? error.message : error).split('\n')[0]
      throw new Error(`The pane could not load that page: ${first}`)
    } finally {
      await this.refresh({ loading: false })
    }
  }

  private async refresh(change: Partial<PaneState>): Promise<void> {
    if (this.page.isClosed()) return
    try {
      const history = await this.cdp.send('Page.getNavigationHistory')
      this.publish({
        ...this.current,
        ...change,
        url: this.page.url(),
        title: await this.page.title(),
        canGoBack: history.currentIndex > 0,
        canGoForward: history.currentIndex < history.entries.length - 1,
        crashed: false,
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
