// Start-up: subscribe to the host's events first, then say `ready` and merge the snapshot it
// answers with. The host sends events only after `ready`, but an event can still overtake the
// answer on its way here, so whatever an event brought is newer than the snapshot and wins.

import type { CookieLabApi } from '../../shared/contract'
import type { AppStores } from './stores/app-stores'
import { readableError } from './stores/readable-error'

export async function connectToHost(
  api: CookieLabApi,
  stores: Pick<AppStores, 'session' | 'pane' | 'timeline' | 'inspector'>,
): Promise<() => void> {
  let storeSeen = false
  let paneSeen = false
  const unsubscribers = [
    api.onEntry((entry) => stores.timeline.upsert(entry)),
    api.onStore((cookies) => {
      storeSeen = true
      stores.inspector.setLive(cookies)
    }),
    api.onPane((pane) => {
      paneSeen = true
      stores.pane.setPane(pane)
    }),
  ]
  const disconnect = () => {
    for (const unsubscribe of unsubscribers) unsubscribe()
  }
  try {
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
