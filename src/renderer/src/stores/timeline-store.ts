// The timeline's state: every entry the host reported, in seq order, and what the user chose to
// see (cookie-name filter, assets on or off, the selected row, following the newest row or not).
// Visible rows are derived lazily and cached, so a burst of events costs one rebuild per render;
// the cookie names each entry is found by are worked out once per version of the entry (entries
// are immutable: a newer version is a new object), so typing in the filter costs a scan of
// prepared strings, not a walk of every entry's cookies.
//
// A lesson's Reset starts the room on a clean timeline without deleting anything: a "fresh from
// here" mark hides every entry at or before it from the rows (the entries stay, and one click
// shows them again), so every request keeps its number and the record stays whole.

import type { TimelineEntry } from '../../../shared/domain'
import { ChangeEmitter, type ExternalStore } from './change-emitter'

/**
 * What the name filter asks of an entry: that it touches the cookie at all (sent, blocked, set or
 * changed), or that it set, changed or removed it in the store ("where did this come from?").
 */
export type FilterMode = 'touches' | 'changes'

/**
 * Entries not shown between a row and the one shown before it, so the row can say why its
 * number skips: assets the toggle hides, entries the filter hides.
 */
export interface HiddenBefore {
  /** The first and last hidden seq. */
  from: number
  to: number
  assets: number
  filtered: number
}

export interface TimelineSnapshot {
  /** Every entry, oldest first. */
  entries: readonly TimelineEntry[]
  /** The entries that pass the filter and the asset toggle, oldest first. */
  rows: readonly TimelineEntry[]
  /** Assets hidden by the toggle (among those the filter lets through). */
  hiddenAssetCount: number
  /** For each shown row whose number skips (its id as key): what is hidden before it. */
  hiddenBefore: ReadonlyMap<string, HiddenBefore>
  filter: string
  filterMode: FilterMode
  showAssets: boolean
  selectedId: string | null
  /** Index of the selection in `rows`, or -1 when nothing is selected or it is filtered out. */
  selectedIndex: number
  /**
   * Counts every selection, of the same row again included: a click on the selected row asks
   * what it shows anew (the store may have changed since it was first selected).
   */
  selectionCount: number
  /** Whether the list keeps the newest row in view as rows arrive. */
  following: boolean
  /** Rows show only entries with a seq above this ("fresh from here"); null: every entry. */
  freshAfter: number | null
  /** How many entries the fresh mark hides. */
  hiddenEarlier: number
}

/** Every cookie name an entry touches: sent, blocked, set, or changed in the store. */
export function cookieNamesOf(entry: TimelineEntry): string[] {
  const names = entry.storeChanges.map((change) => change.cookie.name)
  if (entry.kind === 'exchange') {
    for (const pair of entry.cookiePairs) names.push(pair.name)
    for (const considered of entry.considered) names.push(considered.cookie.name)
    for (const line of entry.setCookies) {
      names.push(line.parsed?.name ?? line.raw.split('=', 1)[0]?.trim() ?? '')
    }
  }
  return names
}

// Names in lower case, joined by a character no cookie name holds (a newline ends a header
// line), so one `includes` per entry answers the filter. Keyed by the entry object: a newer
// version of an entry is a new object, and a replaced one is collected with its key.
const SEPARATOR = '\n'
const touchedNames = new WeakMap<TimelineEntry, string>()
const changedNames = new WeakMap<TimelineEntry, string>()

function namesText(
  cache: WeakMap<TimelineEntry, string>,
  entry: TimelineEntry,
  names: (entry: TimelineEntry) => string[],
): string {
  let text = cache.get(entry)
  if (text === undefined) {
    text = names(entry)
      .map((name) => name.toLowerCase())
      .join(SEPARATOR)
    cache.set(entry, text)
  }
  return text
}

/** The names of the cookies an entry added, changed, removed or expired in the store. */
export function changedNamesOf(entry: TimelineEntry): string[] {
  return entry.storeChanges.map((change) => change.cookie.name)
}

function matchesFilter(entry: TimelineEntry, needle: string, mode: FilterMode): boolean {
  if (needle === '') return true
  // A gap says events may be missing: hiding it would make a filtered view look complete.
  if (entry.kind === 'capture-gap') return true
  return mode === 'changes'
    ? namesText(changedNames, entry, changedNamesOf).includes(needle)
    : namesText(touchedNames, entry, cookieNamesOf).includes(needle)
}

function isAsset(entry: TimelineEntry): boolean {
  return entry.kind === 'exchange' && entry.isAsset
}

export class TimelineStore implements ExternalStore<TimelineSnapshot> {
  private readonly emitter = new ChangeEmitter()
  private readonly byId = new Map<string, TimelineEntry>()
  private sorted: TimelineEntry[] = []
  private filter = ''
  private filterMode: FilterMode = 'touches'
  private showAssets = false
  private selectedId: string | null = null
  private selectionCount = 0
  private following = true
  private freshAfter: number | null = null
  private snapshot: TimelineSnapshot | null = null
  // The entries as handed out: a new array only when an entry came or changed, so what reads
  // them (the inspector's issues go through every entry's cookies) is not redone for a key
  // typed in the filter, a selection or the assets toggle.
  private entriesOut: readonly TimelineEntry[] | null = null

  subscribe = this.emitter.subscribe

  getSnapshot = (): TimelineSnapshot => {
    this.snapshot ??= this.build()
    return this.snapshot
  }

  get(id: string): TimelineEntry | undefined {
    return this.byId.get(id)
  }

  /** Adds an entry, or replaces the one with the same id. */
  upsert(entry: TimelineEntry): void {
    this.upsertMany([entry])
  }

  /** Adds or replaces several entries with one change: one rebuild, one render for a batch. */
  upsertMany(entries: Iterable<TimelineEntry>): void {
    let any = false
    for (const entry of entries) {
      const previous = this.byId.get(entry.id)
      this.byId.set(entry.id, entry)
      if (previous) this.replace(previous, entry)
      else this.insert(entry)
      any = true
    }
    if (!any) return
    this.entriesOut = null
    this.changed()
  }

  /**
   * Adds the entries of a start-up snapshot that no event has brought yet. An event that beat
   * the snapshot here is the newer version of its entry, so it wins.
   */
  addMissing(entries: readonly TimelineEntry[]): void {
    let added = 0
    for (const entry of entries) {
      if (this.byId.has(entry.id)) continue
      this.byId.set(entry.id, entry)
      this.sorted.push(entry)
      added++
    }
    if (added === 0) return
    this.sorted.sort((a, b) => a.seq - b.seq)
    this.entriesOut = null
    this.changed()
  }

  setFilter(text: string): void {
    if (text === this.filter) return
    this.filter = text
    this.changed()
  }

  setFilterMode(mode: FilterMode): void {
    if (mode === this.filterMode) return
    this.filterMode = mode
    this.changed()
  }

  setShowAssets(show: boolean): void {
    if (show === this.showAssets) return
    this.showAssets = show
    this.changed()
  }

  /** Selects a row; following stops unless it is the newest visible row. */
  select(id: string | null): void {
    const rows = this.getSnapshot().rows
    this.selectedId = id
    this.selectionCount++
    this.following = id === null ? this.following : rows.at(-1)?.id === id
    this.changed()
  }

  /** ↑/↓: moves the selection among visible rows; from no selection, ↓ starts at the top. */
  moveSelection(delta: number): void {
    const { rows, selectedIndex } = this.getSnapshot()
    if (rows.length === 0) return
    const from = selectedIndex === -1 ? (delta > 0 ? -1 : rows.length) : selectedIndex
    const to = Math.min(rows.length - 1, Math.max(0, from + delta))
    this.select(rows[to]?.id ?? null)
  }

  selectFirst(): void {
    this.select(this.getSnapshot().rows[0]?.id ?? null)
  }

  selectLast(): void {
    this.select(this.getSnapshot().rows.at(-1)?.id ?? null)
  }

  setFollowing(following: boolean): void {
    if (following === this.following) return
    this.following = following
    this.changed()
  }

  /** The newest entry's seq, or -1 before any: what came after it is new. */
  lastSeq(): number {
    return this.sorted.at(-1)?.seq ?? -1
  }

  /**
   * Hides every entry so far from the rows ("fresh from here"); nothing is deleted. The selection
   * goes (a hidden row cannot be shown) and the list follows the newest row again.
   */
  markFresh(): void {
    this.freshAfter = this.lastSeq()
    this.selectedId = null
    this.selectionCount++
    this.following = true
    this.changed()
  }

  /** Shows the entries the fresh mark hid. */
  showEarlier(): void {
    if (this.freshAfter === null) return
    this.freshAfter = null
    this.changed()
  }

  private insert(entry: TimelineEntry): void {
    const last = this.sorted.at(-1)
    if (!last || last.seq <= entry.seq) {
      this.sorted.push(entry)
      return
    }
    this.sorted.splice(this.lowerBound(entry.seq), 0, entry)
  }

  private replace(previous: TimelineEntry, entry: TimelineEntry): void {
    let index = this.lowerBound(previous.seq)
    while (index < this.sorted.length && this.sorted[index]?.id !== previous.id) index++
    if (index >= this.sorted.length) index = this.sorted.findIndex((e) => e.id === previous.id)
    if (previous.seq === entry.seq) {
      this.sorted[index] = entry
      return
    }
    this.sorted.splice(index, 1)
    this.insert(entry)
  }

  /** First index whose seq is >= seq. */
  private lowerBound(seq: number): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.sorted[mid]?.seq ?? Infinity) < seq) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private changed(): void {
    this.snapshot = null
    this.emitter.emit()
  }

  private build(): TimelineSnapshot {
    const needle = this.filter.trim().toLowerCase()
    const rows: TimelineEntry[] = []
    const hiddenBefore = new Map<string, HiddenBefore>()
    let hiddenAssetCount = 0
    let hidden: HiddenBefore | null = null
    let hiddenEarlier = 0
    const freshAfter = this.freshAfter ?? -Infinity
    for (const entry of this.sorted) {
      if (entry.seq <= freshAfter) {
        hiddenEarlier++
        continue
      }
      const passes = matchesFilter(entry, needle, this.filterMode)
      const shown = passes && (this.showAssets || !isAsset(entry))
      if (shown) {
        rows.push(entry)
        if (hidden) hiddenBefore.set(entry.id, hidden)
        hidden = null
        continue
      }
      if (passes) hiddenAssetCount++
      hidden ??= { from: entry.seq, to: entry.seq, assets: 0, filtered: 0 }
      hidden.to = entry.seq
      if (passes) hidden.assets++
      else hidden.filtered++
    }
    const selectedIndex =
      this.selectedId === null ? -1 : rows.findIndex((entry) => entry.id === this.selectedId)
    return {
      entries: (this.entriesOut ??= this.sorted.slice()),
      rows,
      hiddenAssetCount,
      hiddenBefore,
      filter: this.filter,
      filterMode: this.filterMode,
      showAssets: this.showAssets,
      selectedId: this.selectedId,
      selectedIndex,
      selectionCount: this.selectionCount,
      following: this.following,
      freshAfter: this.freshAfter,
      hiddenEarlier,
    }
  }
}
