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
  /** The same entries in seq order, for pages of the timeline (an orphan is put late). */
  private readonly sorted: TimelineEntry[] = []
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

  /** Every entry in seq order (read-only view): what the UI pages through. */
  get bySeq(): readonly TimelineEntry[] {
    return this.sorted
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
      this.sorted.splice(this.upperBound(entry.seq), 0, entry)
    } else {
      const previous = this.list[index]
      this.list[index] = entry
      if (previous) this.resort(previous, entry)
    }
    this.onPut(entry)
  }

  /** A replaced entry in the seq-ordered list: in place, or moved if its seq changed. */
  private resort(previous: TimelineEntry, entry: TimelineEntry): void {
    let at = this.upperBound(previous.seq) - 1
    while (at >= 0 && this.sorted[at] !== previous) at--
    if (at < 0) at = this.sorted.indexOf(previous)
    if (previous.seq === entry.seq) {
      this.sorted[at] = entry
      return
    }
    this.sorted.splice(at, 1)
    this.sorted.splice(this.upperBound(entry.seq), 0, entry)
  }

  /** The first index whose seq is above SEQ (usually the end: entries come in seq order). */
  private upperBound(seq: number): number {
    let low = 0
    let high = this.sorted.length
    if (high > 0 && (this.sorted[high - 1]?.seq ?? 0) <= seq) return high
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.sorted[middle]?.seq ?? Infinity) <= seq) low = middle + 1
      else high = middle
    }
    return low
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
