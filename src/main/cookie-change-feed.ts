// Electron reports every change to the pane's cookie store with a cause, including the ones no
// network event shows (`document.cookie`, expiry, eviction). Capture gets each cause; its store
// watcher, the one owner of when the store is read, reads it once per burst.

import type { CookieKey } from '../shared/domain'

export interface ChangedCookie {
  name: string
  domain?: string
  path?: string
}

type ChangedListener = (
  event: unknown,
  cookie: ChangedCookie,
  cause: string,
  removed: boolean,
) => void

/** The part of Electron's `Cookies` the feed uses. */
export interface CookieChangeSource {
  on(event: 'changed', listener: ChangedListener): unknown
  removeListener(event: 'changed', listener: ChangedListener): unknown
}

export interface CookieChangeSink {
  /** Keeps the cause and reads the store soon; capture decides when (one read per burst). */
  noteBrowserCause(key: CookieKey, cause: string): void
}

/** Feeds store changes to capture until the returned function is called. */
export function feedCookieChanges(
  cookies: CookieChangeSource,
  capture: CookieChangeSink,
): () => void {
  const onChanged: ChangedListener = (_event, cookie, cause) => {
    capture.noteBrowserCause(
      { name: cookie.name, domain: cookie.domain ?? '', path: cookie.path ?? '/' },
      cause,
    )
  }
  cookies.on('changed', onChanged)
  return () => {
    cookies.removeListener('changed', onChanged)
  }
}
