// The timeline: every entry in order of creation, each with the store changes credited to it.
// Entries are replaced, never removed: the timeline never loses an exchange or a change.

import type { StoreChange, TimelineEntry } from '../../shared/domain'
import type { ExchangeBody } from './exchange-journal'

export class TimelineLog {
  private seq = 0
  private readonly list: TimelineEntry[] = []
  private readonly indexById = new Map<string, number>()
  /** Changes credited to each entry; an exchange rebuilt by the journal gets them back. */
  private readonly changesById = new Map<string, StoreChange[]>()

  /** `put` is told every entry added or replaced. */
  constructor(private readonly onPut: (entry: TimelineEntry) => void) {}

  /** The next entry's place in time; also taken by the journal for the hops it creates. */
  nextSeq(): number {
    this.seq += 1
    return this.seq
  }

  /** The newest seq handed out: a change that happens "now" belongs after it. */
  get lastSeq(): number {
    return this.seq
  }

  /** Read-only view, for predicates that must not copy ten thousand entries per update. */
  get all(): readonly TimelineEntry[] {
    return this.list
  }

  byId(id: string): TimelineEntry | undefined {
    const index = this.indexById.get(id)
    return index === undefined ? undefined : this.list[index]
  }

  /** Adds or replaces an entry and tells the listeners. */
  put(entry: TimelineEntry): void {
    const index = this.indexById.get(entry.id)
    if (index === undefined) {
      this.indexById.set(entry.id, this.list.length)
      this.list.push(entry)
    } else {
      this.list[index] = entry
    }
    this.onPut(entry)
  }

  /** An exchange as the journal (re)built it, with the store changes already credited to it. */
  putExchange(body: ExchangeBody): void {
    this.put({ ...body, storeChanges: this.changesById.get(body.id) ?? [] })
  }

  /** Credits changes to an entry and re-publishes it. */
  credit(entry: TimelineEntry, changes: readonly StoreChange[]): void {
    const all = [...(this.changesById.get(entry.id) ?? []), ...changes]
    this.changesById.set(entry.id, all)
    this.put({ ...entry, storeChanges: all })
  }
}
