// The timeline's state: every entry the host reported, in seq order, and what the user chose to
// see (cookie-name filter, assets on or off, the selected row, following the newest row or not).
// Visible rows are derived lazily and cached, so a burst of events costs one rebuild per render;
// the cookie names each entry is found by are worked out once per version of the entry (entries
// are immutable: a newer version is a new object), so typing in the filter costs a scan of
// prepared strings, not a walk of every entry's cookies.
//
// A long session is not held whole: with a pager (the host's `entryPage` / `searchEntries`) the
// store holds the newest entries and the stretch the rows show (`timeline-window.ts`), bounded,
// and asks the host for older (or newer) pages as the list scrolls, and for the name filter's
// matches across the whole session. Without one (an imported file), every entry is held here.
//
// A lesson's Reset starts the room on a clean timeline without deleting anything: a "fresh from
// here" mark hides every entry at or before it from the rows (the entries stay, and one click
// shows them again), so every request keeps its number and the record stays whole.

import type { CookieLabApi, EntryPage, EntryPageQuery, SkippedRun } from '../../../shared/contract'
import type { TimelineEntry } from '../../../shared/domain'
import { filterNeedle, matchesFilter, type FilterMode } from '../../../shared/timeline-filter'
import { ChangeEmitter, type ExternalStore } from './change-emitter'
import { readableError } from './readable-error'
import { TimelineWindow } from './timeline-window'

export { changedNamesOf, cookieNamesOf, type FilterMode } from '../../../shared/timeline-filter'

/** What the store asks the host for: pages of the timeline, and the filter's matches. */
export type TimelinePager = Pick<CookieLabApi, 'entryPage' | 'searchEntries'>

export interface TimelineStoreOptions {
  /** The host's pages; without one every entry is held here. */
  pager?: TimelinePager | null
  /** Entries asked for per page. */
  pageSize?: number
  /** The most entries held for the rows; past it the far end is let go (and paged in again). */
  maxLoaded?: number
  /** The newest entries kept for lessons and the inspector, whatever the rows show. */
  recentMax?: number
}

export const TIMELINE_PAGE_SIZE = 200
export const TIMELINE_MAX_LOADED = 2_000
export const TIMELINE_RECENT_MAX = 1_000

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

export type TimelineLoading = 'older' | 'newer' | 'newest'

export interface TimelineSnapshot {
  /**
   * The newest entries, oldest first, kept up to date whatever the rows show: every entry
   * without a pager, the newest TIMELINE_RECENT_MAX with one (what lessons and the inspector read).
   */
  entries: readonly TimelineEntry[]
  /** How many entries the session holds in all, loaded or not. */
  entryCount: number
  /** How many entries the store holds for the rows (filtered out or not). */
  loadedCount: number
  /** The entries that pass the filter and the asset toggle, oldest first, of those loaded. */
  rows: readonly TimelineEntry[]
  /** Older rows may be loaded (`loadOlder`): the list has not reached the session's start. */
  hasOlder: boolean
  /** The rows stop short of the newest entry (`loadNewer`, `setFollowing(true)`). */
  hasNewer: boolean
  /** A page is on its way. */
  loading: TimelineLoading | null
  /** Why the last page could not be loaded; cleared by the next try. */
  loadError: string | null
  /** Which page that was. */
  failed: TimelineLoading | null
  /** Assets hidden by the toggle (among the loaded ones the filter lets through). */
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

function isAsset(entry: TimelineEntry): boolean {
  return entry.kind === 'exchange' && entry.isAsset
}

/** What the window's runs were counted for: the filter as the host matched it. */
interface Source {
  needle: string
  mode: FilterMode
}

export class TimelineStore implements ExternalStore<TimelineSnapshot> {
  private readonly emitter = new ChangeEmitter()
  private readonly pager: TimelinePager | null
  private readonly pageSize: number
  private readonly maxLoaded: number
  private readonly recentMax: number
  private readonly window = new TimelineWindow()
  // The newest entries, with a pager (without one the window holds every entry).
  private recent: TimelineEntry[] = []
  private readonly recentById = new Map<string, TimelineEntry>()
  // Whether `recent` holds every entry from the session's start (none dropped, none unsent).
  private recentWhole = true
  private entryCount = 0
  private newestSeq = -1
  private source: Source | null = null
  private loading: TimelineLoading | null = null
  private loadError: string | null = null
  private failed: TimelineLoading | null = null
  private generation = 0
  // Entries events brought while a page was on its way: newer than the page's, so they win.
  private readonly overtaken = new Map<string, TimelineEntry>()
  private filter = ''
  private filterMode: FilterMode = 'touches'
  private showAssets = false
  private selectedId: string | null = null
  // The selected entry as last seen: it may leave the window while the detail view shows it.
  private selectedEntry: TimelineEntry | null = null
  private selectionCount = 0
  private following = true
  private freshAfter: number | null = null
  private hiddenAtMark = 0
  private snapshot: TimelineSnapshot | null = null
  // The entries as handed out: a new array only when an entry came or changed, so what reads
  // them (the inspector's issues go through every entry's cookies) is not redone for a key
  // typed in the filter, a selection or the assets toggle.
  private entriesOut: readonly TimelineEntry[] | null = null

  constructor(options: TimelineStoreOptions = {}) {
    this.pager = options.pager ?? null
    this.pageSize = options.pageSize ?? TIMELINE_PAGE_SIZE
    this.maxLoaded = Math.max(options.maxLoaded ?? TIMELINE_MAX_LOADED, 2 * this.pageSize)
    this.recentMax = options.recentMax ?? TIMELINE_RECENT_MAX
  }

  subscribe = this.emitter.subscribe

  getSnapshot = (): TimelineSnapshot => {
    this.snapshot ??= this.build()
    return this.snapshot
  }

  /** An entry the store holds (loaded, among the newest, or the selection). */
  get(id: string): TimelineEntry | undefined {
    return (
      this.window.byId.get(id) ??
      this.recentById.get(id) ??
      (this.selectedEntry?.id === id ? this.selectedEntry : undefined)
    )
  }

  /** Adds an entry, or replaces the one with the same id. */
  upsert(entry: TimelineEntry): void {
    this.upsertMany([entry])
  }

  /**
   * Entries the host's events brought (new, or a newer version): one change, one rebuild, one
   * render for a batch. An entry outside the loaded stretch is left to the page that brings it.
   */
  upsertMany(entries: Iterable<TimelineEntry>): void {
    let any = false
    for (const entry of entries) {
      any = true
      this.count(entry)
      this.remember(entry)
      if (this.selectedEntry?.id === entry.id) this.selectedEntry = entry
      if (this.loading !== null) this.overtaken.set(entry.id, entry)
      this.place(entry)
    }
    if (!any) return
    this.keepWithinBudget()
    this.entriesOut = null
    this.changed()
  }

  /**
   * The start-up snapshot: the newest entries and the session's count. Entries an event brought
   * first are the newer versions, so they win.
   */
  begin(entries: readonly TimelineEntry[], entryCount: number): void {
    for (const entry of entries) {
      if (this.get(entry.id)) continue
      this.count(entry)
      this.remember(entry)
      this.window.put(entry)
    }
    this.entryCount = Math.max(this.entryCount, entryCount)
    const first = this.window.sorted[0]
    if (this.pager && first && this.entryCount > this.window.size) {
      // Older entries are the host's, paged in as the list scrolls up.
      this.window.atStart = false
      this.window.low = first.seq
      this.recentWhole = false
    }
    this.entriesOut = null
    this.changed()
  }

  /** Every entry of a whole timeline (one held here, without a pager): see `begin`. */
  addMissing(entries: readonly TimelineEntry[]): void {
    this.begin(entries, 0)
  }

  setFilter(text: string): void {
    if (text === this.filter) return
    this.filter = text
    this.sourceChanged()
    this.changed()
  }

  setFilterMode(mode: FilterMode): void {
    if (mode === this.filterMode) return
    this.filterMode = mode
    this.sourceChanged()
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
    this.selectedEntry = id === null ? null : (this.get(id) ?? null)
    this.selectionCount++
    this.following = id === null ? this.following : this.window.atEnd && rows.at(-1)?.id === id
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

  /** Following the newest row again brings the newest page back if it was let go. */
  setFollowing(following: boolean): void {
    if (following && !this.window.atEnd) this.loadNewest()
    if (following === this.following) return
    this.following = following
    this.changed()
  }

  /** The newest entry's seq, or -1 before any: what came after it is new. */
  lastSeq(): number {
    return this.newestSeq
  }

  /**
   * Whether an entry after ENTRY changed the store, as far as the store can tell: when entries
   * after it are not held here, it answers yes (the store right after ENTRY is then shown, which
   * is right either way).
   */
  storeChangedAfter(entry: TimelineEntry): boolean {
    const held = this.pager ? this.recent : this.window.sorted
    const oldestHeld = held[0]?.seq ?? Infinity
    if (this.pager && !this.recentWhole && entry.seq < oldestHeld) return true
    for (let i = held.length - 1; i >= 0; i--) {
      const later = held[i]
      if (!later || later.seq <= entry.seq) return false
      if (later.storeChanges.length > 0) return true
    }
    return false
  }

  /**
   * Hides every entry so far from the rows ("fresh from here"); nothing is deleted. The selection
   * goes (a hidden row cannot be shown) and the list follows the newest row again.
   */
  markFresh(): void {
    this.freshAfter = this.lastSeq()
    this.hiddenAtMark = this.entryCount
    this.selectedId = null
    this.selectedEntry = null
    this.selectionCount++
    this.setFollowing(true)
    this.following = true
    this.changed()
  }

  /** Shows the entries the fresh mark hid. */
  showEarlier(): void {
    if (this.freshAfter === null) return
    this.freshAfter = null
    this.changed()
  }

  /** Asks the host for the page above the oldest loaded row. */
  loadOlder(): void {
    if (!this.olderToLoad() || this.loading !== null) return
    this.fetch('older', { direction: 'older', fromSeq: this.window.low, limit: this.pageSize })
  }

  /** Asks the host for the page below the newest loaded row, when the newest was let go. */
  loadNewer(): void {
    if (!this.pager || this.window.atEnd || this.loading !== null) return
    this.fetch('newer', { direction: 'newer', fromSeq: this.window.high, limit: this.pageSize })
  }

  /** Lets the loaded rows go and asks for the newest page (the list jumps to the latest). */
  loadNewest(): void {
    if (!this.pager || this.loading === 'newest') return
    this.window.clear()
    this.fetch('newest', { direction: 'older', fromSeq: null, limit: this.pageSize })
  }

  // -- internals -------------------------------------------------------------------------------

  /** Whether older entries than the loaded ones may be shown: not past the start or the mark. */
  private olderToLoad(): boolean {
    const window = this.window
    const freshCoversStart = this.freshAfter !== null && window.low <= this.freshAfter + 1
    return this.pager !== null && !window.atStart && !freshCoversStart
  }

  /** Counts an entry new to the session: a seq above every one seen, or any unheld one here. */
  private count(entry: TimelineEntry): void {
    const known = this.window.byId.has(entry.id) || this.recentById.has(entry.id)
    if (!known && (!this.pager || entry.seq > this.newestSeq)) this.entryCount++
    this.newestSeq = Math.max(this.newestSeq, entry.seq)
  }

  /** Keeps an entry among the newest, with a pager (for lessons and the inspector). */
  private remember(entry: TimelineEntry): void {
    if (!this.pager) return
    const previous = this.recentById.get(entry.id)
    if (!previous && !this.recentWhole && entry.seq < (this.recent[0]?.seq ?? -Infinity)) return
    this.recentById.set(entry.id, entry)
    if (previous) this.recent = this.recent.filter((e) => e.id !== entry.id)
    const last = this.recent.at(-1)
    if (!last || last.seq <= entry.seq) this.recent.push(entry)
    else
      this.recent.splice(
        this.recent.findIndex((e) => e.seq > entry.seq),
        0,
        entry,
      )
    if (this.recent.length > this.recentMax) {
      for (const dropped of this.recent.splice(0, this.recent.length - this.recentMax)) {
        this.recentById.delete(dropped.id)
      }
      this.recentWhole = false
    }
  }

  /** An event's entry into the loaded stretch, if it belongs there. */
  private place(entry: TimelineEntry): void {
    const window = this.window
    if (window.byId.has(entry.id)) {
      window.put(entry)
      return
    }
    if (this.loading === 'newest' || !window.covers(entry.seq)) return
    const run = window.runAt(entry.seq)
    if (run) {
      // Counted as not matching when the host searched; it matches now (its store changes came
      // later): shown, and no longer counted.
      if (!this.source || !matchesFilter(entry, this.source.needle, this.source.mode)) return
      run.count = Math.max(0, run.count - 1)
    }
    window.put(entry)
  }

  /**
   * The filter changed: the host's runs were counted for the old one. What is held whole (every
   * entry newer than the last run) is filtered here at once; the rest comes from the host.
   */
  private sourceChanged(): void {
    if (!this.pager) return
    const needle = filterNeedle(this.filter)
    const wanted = needle === '' ? null : { needle, mode: this.filterMode }
    if (wanted?.needle === this.source?.needle && wanted?.mode === this.source?.mode) return
    this.source = wanted
    this.cancelLoading()
    if (!this.window.atEnd) {
      this.loadNewest()
      return
    }
    this.window.keepWholeTail()
    this.loadOlder()
  }

  private cancelLoading(): void {
    this.generation++
    this.loading = null
    this.overtaken.clear()
  }

  private fetch(kind: TimelineLoading, query: EntryPageQuery): void {
    const pager = this.pager
    if (!pager) return
    const generation = ++this.generation
    this.loading = kind
    this.loadError = null
    this.failed = null
    this.overtaken.clear()
    const source = this.source
    const answer = source
      ? pager.searchEntries({ ...query, text: source.needle, mode: source.mode })
      : pager.entryPage(query)
    answer.then(
      (page) => {
        if (generation !== this.generation) return
        this.loading = null
        this.applyPage(kind, page)
      },
      (error: unknown) => {
        if (generation !== this.generation) return
        this.loading = null
        this.overtaken.clear()
        this.loadError = readableError(error)
        this.failed = kind
        this.changed()
      },
    )
    this.changed()
  }

  private applyPage(kind: TimelineLoading, page: EntryPage): void {
    const window = this.window
    if (kind === 'newest') window.resetTo(page)
    else if (kind === 'older') window.prepend(page)
    else window.append(page)
    this.entryCount = Math.max(this.entryCount, page.entryCount)
    for (const entry of page.entries) this.newestSeq = Math.max(this.newestSeq, entry.seq)
    // What events brought meanwhile is newer than the page.
    for (const entry of this.overtaken.values()) this.place(entry)
    this.overtaken.clear()
    this.keepWithinBudget(kind === 'older' ? 'newest' : 'oldest')
    this.changed()
  }

  /**
   * Holds at most `maxLoaded` entries for the rows. The far end goes: the oldest while the list
   * follows the newest row (or just paged down), the newest while the user reads older rows (the
   * list then stops taking new rows until it is scrolled down or told to follow again).
   */
  private keepWithinBudget(drop?: 'oldest' | 'newest'): void {
    const over = this.window.size - this.maxLoaded
    if (!this.pager || over <= 0) return
    const end = drop ?? (this.following ? 'oldest' : 'newest')
    if (end === 'oldest') this.window.dropOldest(over)
    else this.window.dropNewest(over)
  }

  private changed(): void {
    this.snapshot = null
    this.emitter.emit()
  }

  private build(): TimelineSnapshot {
    const needle = filterNeedle(this.filter)
    const rows: TimelineEntry[] = []
    const hiddenBefore = new Map<string, HiddenBefore>()
    const window = this.window
    const runs = window.runs
    let hiddenAssetCount = 0
    let hidden: HiddenBefore | null = null
    let hiddenEarlier = 0
    let runIndex = 0
    const freshAfter = this.freshAfter ?? -Infinity
    const skipRun = (run: SkippedRun) => {
      if (run.to <= freshAfter || run.count === 0) return
      hidden ??= { from: run.from, to: run.to, assets: 0, filtered: 0 }
      hidden.to = run.to
      hidden.filtered += run.count
    }
    for (const entry of window.sorted) {
      while (runIndex < runs.length && (runs[runIndex] as SkippedRun).to < entry.seq) {
        skipRun(runs[runIndex] as SkippedRun)
        runIndex++
      }
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
      entries: (this.entriesOut ??= (this.pager ? this.recent : window.sorted).slice()),
      entryCount: this.pager ? this.entryCount : window.size,
      loadedCount: window.size,
      rows,
      hasOlder: this.olderToLoad(),
      hasNewer: !window.atEnd,
      loading: this.loading,
      loadError: this.loadError,
      failed: this.failed,
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
      hiddenEarlier:
        this.pager && this.freshAfter !== null
          ? Math.max(this.hiddenAtMark, hiddenEarlier)
          : hiddenEarlier,
    }
  }
}
