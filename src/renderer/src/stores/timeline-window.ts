// The part of the timeline the UI holds for its rows: a stretch of the session in seq order, its
// entries, and (under the name filter) runs of entries the host counted but did not send. Every
// seq from `low` to `high` is covered: an entry held here, or one counted in a run. Outside that
// stretch nothing is known here, and an entry heard of there is left to the page that brings it.

import type { EntryPage, SkippedRun } from '../../../shared/contract'
import type { TimelineEntry } from '../../../shared/domain'

export class TimelineWindow {
  /** Held entries, oldest first. */
  sorted: TimelineEntry[] = []
  readonly byId = new Map<string, TimelineEntry>()
  /** Runs the host counted between held entries, oldest first. */
  runs: SkippedRun[] = []
  /** Nothing is older than the stretch (else seqs below `low` are not covered). */
  atStart = true
  /** The stretch reaches the newest entry: new entries join it (else none above `high`). */
  atEnd = true
  low = -Infinity
  high = Infinity

  get size(): number {
    return this.sorted.length
  }

  /** Whether an entry of this seq lies in the stretch. */
  covers(seq: number): boolean {
    return (this.atStart || seq >= this.low) && (this.atEnd || seq <= this.high)
  }

  /** The run an unheld seq was counted in, if any. */
  runAt(seq: number): SkippedRun | undefined {
    return this.runs.find((run) => run.from <= seq && seq <= run.to)
  }

  /** Adds an entry, or replaces the one with its id. */
  put(entry: TimelineEntry): void {
    const previous = this.byId.get(entry.id)
    this.byId.set(entry.id, entry)
    if (previous) {
      let index = this.lowerBound(previous.seq)
      while (index < this.sorted.length && this.sorted[index]?.id !== previous.id) index++
      if (index >= this.sorted.length) index = this.sorted.findIndex((e) => e.id === previous.id)
      if (previous.seq === entry.seq) {
        this.sorted[index] = entry
        return
      }
      this.sorted.splice(index, 1)
    }
    const last = this.sorted.at(-1)
    if (!last || last.seq <= entry.seq) this.sorted.push(entry)
    else this.sorted.splice(this.lowerBound(entry.seq), 0, entry)
  }

  /** Empties the stretch: nothing held, nothing covered until a page comes. */
  clear(): void {
    this.sorted = []
    this.byId.clear()
    this.runs = []
    this.atStart = false
    this.atEnd = false
    this.low = Infinity
    this.high = -Infinity
  }

  /** The newest page of the session: the stretch becomes it, reaching the newest entry. */
  resetTo(page: EntryPage): void {
    this.clear()
    for (const entry of page.entries) this.put(entry)
    this.runs = [...page.skipped]
    this.low = page.from
    this.atStart = page.end
    this.high = Infinity
    this.atEnd = true
  }

  /** A page just older than the stretch. Entries held already are kept: events kept them new. */
  prepend(page: EntryPage): void {
    for (const entry of page.entries) if (!this.byId.has(entry.id)) this.put(entry)
    this.runs = [...page.skipped, ...this.runs]
    this.low = Math.min(this.low, page.from)
    this.atStart = page.end
  }

  /** A page just newer than the stretch. */
  append(page: EntryPage): void {
    for (const entry of page.entries) if (!this.byId.has(entry.id)) this.put(entry)
    this.runs = [...this.runs, ...page.skipped]
    this.atEnd = page.end
    this.high = page.end ? Infinity : Math.max(this.high, page.to)
  }

  /** Keeps only what is newer than the last run: the stretch every entry of which is held. */
  keepWholeTail(): void {
    const lastRun = this.runs.at(-1)
    if (!lastRun) return
    this.dropOldest(this.lowerBound(lastRun.to + 1))
    this.low = Math.max(this.low, lastRun.to + 1)
    this.atStart = false
    this.runs = []
  }

  /** Drops the COUNT oldest entries (and the runs among them): the stretch starts later. */
  dropOldest(count: number): void {
    if (count <= 0) return
    const dropped = this.sorted.splice(0, count)
    for (const entry of dropped) this.byId.delete(entry.id)
    const lastDropped = dropped.at(-1)?.seq ?? this.low
    this.runs = this.runs.filter((run) => run.from > lastDropped)
    this.low = lastDropped + 1
    this.atStart = false
  }

  /** Drops the COUNT newest entries (and the runs among them): the stretch ends earlier. */
  dropNewest(count: number): void {
    if (count <= 0) return
    const dropped = this.sorted.splice(this.sorted.length - count, count)
    for (const entry of dropped) this.byId.delete(entry.id)
    const firstDropped = dropped[0]?.seq ?? this.high
    this.runs = this.runs.filter((run) => run.to < firstDropped)
    this.high = firstDropped - 1
    this.atEnd = false
  }

  /** First index whose seq is >= seq. */
  lowerBound(seq: number): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.sorted[mid]?.seq ?? Infinity) < seq) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
