// The lab's events on their way to the UI, one outbox per UI connection. Between two deliveries
// it gathers them: a burst of traffic brings several events per exchange (request, response,
// finish, store changes), each carrying the whole entry, and a store event with the whole store
// after each, and the UI draws only the newest of each. So an entry keeps only its newest version
// (in the order entries first came), the store and the pane only their newest state, and any
// other event (a lesson opened) is news of its own, each kept in order. What goes out is then
// put on the wire (shared/event-wire.ts): an entry or store the UI already holds crosses as what
// changed. Both hosts use it: Electron's main process before IPC, the browser host before each
// `page.evaluate`.

import type { EventMap, EventName, LabEventMap } from '../shared/contract'
import type { StoredCookie, TimelineEntry } from '../shared/domain'
import { WireEncoder } from '../shared/event-wire'

/** Events that are the whole state: only the newest counts. */
const STATE_EVENTS: ReadonlySet<string> = new Set(['store', 'pane'])

export type WireEvent = { [E in EventName]: readonly [E, EventMap[E]] }[EventName]

export class EventOutbox {
  private readonly entries = new Map<string, TimelineEntry>()
  private readonly news: Array<readonly [string, unknown]> = []
  private readonly latest = new Map<string, unknown>()
  private readonly wire = new WireEncoder()

  push<E extends EventName>(name: E, data: LabEventMap[E]): void {
    if (name === 'entry') this.entries.set((data as TimelineEntry).id, data as TimelineEntry)
    else if (STATE_EVENTS.has(name)) this.latest.set(name, data)
    else this.news.push([name, data])
  }

  get empty(): boolean {
    return this.entries.size === 0 && this.news.length === 0 && this.latest.size === 0
  }

  /**
   * The UI said `ready`: it (re)loaded and holds nothing sent before, so what goes out next
   * goes whole. Call it before the session answers `ready`.
   */
  uiReady(): void {
    this.wire.reset()
  }

  /** Everything gathered, on the wire, to be delivered in this order; the outbox is empty after. */
  drain(): WireEvent[] {
    const events: WireEvent[] = []
    for (const entry of this.entries.values()) events.push(['entry', this.wire.entry(entry)])
    events.push(...(this.news.splice(0) as WireEvent[]))
    for (const [name, data] of this.latest) {
      events.push(
        name === 'store'
          ? ['store', this.wire.store(data as StoredCookie[])]
          : ([name, data] as WireEvent),
      )
    }
    this.entries.clear()
    this.latest.clear()
    return events
  }
}
