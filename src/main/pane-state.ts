// The PaneState the UI shows, read off the pane's web contents. Structural types instead of
// Electron's, so the derivation is tested with a plain object.

import type { PaneState } from '../shared/domain'
export { BLANK_PANE_STATE } from '../core/pane-driver'

export interface PaneContents {
  isDestroyed(): boolean
  getURL(): string
  getTitle(): string
  isLoading(): boolean
  navigationHistory: { canGoBack(): boolean; canGoForward(): boolean }
}

/**
 * The pane as it is now. A crashed or destroyed pane keeps showing the last address it had,
 * so the UI can say what crashed and offer a reload of it, but it is no longer loading and
 * history moves are off until it lives again.
 */
export function derivePaneState(
  contents: PaneContents | null,
  crashed: boolean,
  previous: PaneState,
): PaneState {
  if (!contents || contents.isDestroyed()) {
    return { ...previous, canGoBack: false, canGoForward: false, loading: false, crashed: true }
  }
  const url = contents.getURL() || previous.url
  return {
    url,
    // Chromium reports the URL as the title of a page without <title>; keep that, it is honest.
    title: contents.getTitle(),
    canGoBack: !crashed && contents.navigationHistory.canGoBack(),
    canGoForward: !crashed && contents.navigationHistory.canGoForward(),
    loading: !crashed && contents.isLoading(),
    crashed,
  }
}

export function samePaneState(a: PaneState, b: PaneState): boolean {
  return (
    a.url === b.url &&
    a.title === b.title &&
    a.canGoBack === b.canGoBack &&
    a.canGoForward === b.canGoForward &&
    a.loading === b.loading &&
    a.crashed === b.crashed
  )
}
