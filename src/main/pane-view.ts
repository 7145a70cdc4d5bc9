// The browser pane in Electron: a WebContentsView laid over the UI's empty slot, in its own
// in-memory session, with capture attached to its debugger before it loads anything. It is the
// Electron PanePort: the pane's life (crash, zoom, errors, state) is core's PaneLifecycle.

import type { ColorScheme } from '../shared/domain'
import type { GapReason } from '../shared/messages/facts'
import { WebContentsView, type BaseWindow, type Session, type WebContents } from 'electron'
import { isAllowedPaneUrl } from '../core/pane-target'
import {
  PaneLoadError,
  type PanePort,
  type PanePortEvent,
  type PaneReading,
} from '../core/pane/pane-port'
import type { PaneBounds } from '../shared/contract'
import { LOCKED_WEB_PREFERENCES } from './locked-web-preferences'
import type { CdpConnection } from '../core/capture/cdp-connection'
import { DebuggerKeeper, type CaptureLink } from './debugger-keeper'
import { debuggerConnection } from './debugger-connection'
import { runBoundScript } from '../core/pane/bound-script'
import { clampPaneBounds } from './pane-bounds'
import { PanePriority } from '../core/pane/pane-priority'
import { messageOf } from '../shared/error-message'

export interface PaneViewOptions {
  window: BaseWindow
  session: Session
  capture: CaptureLink
  /** The UI's page zoom: its slot bounds arrive in CSS pixels. */
  uiZoomFactor: () => number
  log: (message: string) => void
}

// Long enough for any tutorial page, short enough that a stuck history move does not hang the UI.
const SETTLE_TIMEOUT_MS = 15_000
const ATTACH_WAIT_MS = 5_000

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.())

export class PaneView implements PanePort {
  private view: WebContentsView
  private keeper: DebuggerKeeper
  private requestedBounds: PaneBounds = { x: 0, y: 0, width: 0, height: 0 }
  private readonly listeners = new Set<(event: PanePortEvent) => void>()
  /** The last scheme asked for, applied again whenever the debugger attaches anew. */
  private colorScheme: ColorScheme | null = null

  constructor(private readonly options: PaneViewOptions) {
    ;({ view: this.view, keeper: this.keeper } = this.createView())
    options.window.on('resize', this.layout)
  }

  /** Recreates a destroyed view (and its capture); capture listens before the pane loads. */
  async prepare(): Promise<void> {
    // A crashed renderer needs nothing here: loadURL on its web contents starts a fresh one.
    if (this.view.webContents.isDestroyed()) {
      this.options.log('pane: web contents was destroyed; creating a new pane')
      this.keeper.dispose()
      if (!this.options.window.isDestroyed()) {
        this.options.window.contentView.removeChildView(this.view)
      }
      ;({ view: this.view, keeper: this.keeper } = this.createView())
      this.layout()
    }
    // Capture must be listening before the pane loads anything, or the timeline misses it; but
    // a debugger that does not answer must not hang the pane: then the timeline shows a gap.
    await Promise.race([this.keeper.ensureAttached(), delay(ATTACH_WAIT_MS)])
  }

  async load(url: string): Promise<void> {
    try {
      await this.view.webContents.loadURL(url)
    } catch (error) {
      const code = (error as { code?: unknown }).code
      throw new PaneLoadError(messageOf(error), typeof code === 'string' ? code : undefined)
    }
  }

  async goBack(): Promise<void> {
    const contents = this.view.webContents
    if (!contents.navigationHistory.canGoBack()) return
    await this.stopped(contents, () => contents.navigationHistory.goBack())
  }

  async goForward(): Promise<void> {
    const contents = this.view.webContents
    if (!contents.navigationHistory.canGoForward()) return
    await this.stopped(contents, () => contents.navigationHistory.goForward())
  }

  async reload(): Promise<void> {
    const contents = this.view.webContents
    await this.stopped(contents, () => contents.reload())
  }

  /** Chromium keeps zoom per host, so every new page is set, 100 % included. */
  async applyZoom(factor: number): Promise<void> {
    const contents = this.view.webContents
    if (!contents.isDestroyed()) contents.setZoomFactor(factor)
  }

  /**
   * Through the pane's debugger (capture keeps it attached), as DevTools' own rendering
   * emulation does: only the pane's pages see it, not the UI, and it lasts across navigations.
   */
  async applyColorScheme(scheme: ColorScheme): Promise<void> {
    this.colorScheme = scheme
    const contents = this.view.webContents
    if (contents.isDestroyed() || !contents.debugger.isAttached()) return
    await emulateColorScheme(debuggerConnection(contents.debugger), scheme)
  }

  /** Through the debugger capture keeps attached: the same CDP path as in the browser host. */
  async runScript(page: string, source: string): Promise<unknown> {
    const contents = this.view.webContents
    if (contents.isDestroyed() || !contents.debugger.isAttached()) {
      throw new Error('The pane is not ready for a lesson script.')
    }
    return runBoundScript(debuggerConnection(contents.debugger), page, source)
  }

  async read(): Promise<PaneReading | null> {
    const contents = this.view.webContents
    if (contents.isDestroyed()) return null
    return {
      url: contents.getURL(),
      title: contents.getTitle(),
      canGoBack: contents.navigationHistory.canGoBack(),
      canGoForward: contents.navigationHistory.canGoForward(),
      loading: contents.isLoading(),
    }
  }

  suspendCapture(reason: GapReason): void {
    this.keeper.suspend(reason)
  }

  on(listener: (event: PanePortEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
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

  private emit(event: PanePortEvent): void {
    for (const listener of this.listeners) listener(event)
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
    contents.setWindowOpenHandler(({ url }) => {
      this.emit({ type: 'open-requested', url })
      return { action: 'deny' }
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())

    // The pane's renderers below the UI's (core/pane/pane-priority.ts): each frame's process as
    // it commits, a new one at each site the pane opens.
    const priority = new PanePriority(log)
    contents.on('did-frame-navigate', () => {
      if (contents.isDestroyed()) return
      try {
        priority.lower(contents.mainFrame.framesInSubtree.map((frame) => frame.osProcessId))
      } catch (error) {
        // A frame disposed meanwhile throws when read: the pane runs on as it was.
        log(`pane: its frames' processes were not read: ${messageOf(error)}`)
      }
    })
    contents.on('did-navigate', () => this.emit({ type: 'navigated' }))
    contents.on('did-navigate-in-page', () => this.emit({ type: 'navigated' }))
    contents.on('page-title-updated', () => this.emit({ type: 'title' }))
    contents.on('did-start-loading', () => this.emit({ type: 'loading-started' }))
    contents.on('did-stop-loading', () => this.emit({ type: 'loading-stopped' }))
    contents.on('render-process-gone', (_event, details) => {
      this.emit({ type: 'crashed', reason: `${details.reason}, exit code ${details.exitCode}` })
    })
    contents.on('destroyed', () => this.emit({ type: 'destroyed' }))

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
      restore: async (connection) => {
        if (this.colorScheme) await emulateColorScheme(connection, this.colorScheme)
      },
    })
    return { view, keeper }
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
}

function emulateColorScheme(connection: CdpConnection, scheme: ColorScheme): Promise<unknown> {
  return connection.send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: scheme }],
  })
}
