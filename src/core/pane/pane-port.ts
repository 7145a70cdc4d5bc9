// What a host must give the pane lifecycle: a small port onto one top-level page in a cookie
// store of its own. Electron implements it over a WebContentsView, the browser host (and the
// test harness) over a Playwright page. Everything that decides something (which URLs, what a
// crash means, zoom across navigations, what the UI is told) is in PaneLifecycle, not here.

import type { ColorScheme } from '../../shared/domain'
import type { GapReason } from '../../shared/messages/facts'

/** What the port reads off its live page. */
export interface PaneReading {
  url: string
  title: string
  canGoBack: boolean
  canGoForward: boolean
  loading: boolean
}

export type PanePortEvent =
  /** The main frame committed a new document (or moved within one). */
  | { type: 'navigated' }
  | { type: 'title' }
  | { type: 'loading-started' }
  | { type: 'loading-stopped' }
  /** The page's renderer is gone; REASON is the platform's word for why. */
  | { type: 'crashed'; reason: string }
  /** The page itself is gone (its view destroyed): it must be recreated before it loads again. */
  | { type: 'destroyed' }
  /** The page asked for a new window (target=_blank, window.open): the pane opens it instead. */
  | { type: 'open-requested'; url: string }

/** A navigation that failed; CODE is Chromium's error name when known (`ERR_ABORTED`...). */
export class PaneLoadError extends Error {
  override name = 'PaneLoadError'
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message)
  }
}

export interface PanePort {
  /**
   * Makes the page ready to load: recreates a destroyed page, and with `replaceCrashed` puts a
   * fresh renderer in place of a crashed one; capture is listening when it resolves (or a host
   * that cannot attach it in time leaves a gap on the timeline rather than hang the pane).
   */
  prepare(options: { replaceCrashed: boolean }): Promise<void>
  /** Loads URL; resolves once it has loaded, throws (a PaneLoadError) when it could not. */
  load(url: string): Promise<void>
  /** History moves and reload resolve once the page stopped loading; a move with nowhere to go is a no-op. */
  goBack(): Promise<void>
  goForward(): Promise<void>
  reload(): Promise<void>
  /**
   * Zooms the current page. `newPage`: the page was just committed, so a port whose new pages
   * always start at 100 % may skip factor 1 (Chromium's own zoom is kept per host, so Electron
   * may not).
   */
  applyZoom(factor: number, newPage: boolean): Promise<void>
  /**
   * Tells the page's \`prefers-color-scheme\` media query SCHEME (CDP Emulation.setEmulatedMedia),
   * whatever the system's theme: the tutorial's pages follow the app's theme.
   */
  applyColorScheme(scheme: ColorScheme): Promise<void>
  /** The live page's state, or null when it is gone. */
  read(): Promise<PaneReading | null>
  /**
   * Runs a lesson's SOURCE in the page, in an isolated world, only if the page is PAGE (origin
   * and path): `runBoundScript` over the host's CDP connection to the pane.
   */
  runScript(page: string, source: string): Promise<unknown>
  /** The page crashed: capture is told (the timeline shows a gap) until `prepare` attaches again. */
  suspendCapture(reason: GapReason): void
  /** Returns an unsubscribe function. */
  on(listener: (event: PanePortEvent) => void): () => void
}
