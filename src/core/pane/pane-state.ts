// The PaneState the UI shows, derived from what a platform port reads off its page. Plain data,
// so the derivation is tested without any browser.

import type { PaneState } from '../../shared/domain'
import type { PaneReading } from './pane-port'
export { BLANK_PANE_STATE } from '../pane-driver'

/**
 * The pane as it is now. A crashed or destroyed pane (READING null) keeps showing the last
 * address it had, so the UI can say what crashed and offer a reload of it, but it is no longer
 * loading and history moves are off until it lives again.
 */
export function derivePaneState(
  reading: PaneReading | null,
  crashed: boolean,
  previous: PaneState,
): PaneState {
  if (!reading) {
    return { ...previous, canGoBack: false, canGoForward: false, loading: false, crashed: true }
  }
  const url = reading.url || previous.url
  return {
    url,
    // Chromium reports the URL as the title of a page without <title>; keep that, it is honest.
    title: reading.title,
    canGoBack: !crashed && reading.canGoBack,
    canGoForward: !crashed && reading.canGoForward,
    loading: !crashed && reading.loading,
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
