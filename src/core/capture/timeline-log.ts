// The timeline: every entry in order of creation, each with the store changes credited to it.
// Entries are replaced, never removed: the timeline never loses an exchange or a change.

import type {
  Exchange,
  SetCookieLine,
  SetCookieOutcome,
  StoreChange,
  TimelineEntry,
} from '../../shared/domain'
import type { ExchangeBody } from './exchange-journal'

export class TimelineLog {
  private seq = 0
  private readonly list: TimelineEntry[] = []
  private readonly indexById = new Map<string, number>()
  /** Changes credited to each entry; an exchange rebuilt by the journal gets them back. */
  private readonly changesById = new Map<string, StoreChange[]>()
  /** Verdicts checked against the store (line-verdict.ts); a rebuilt exchange gets them back. */
  private readonly outcomesById = new Map<
    string,
    { raws: string[]; outcomes: SetCookieOutcome[] }
  >()

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
    const setCookies = this.withCheckedOutcomes(body.id, body.setCookies)
    this.put({ ...body, setCookies, storeChanges: this.changesById.get(body.id) ?? [] })
  }

  /** The exchange's lines were checked against the store: new verdicts, re-published. */
  setOutcomes(exchange: Exchange, outcomes: SetCookieOutcome[]): void {
    const raws = exchange.setCookies.map((line) => line.raw)
    this.outcomesById.set(exchange.id, { raws, outcomes })
    this.put({
      ...exchange,
      setCookies: this.withCheckedOutcomes(exchange.id, exchange.setCookies),
    })
  }

  /** Credits changes to an entry and re-publishes it. */
  credit(entry: TimelineEntry, changes: readonly StoreChange[]): void {
    const all = [...(this.changesById.get(entry.id) ?? []), ...changes]
    this.changesById.set(entry.id, all)
    this.put({ ...entry, storeChanges: all })
  }

  /** Lines with their checked verdicts, when the lines are still the ones that were checked. */
  private withCheckedOutcomes(id: string, lines: SetCookieLine[]): SetCookieLine[] {
    const checked = this.outcomesById.get(id)
    if (!checked || checked.raws.length !== lines.length) return lines
    return lines.map((line, i) => {
      const outcome = checked.outcomes[i]
      return outcome && checked.raws[i] === line.raw ? { ...line, outcome } : line
    })
  }
}
