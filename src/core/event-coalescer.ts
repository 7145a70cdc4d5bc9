// Gathers the lab's events between two deliveries to the UI. A burst of traffic brings several
// events per exchange (request, response, finish, store changes), each carrying the whole entry,
// and a store event with the whole store after each; the UI draws only the newest of each. So an
// entry keeps only its newest version (in the order entries first came), the store and the pane
// only their newest state, and any other event (a lesson opened) is news of its own, each kept
// in order. Both hosts use it: Electron's main process before IPC, the browser host before each
// `page.evaluate`.

/** Events that are the whole state: only the newest counts. */
const STATE_EVENTS: ReadonlySet<string> = new Set(['store', 'pane'])

export class EventCoalescer {
  private readonly entries = new Map<string, unknown>()
  private readonly news: Array<readonly [string, unknown]> = []
  private readonly latest = new Map<string, unknown>()

  push(name: string, data: unknown): void {
    if (name === 'entry') this.entries.set((data as { id: string }).id, data)
    else if (STATE_EVENTS.has(name)) this.latest.set(name, data)
    else this.news.push([name, data])
  }

  get empty(): boolean {
    return this.entries.size === 0 && this.news.length === 0 && this.latest.size === 0
  }

  /** Everything gathered, to be delivered in this order; the coalescer is empty after. */
  drain(): Array<readonly [string, unknown]> {
    const events: Array<readonly [string, unknown]> = []
    for (const entry of this.entries.values()) events.push(['entry', entry])
    events.push(...this.news.splice(0))
    for (const state of this.latest) events.push(state)
    this.entries.clear()
    this.latest.clear()
    return events
  }
}
