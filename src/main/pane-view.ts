// The browser pane: a WebContentsView laid over the UI's empty slot, in its own in-memory
// session, with capture attached to its debugger before it loads anything. It implements the
// core's PaneDriver, so the LabSession drives it exactly as it drives the test harness's page.

import { WebContentsView, type BaseWindow, type Session, type WebContents } from 'electron'
import type { PaneDriver } from '../core/pane-driver'
import { isAllowedPaneUrl } from '../core/pane-target'
import type { PaneBounds } from '../shared/contract'
import type { PaneState } from '../shared/domain'
import { LOCKED_WEB_PREFERENCES } from './locked-web-preferences'
import { DebuggerKeeper, type CaptureLink } from './debugger-keeper'
import { clampPaneBounds } from './pane-bounds'
import { BLANK_PANE_STATE, derivePaneState, samePaneState } from './pane-state'

export interface PaneViewOptions {
  window: BaseWindow
  session: Session
  capture: CaptureLink
  homeUrl: string
  /** The UI's page zoom: its slot bounds arrive in CSS pixels. */
  uiZoomFactor: () => number
  log: (message: string) => void
}

// Long enough for any tutorial page, short enough that a stuck history move does not hang the UI.
const SETTLE_TIMEOUT_MS = 15_000
const ATTACH_WAIT_MS = 5_000

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.())

export class PaneView implements PaneDriver {
  private view: WebContentsView
  private keeper: DebuggerKeeper
  private crashed = false
  private current: PaneState = BLANK_PANE_STATE
  private requestedBounds: PaneBounds = { x: 0, y: 0, width: 0, height: 0 }
  private zoom = 1
  private readonly listeners = new Set<(state: PaneState) => void>()

  private constructor(private readonly options: PaneViewOptions) {
    ;({ view: this.view, keeper: this.keeper } = this.createView())
    options.window.on('resize', this.layout)
  }

  /** Creates the pane and loads the home page, capture attached first (see `liveContents`). */
  static open(options: PaneViewOptions): PaneView {
    const pane = new PaneView(options)
    pane.navigate(options.homeUrl).catch((error: unknown) => {
      // The pane shows Chromium's own error page and the UI its address; the app stays up.
      options.log(`pane: home page did not load: ${error instanceof Error ? error.message : error}`)
    })
    return pane
  }

  async navigate(url: string): Promise<void> {
    if (!isAllowedPaneUrl(url)) {
      throw new Error(`The pane only opens http: and https: pages; ${url} is not one.`)
    }
    const contents = await this.liveContents()
    await this.settle(contents.loadURL(url))
  }

  async goBack(): Promise<void> {
    const contents = await this.liveContents()
    if (!contents.navigationHistory.canGoBack()) return
    await this.settle(this.stopped(contents, () => contents.navigationHistory.goBack()))
  }

  async goForward(): Promise<void> {
    const contents = await this.liveContents()
    if (!contents.navigationHistory.canGoForward()) return
    await this.settle(this.stopped(contents, () => contents.navigationHistory.goForward()))
  }

  /** Also the way back from a crash: a dead renderer is replaced, a destroyed view recreated. */
  async reload(): Promise<void> {
    const contents = await this.liveContents()
    if (this.crashed) {
      this.crashed = false
      const url = isAllowedPaneUrl(this.current.url) ? this.current.url : this.options.homeUrl
      await this.settle(contents.loadURL(url))
      return
    }
    await this.settle(this.stopped(contents, () => contents.reload()))
  }

  state(): PaneState {
    return this.current
  }

  onState(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async setZoom(factor: number): Promise<void> {
    this.zoom = factor
    const contents = this.view.webContents
    if (!contents.isDestroyed()) contents.setZoomFactor(factor)
  }

  setBounds(bounds: PaneBounds): void {
    this.requestedBounds = bounds
    this.layout()
  }

  close(): void {
    this.options.window.removeListener('resize', this.layout)
    this.keeper.dispose()
    this.listeners.clear()
    if (!this.options.window.isDestroyed())
      this.options.window.contentView.removeChildView(this.view)
    if (!this.view.webContents.isDestroyed()) this.view.webContents.close()
  }

  private readonly layout = (): void => {
    const window = this.options.window
    if (window.isDestroyed()) return
    const [width = 0, height = 0] = window.getContentSize()
    const bounds = clampPaneBounds(
      this.requestedBounds,
      { width, height },
      this.options.uiZoomFactor(),
    )
    this.view.setBounds(bounds)
    // A slot of no size (the UI shows a crash message there) must not be covered: native views
    // draw above all HTML.
    this.view.setVisible(bounds.width > 0 && bounds.height > 0)
  }

  private createView(): { view: WebContentsView; keeper: DebuggerKeeper } {
    const { session, capture, log } = this.options
    const view = new WebContentsView({
      webPreferences: {
        ...LOCKED_WEB_PREFERENCES,
        session,
        safeDialogs: true,
      },
    })
    view.setBackgroundColor('#ffffff')
    this.options.window.contentView.addChildView(view)
    const contents = view.webContents

    contents.on('will-navigate', (event) => {
      if (isAllowedPaneUrl(event.url)) return
      log(`pane: refused navigation to ${event.url}`)
      event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      if (!event.isMainFrame || isAllowedPaneUrl(event.url)) return
      log(`pane: refused redirect to ${event.url}`)
      event.preventDefault()
    })
    // A lesson's target=_blank link or window.open stays in the pane, where capture sees it.
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedPaneUrl(url)) {
        this.navigate(url).catch((error: unknown) => log(`pane: popup did not load: ${error}`))
      } else {
        log(`pane: refused a popup to ${url}`)
      }
      return { action: 'deny' }
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())

    contents.on('did-navigate', () => {
      // A committed page has a live renderer, however the pane got there after a crash.
      this.crashed = false
      // Chromium keeps zoom per host: a page on another host (or a fresh view) starts at 100 %.
      contents.setZoomFactor(this.zoom)
      this.publish()
    })
    contents.on('did-navigate-in-page', this.publish)
    contents.on('page-title-updated', this.publish)
    contents.on('did-start-loading', this.publish)
    contents.on('did-stop-loading', this.publish)
    contents.on('render-process-gone', (_event, details) => {
      log(`pane: renderer gone (${details.reason}, exit code ${details.exitCode})`)
      this.crashed = true
      keeper.suspend(`The pane's page stopped (${details.reason}).`)
      this.publish()
    })
    contents.on('destroyed', this.publish)

    const keeper = new DebuggerKeeper({
      debugger: contents.debugger,
      capture,
      devTools: {
        isOpened: () => !contents.isDestroyed() && contents.isDevToolsOpened(),
        onceClosed: (callback) => {
          contents.once('devtools-closed', callback)
          return () => contents.removeListener('devtools-closed', callback)
        },
      },
      log,
    })
    return { view, keeper }
  }

  /** The pane's web contents, recreating the view (and its capture) if it was destroyed. */
  private async liveContents(): Promise<WebContents> {
    if (this.view.webContents.isDestroyed()) {
      this.options.log('pane: web contents was destroyed; creating a new pane')
      this.keeper.dispose()
      if (!this.options.window.isDestroyed()) {
        this.options.window.contentView.removeChildView(this.view)
      }
      ;({ view: this.view, keeper: this.keeper } = this.createView())
      this.crashed = false
      this.layout()
    }
    // Capture must be listening before the pane loads anything, or the timeline misses it; but
    // a debugger that does not answer must not hang the pane: then the timeline shows a gap.
    await Promise.race([this.keeper.ensureAttached(), delay(ATTACH_WAIT_MS)])
    return this.view.webContents
  }

  /** Starts a history move and resolves when the pane stops loading (or gives up waiting). */
  private stopped(contents: WebContents, start: () => void): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        contents.removeListener('did-stop-loading', done)
        contents.removeListener('render-process-gone', done)
        contents.removeListener('destroyed', done)
        resolve()
      }
      const timer = setTimeout(done, SETTLE_TIMEOUT_MS)
      contents.once('did-stop-loading', done)
      contents.once('render-process-gone', done)
      contents.once('destroyed', done)
      start()
    })
  }

  private async settle(loading: Promise<void>): Promise<void> {
    try {
      await loading
    } catch (error) {
      // ERR_ABORTED: a newer navigation replaced this one, which is not a failure to report.
      if ((error as { code?: unknown }).code !== 'ERR_ABORTED') {
        const message = error instanceof Error ? error.message : String(error)
        throw new Error(`The pane could not load that page: ${message}`)
      }
    } finally {
      this.publish()
    }
  }

  private readonly publish = (): void => {
    const contents = this.view.webContents
    const next = derivePaneState(
      contents.isDestroyed() ? null : contents,
      this.crashed,
      this.current,
    )
    if (samePaneState(next, this.current)) return
    this.current = next
    for (const listener of this.listeners) listener(next)
  }
}
