// Electron reports every change to the pane's cookie store with a cause, including the ones no
// network event shows (`document.cookie`, expiry, eviction). Capture gets each cause, then one
// store refresh per burst: a page that sets ten cookies costs one `Network.getAllCookies`.

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
  noteBrowserCause(key: CookieKey, cause: string): void
  refreshStore(): unknown
}

export const STORE_REFRESH_DEBOUNCE_MS = 30

/** Feeds store changes to capture until the returned function is called. */
export function feedCookieChanges(
  cookies: CookieChangeSource,
  capture: CookieChangeSink,
  options: { debounceMs?: number; log?: (message: string) => void } = {},
): () => void {
  const debounceMs = options.debounceMs ?? STORE_REFRESH_DEBOUNCE_MS
  let timer: ReturnType<typeof setTimeout> | undefined

  const refresh = async () => {
    timer = undefined
    try {
      await capture.refreshStore()
    } catch (error) {
      // Capture may be between debugger attachments; the next change or reattach refreshes.
      options.log?.(`store refresh failed: ${error instanceof Error ? error.message : error}`)
    }
  }

  const onChanged: ChangedListener = (_event, cookie, cause) => {
    capture.noteBrowserCause(
      { name: cookie.name, domain: cookie.domain ?? '', path: cookie.path ?? '/' },
      cause,
    )
    // Not reset by later changes: a page that keeps writing still gets its store refreshed.
    timer ??= setTimeout(() => void refresh(), debounceMs)
  }

  cookies.on('changed', onChanged)
  return () => {
    cookies.removeListener('changed', onChanged)
    if (timer) clearTimeout(timer)
    timer = undefined
  }
}
