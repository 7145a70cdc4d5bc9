// Start-up: subscribe to the host's events first, then say `ready` and merge the snapshot it
// answers with. The host sends events only after `ready`, but an event can still overtake the
// answer on its way here, so whatever an event brought is newer than the snapshot and wins.
//
// Entries and the store cross as what changed once the UI holds them; the wire's decoder makes
// them whole again here (shared/event-wire.ts). They are applied once per frame, not one by one:
// a burst of traffic brings several events per exchange (request, response, finish, store
// changes), and a store after each. Applied one by one, every event cost a render of the
// timeline and the inspector; gathered, a frame costs one, with the newest version of each entry
// and the newest store (the older ones would have been drawn over at once).
// When both wait, the rows go first and the store in the frame after.

import { createCookieLabApi, type CookieLabApi } from '../../shared/contract'
import type { StoredCookie, TimelineEntry } from '../../shared/domain'
import { WireDecoder } from '../../shared/event-wire'
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

/** Runs FLUSH once, soon: in the app, right after the next frame. */
export type FlushScheduler = (flush: () => void) => void

// Events are applied in a task of their own right after a frame, not inside the frame's task:
// applying a batch (React's render and commit, and the list's layout) and drawing a frame (style,
// layout, paint) are each a few ms of work, and on a busy machine a task waits for a core for
// several times its own work. Kept apart, neither waits on the other, and the learner's input
// finds the thread free between them. (Side by side on this project's 2-core machine, five
// bursts each: about 40% fewer tasks over 50 ms, the longest shorter in four bursts of five.)
// What a batch changed is painted in the frame after it.
//
// A lone event is drawn in the next frame but one. In a burst, a frame costs a fixed share
// whatever it brings (laying out the window, the inspector's whole store, the list's offsets),
// so after a frame that took C ms to apply its events, the next waits until 3C after its start:
// the later frames bring more each, the main thread keeps time for layout, paint and the user's
// input, and the UI keeps up instead of spending every frame on the fixed share. Light traffic
// costs a few ms a frame and waits for nothing. A window that gets no frames (hidden, covered by the pane's
// window, or busy) is still brought up to date by a timer: a test or a teacher switching windows
// finds the timeline current, not a frame behind everything that happened meanwhile.
const FRAME_SHARE = 3
const MAX_WAIT_MS = 250
const NO_FRAME_FALLBACK_MS = 200
let nextFlushAt = -Infinity
const afterNextFrame: FlushScheduler = (flush) => {
  const apply = () => {
    const start = performance.now()
    flush()
    // React renders what the flush changed in a microtask queued during it; this one runs after.
    queueMicrotask(() => {
      const cost = performance.now() - start
      nextFlushAt = start + Math.min(MAX_WAIT_MS, FRAME_SHARE * cost)
    })
  }
  const run = () => {
    let done = false
    const once = () => {
      if (done) return
      done = true
      clearTimeout(fallback)
      cancelAnimationFrame(frame)
      apply()
    }
    const frame = requestAnimationFrame(() => setTimeout(once, 0))
    const fallback = setTimeout(once, NO_FRAME_FALLBACK_MS)
  }
  const wait = nextFlushAt - performance.now()
  if (wait > 0) setTimeout(run, wait)
  else run()
}

export interface HostConnectionOptions {
  /** When gathered events are applied; tests pass one that applies them at once. */
  schedule?: FlushScheduler
}

export async function connectToHost(
  api: CookieLabApi,
  stores: Pick<AppStores, 'session' | 'pane' | 'timeline' | 'inspector'>,
  { schedule = afterNextFrame }: HostConnectionOptions = {},
): Promise<() => void> {
  let storeSeen = false
  let paneSeen = false
  let connected = true
  const wire = new WireDecoder()
  const entries = new Map<string, TimelineEntry>()
  let store: readonly StoredCookie[] | null = null
  let scheduled = false
  // With both waiting, the rows and the store take turns: one frame draws the new rows, the next
  // the inspector, so no frame carries both (a burst's frames each took twice as long, and on a
  // busy machine a frame over 100 ms left the UI deaf to the learner for as long).
  let storeTurn = false
  const flush = () => {
    scheduled = false
    if (!connected) return
    if (store !== null && (storeTurn || entries.size === 0)) {
      const cookies = store
      store = null
      storeTurn = false
      stores.inspector.setLive(cookies)
    } else if (entries.size > 0) {
      const batch = [...entries.values()]
      entries.clear()
      storeTurn = true
      stores.timeline.upsertMany(batch)
    }
    if (entries.size > 0 || store !== null) gather()
  }
  const gather = () => {
    if (scheduled) return
    scheduled = true
    schedule(flush)
  }
  const unsubscribers: Array<() => void> = []
  const disconnect = () => {
    connected = false
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe()
  }
  try {
    unsubscribers.push(
      api.onEntry((message) => {
        const entry = wire.entry(message)
        if (entry === null) return
        entries.set(entry.id, entry)
        gather()
      }),
      api.onStore((message) => {
        const cookies = wire.store(message)
        if (cookies === null) return
        storeSeen = true
        store = cookies
        gather()
      }),
      api.onPane((pane) => {
        paneSeen = true
        stores.pane.setPane(pane)
      }),
    )
    const snapshot = await api.ready()
    stores.timeline.begin(snapshot.entries, snapshot.entryCount)
    if (!storeSeen) stores.inspector.setLive(snapshot.store)
    if (!paneSeen) stores.pane.setPane(snapshot.pane)
    stores.session.ready(snapshot.serverUrl, snapshot.homeUrl)
  } catch (error) {
    stores.session.failed(readableError(error))
  }
  return disconnect
}
