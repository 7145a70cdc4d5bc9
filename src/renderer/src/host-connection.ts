// Start-up: subscribe to the host's events first, then say `ready` and merge the snapshot it
// answers with. The host sends events only after `ready`, but an event can still overtake the
// answer on its way here, so whatever an event brought is newer than the snapshot and wins.

import { createCookieLabApi, type CookieLabApi } from '../../shared/contract'
import type { AppStores } from './stores/app-stores'
import { readableError } from './stores/readable-error'

const NO_HOST =
  'window.cookieLab is missing: this page runs inside the Cookie Lab app (or its test harness), not on its own.'

/**
 * Stands in for `window.cookieLab` when the page was opened without its host (no preload, no
 * harness): every command fails with a sentence that says so, and no event ever comes.
 */
export function hostlessApi(): CookieLabApi {
  return createCookieLabApi({
    invoke: () => Promise.reject(new Error(NO_HOST)),
    subscribe: () => () => undefined,
  })
}

export async function connectToHost(
  api: CookieLabApi,
  stores: Pick<AppStores, 'session' | 'pane' | 'timeline' | 'inspector'>,
): Promise<() => void> {
  let storeSeen = false
  let paneSeen = false
  const unsubscribers: Array<() => void> = []
  const disconnect = () => {
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe()
  }
  try {
    unsubscribers.push(
      api.onEntry((entry) => stores.timeline.upsert(entry)),
      api.onStore((cookies) => {
        storeSeen = true
        stores.inspector.setLive(cookies)
      }),
      api.onPane((pane) => {
        paneSeen = true
        stores.pane.setPane(pane)
      }),
    )
    const snapshot = await api.ready()
    stores.timeline.addMissing(snapshot.entries)
    if (!storeSeen) stores.inspector.setLive(snapshot.store)
    if (!paneSeen) stores.pane.setPane(snapshot.pane)
    stores.session.ready(snapshot.serverUrl, snapshot.homeUrl)
  } catch (error) {
    stores.session.failed(readableError(error))
  }
  return disconnect
}
