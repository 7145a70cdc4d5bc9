// Turns each store snapshot into recorded changes: diffs it with the store as shown, asks
// change-attribution for each change's cause, credits the change to its timeline entry, and
// keeps the store's history. A change nothing explains yet may wait for a response's ExtraInfo
// still on its way; then it becomes a script write.

import {
  cookieKeyOf,
  type ChangeCause,
  type CookieKey,
  type ScriptWrite,
  type StoreChange,
  type StoredCookie,
  type TimelineEntry,
} from '../../shared/domain'
import { ChangeAttribution, type Verdict } from './change-attribution'
import type { ExchangeBody } from './exchange-journal'
import { checkedOutcomes } from './line-verdict'
import { diffStores, type RawChange } from './store-diff'
import { StoreHistory } from './store-history'
import type { TimelineLog } from './timeline-log'

/** A request still without its response's ExtraInfo after this long is not waited for. */
const AWAIT_EXTRA_INFO_MS = 5000

export interface ChangeRecorderOptions {
  now: () => number
  /** How long an unexplained change may wait for a response's ExtraInfo that could explain it. */
  holdUnexplainedMs: number
  timeline: TimelineLog
  /** True while some request's response ExtraInfo is still due (see ExchangeJournal). */
  awaitingResponseExtraInfo(withinMs: number): boolean
  /** The store changed: the whole store as now shown. */
  storeChanged(store: StoredCookie[]): void
  /** Held changes were resolved: nothing waits any more. */
  quiet(): void
}

type Decided = Array<{ change: RawChange; verdict: Verdict }>

export class ChangeRecorder {
  private shown = new Map<string, StoredCookie>()
  private shownList: readonly StoredCookie[] = Object.freeze([])
  /** Set by the first snapshot: what was there before is the starting point. */
  private started = false
  private readonly history = new StoreHistory()
  private readonly attribution = new ChangeAttribution()
  /** The entry that last set each cookie: its expiry and eviction are told there. */
  private readonly origins = new Map<string, string>()
  private held: { changes: RawChange[]; since: number } | null = null
  private holdTimer: ReturnType<typeof setTimeout> | null = null
  /** The gap just closed: changes the first snapshot after it cannot explain happened in it. */
  private catchUpGap: string | null = null
  private pageUrl: string | null = null
  private pageSeq = 0
  /** Reads sent so far; the snapshot being applied is the latest one's. */
  private reads = 0
  /** Exchanges whose stored lines await a read sent after they were heard: id → reads then. */
  private readonly unchecked = new Map<string, number>()
  private readonly checked = new Set<string>()

  constructor(private readonly options: ChangeRecorderOptions) {}

  /** The store as shown: frozen, replaced (never mutated) on each change. */
  store(): readonly StoredCookie[] {
    return this.shownList
  }

  storeAfter(entryId: string, seq: number): readonly StoredCookie[] {
    return this.history.after(entryId, seq)
  }

  /** Changes are held back waiting for a response's ExtraInfo. */
  get holding(): boolean {
    return this.held !== null
  }

  /** A store read is being sent (reads run one at a time, each applied before the next). */
  reading(): void {
    this.reads += 1
  }

  /** An exchange was added or rebuilt: its Set-Cookie lines may explain a held change. */
  registerExchange(body: ExchangeBody): void {
    if (
      !this.checked.has(body.id) &&
      !this.unchecked.has(body.id) &&
      body.setCookies.some((line) => line.outcome.status === 'stored')
    ) {
      this.unchecked.set(body.id, this.reads)
    }
    // The newest document is the page showing; a late update of an older one does not move it.
    if (
      body.resourceType === 'Document' &&
      body.url.startsWith('http') &&
      body.seq >= this.pageSeq
    ) {
      this.pageUrl = body.url
      this.pageSeq = body.seq
    }
    if (this.attribution.registerExchange(body) && this.held) this.resolveHeld(false)
  }

  noteBrowserCause(key: CookieKey, cause: string): void {
    this.attribution.noteBrowserCause(key, cause)
  }

  expectInspector(entryId: string, keys: CookieKey[] | 'all'): () => void {
    return this.attribution.expectInspector(entryId, keys)
  }

  /** Capture was detached until now: what the next snapshot cannot explain happened in `gapId`. */
  gapClosed(gapId: string): void {
    this.catchUpGap = gapId
  }

  close(): void {
    if (this.holdTimer) clearTimeout(this.holdTimer)
    this.holdTimer = null
  }

  apply(snapshot: readonly StoredCookie[]): StoreChange[] {
    const now = this.options.now()
    const { changes, visible } = diffStores(this.shown, snapshot, now)
    if (!this.started) {
      // What was there before capture began is the starting point, not a change.
      this.started = true
      this.setShown(visible)
      this.history.start(this.shownList, this.options.timeline.lastSeq)
      if (changes.length > 0) this.options.storeChanged(this.shownList as StoredCookie[])
      this.checkLines()
      return []
    }
    let recorded: StoreChange[] = []
    if (changes.length > 0) {
      this.setShown(visible)
      recorded = this.attribute(changes, now)
      this.options.storeChanged(this.shownList as StoredCookie[])
    }
    this.attribution.snapshotDone()
    this.catchUpGap = null
    if (this.held) recorded.push(...this.resolveHeld(false))
    this.checkLines()
    return recorded
  }

  /**
   * Holds the lines of every exchange heard before this read was sent against the store right
   * after it (line-verdict.ts), and re-publishes those whose verdict changed. Each exchange is
   * checked once: its changes are credited by now, and the store after it will not change.
   */
  private checkLines(): void {
    const timeline = this.options.timeline
    for (const [id, readsThen] of this.unchecked) {
      if (readsThen >= this.reads) continue
      this.unchecked.delete(id)
      this.checked.add(id)
      const exchange = timeline.byId(id)
      if (exchange?.kind !== 'exchange') continue
      const later = laterEntries(timeline.all, exchange.seq)
      const outcomes = checkedOutcomes(exchange, this.storeAfter(id, exchange.seq), later)
      if (outcomes) timeline.setOutcomes(exchange, outcomes)
    }
  }

  private setShown(visible: Map<string, StoredCookie>): void {
    this.shown = visible
    this.shownList = Object.freeze([...visible.values()])
  }

  private attribute(changes: RawChange[], now: number): StoreChange[] {
    const decided: Decided = []
    const unexplained: RawChange[] = []
    for (const change of changes) {
      const origin = this.origins.get(cookieKeyOf(change.cookie)) ?? null
      const verdict = this.attribution.explain(change, origin, this.shown.values())
      if (verdict) decided.push({ change, verdict })
      else if (this.catchUpGap) {
        const cause: ChangeCause = { by: 'browser', detail: { code: 'changedWhileDetached' } }
        decided.push({ change, verdict: { type: change.type, cause, entryId: this.catchUpGap } })
      } else unexplained.push(change)
    }
    // An eviction is told with the insertion that caused it, when the same snapshot shows one.
    const inserter = decided
      .filter(({ change, verdict }) => change.type === 'added' && verdict.entryId !== null)
      .at(-1)?.verdict.entryId
    for (const item of decided) {
      if (inserter && item.verdict.cause.by === 'browser' && item.verdict.type === 'removed') {
        item.verdict = { type: item.verdict.type, cause: item.verdict.cause, entryId: inserter }
      }
    }
    const recorded = this.record(decided, now)
    if (unexplained.length > 0) {
      const since = this.held?.since ?? now
      this.held = { changes: [...(this.held?.changes ?? []), ...unexplained], since }
      recorded.push(...this.resolveHeld(false))
    }
    return recorded
  }

  /**
   * Unexplained changes wait while some response's ExtraInfo is still due (it may hold the
   * Set-Cookie that explains them); then, or when `force`d, they become a script write.
   */
  private resolveHeld(force: boolean): StoreChange[] {
    const held = this.held
    if (!held) return []
    this.held = null
    if (this.holdTimer) clearTimeout(this.holdTimer)
    this.holdTimer = null
    const decided: Decided = []
    const unexplained: RawChange[] = []
    for (const change of held.changes) {
      const origin = this.origins.get(cookieKeyOf(change.cookie)) ?? null
      const verdict = this.attribution.explain(change, origin, this.shown.values())
      if (verdict) decided.push({ change, verdict })
      else unexplained.push(change)
    }
    const now = this.options.now()
    const recorded = this.record(decided, now)
    if (unexplained.length === 0) {
      this.options.quiet()
      return recorded
    }
    const holdMs = this.options.holdUnexplainedMs
    const waiting =
      !force &&
      now - held.since < holdMs &&
      this.options.awaitingResponseExtraInfo(AWAIT_EXTRA_INFO_MS)
    if (waiting) {
      this.held = { changes: unexplained, since: held.since }
      this.holdTimer = setTimeout(() => this.resolveHeld(true), holdMs)
      this.holdTimer.unref?.()
      return recorded
    }
    const timeline = this.options.timeline
    const seq = timeline.nextSeq()
    const write: ScriptWrite = {
      kind: 'script-write',
      id: `script-${seq}`,
      seq,
      time: now,
      storeChanges: [],
      pageUrl: this.pageUrl,
    }
    timeline.put(write)
    const verdicts = unexplained.map((change) => ({
      change,
      verdict: { type: change.type, cause: { by: 'script' }, entryId: write.id } as Verdict,
    }))
    const all = [...recorded, ...this.record(verdicts, now)]
    this.options.quiet()
    return all
  }

  /** Stores the changes in their entries (re-published) and in the store's history. */
  private record(decided: Decided, at: number): StoreChange[] {
    const timeline = this.options.timeline
    // Grouped by entry, in entry order, so history gets one version per entry. Expiry and an
    // eviction told on the entry that set the cookie happen now: their version goes at the end,
    // and the store right after that entry stays as it was.
    const groups = new Map<
      string,
      { entryId: string | null; now: boolean; changes: RawChange[]; stored: StoreChange[] }
    >()
    const all: StoreChange[] = []
    for (const { change, verdict } of decided) {
      const stored: StoreChange = {
        type: verdict.type,
        cookie: change.cookie,
        cause: verdict.cause,
        at,
      }
      if (change.before) stored.before = change.before
      all.push(stored)
      if (verdict.entryId && (verdict.type === 'added' || verdict.type === 'changed')) {
        this.origins.set(cookieKeyOf(change.cookie), verdict.entryId)
      }
      const now = verdict.cause.by === 'expiry' || verdict.atOrigin === true
      const key = `${verdict.entryId}|${now}`
      const group = groups.get(key) ?? { entryId: verdict.entryId, now, changes: [], stored: [] }
      group.changes.push({ ...change, type: verdict.type })
      group.stored.push(stored)
      groups.set(key, group)
    }
    const entryOf = (entryId: string | null) =>
      entryId === null ? undefined : timeline.byId(entryId)
    const placeOf = (group: { entryId: string | null; now: boolean }) =>
      group.now ? Infinity : (entryOf(group.entryId)?.seq ?? Infinity)
    for (const group of [...groups.values()].sort((a, b) => placeOf(a) - placeOf(b))) {
      const own = entryOf(group.entryId)
      if (own && !group.now) this.history.apply(group.changes, own.seq, own.id)
      else this.history.apply(group.changes, timeline.lastSeq, null)
      // A change whose cookie has no entry of its own (set before capture attached, or evicted
      // before its insertion was credited) is shown on the newest entry, when it was seen: the
      // timeline never loses a change.
      const entry = own ?? timeline.all.at(-1)
      if (entry) timeline.credit(entry, group.stored)
    }
    return all
  }
}

/** The entries after SEQ, oldest first (the timeline is in creation order, seq rising). */
function laterEntries(all: readonly TimelineEntry[], seq: number): TimelineEntry[] {
  let start = all.length
  while (start > 0 && (all[start - 1]?.seq ?? 0) > seq) start -= 1
  return all.slice(start)
}
