// What drives the browser pane. Core's PaneLifecycle (src/core/pane) implements it in every host,
// over Electron's WebContentsView or a Playwright page. Lessons and the UI's toolbar go through
// it, never around it.

import type { ColorScheme, PaneState } from '../shared/domain'

export interface PaneDriver {
  navigate(url: string): Promise<void>
  goBack(): Promise<void>
  goForward(): Promise<void>
  reload(): Promise<void>
  /** Zooms the pane's pages (1 = 100 %), this page and the ones it goes to next. */
  setZoom(factor: number): Promise<void>
  /** The colour scheme the pane's pages are told the user prefers, now and after navigations. */
  setColorScheme(scheme: ColorScheme): Promise<void>
  /** A lesson's script, in the page PAGE only, in an isolated world (core/pane/bound-script.ts). */
  runScript(page: string, source: string): Promise<unknown>
  state(): PaneState
  /** Returns an unsubscribe function. */
  onState(listener: (state: PaneState) => void): () => void
}

/** A pane that has shown nothing yet. */
export const BLANK_PANE_STATE: PaneState = {
  url: 'about:blank',
  title: '',
  canGoBack: false,
  canGoForward: false,
  loading: false,
  crashed: false,
}
