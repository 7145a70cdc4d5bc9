// Capture for one browser pane: CDP Network events become timeline entries, and the cookie
// store's history is kept with a cause for every change. The same code takes events from
// Electron's `webContents.debugger` in the app and from Debian's Chromium in tests.

import {
  cookieKeyOf,
  type CaptureGap,
  type ChangeCause,
  type CookieKey,
  type InspectorAction,
  type InspectorEdit,
  type ScriptWrite,
  type StoreChange,
  type StoredCookie,
  type TimelineEntry,
} from '../../shared/domain'
import type { CookieDraft } from '../../shared/contract'
import { CodedError } from '../../shared/coded-error'
import { formatFact } from '../../shared/messages/format-message'
import type { EditFailure } from '../../shared/messages/facts'
import { CAPTURE_EVENTS } from './capture-events'
import type { CdpConnection, CdpEvent } from './cdp-connection'
import { ChangeAttribution, type Verdict } from './change-attribution'
import { ExchangeJournal, type ExchangeBody } from './exchange-journal'
import { EditRefused, refusalOf, type EditSummaries } from './inspector-refusal'
import {
  readLoadingEnd,
  readRequestExtra,
  readRequestSent,
  readResponseExtra,
  readResponseReceived,
  requestIdOf,
  type NoteProblem,
} from './network-events'
import { diffStores, type RawChange } from './store-diff'
import { StoreHistory } from './store-history'
import { storedCookieOf } from './stored-cookie'

export { CAPTURE_EVENTS }

/** Something capture could not read as expected; it kept what it could. */
export interface CaptureProblem {
  at: number
  /** The CDP event or command concerned. */
  source: string
  message: string
}

export interface CaptureListener {
  /** An entry was added or updated (same id: replace). */
  entry?(entry: TimelineEntry): void
  /** The whole store, after any change. */
  store?(store: StoredCookie[]): void
  problem?(problem: CaptureProblem): void
}

export interface PaneCaptureOptions {
  now?: () => number
  /** Poll for script writes and expiry; default 250 ms; 0 = off (unit tests). */
  storePollMs?: number
  /** Wait after an exchange ends before reading the store, so a burst costs one read. */
  snapshotDebounceMs?: number
  /** ExtraInfo whose main events have not come after this long becomes an exchange of its own. */
  orphanAfterMs?: number
  /** How long an unexplained change may wait for a response's headers that could explain it. */
  holdUnexplainedMs?: number
}

const DEFAULTS = {
  storePollMs: 250,
  snapshotDebounceMs: 40,
  orphanAfterMs: 1000,
  holdUnexplainedMs: 1000,
}
/** A request still without its response headers after this long is not waited for. */
const AWAIT_HEADERS_MS = 5000
const MAX_PROBLEMS = 500
const DEFAULT_WAIT_MS = 5000

interface Waiter {
  check(): void
  fail(error: Error): void
}

export class PaneCapture {
  private readonly now: () => number
  private readonly pollMs: number
  private readonly debounceMs: number
  private readonly orphanAfterMs: number
  private readonly holdMs: number

  private connection: CdpConnection | null = null
  private unsubscribeEvents: (() => void) | null = null
  private closed = false
  private seq = 0

  private readonly list: TimelineEntry[] = []
  private readonly indexById = new Map<string, number>()
  private readonly changesById = new Map<string, StoreChange[]>()
  private readonly journal: ExchangeJournal
  private readonly listeners = new Set<CaptureListener>()
  private readonly problemList: CaptureProblem[] = []
  private readonly waiters = new Set<Waiter>()
  private unidentified = 0

  private shown = new Map<string, StoredCookie>()
  private shownList: readonly StoredCookie[] = Object.freeze([])
  private lastSnapshot: StoredCookie[] | null = null
  /** Set by the first store read: what was there before is the starting point. */
  private started = false
  private readonly history = new StoreHistory()
  private readonly attribution = new ChangeAttribution()
  /** The entry that last set each cookie: its expiry and eviction are told there. */
  private readonly origins = new Map<string, string>()
  private held: { changes: RawChange[]; since: number } | null = null
  private openGap: CaptureGap | null = null
  /** The gap just closed: changes the first snapshot after it cannot explain happened in it. */
  private catchUpGap: string | null = null
  private pageUrl: string | null = null
  private pageSeq = 0

  private pollTimer: ReturnType<typeof setInterval> | null = null
  private debounceTimer: ReturnType<typeof setTimeout> | null = null
  private holdTimer: ReturnType<typeof setTimeout> | null = null
  private snapshotQueue: Promise<unknown> = Promise.resolve()
  private inFlight = 0
  private idleWaiters: Array<() => void> = []

  constructor(options: PaneCaptureOptions = {}) {
    this.now = options.now ?? Date.now
    this.pollMs = options.storePollMs ?? DEFAULTS.storePollMs
    this.debounceMs = options.snapshotDebounceMs ?? DEFAULTS.snapshotDebounceMs
    this.orphanAfterMs = options.orphanAfterMs ?? DEFAULTS.orphanAfterMs
    this.holdMs = options.holdUnexplainedMs ?? DEFAULTS.holdUnexplainedMs
    this.journal = new ExchangeJournal({ now: this.now, nextSeq: () => this.nextSeq() })
  }

  // -- connection ------------------------------------------------------------------------------

  /** Starts capture on a connection: call it before the pane navigates. */
  async attach(connection: CdpConnection): Promise<void> {
    if (this.closed) throw new Error('This capture is closed; create a new one.')
    this.stopConnection()
    this.connection = connection
    this.unsubscribeEvents = connection.onEvent((method, params) => this.ingest(method, params))
    try {
      await connection.send('Network.enable')
    } catch (error) {
      this.stopConnection()
      throw new Error(`Could not start capturing the pane's network traffic: ${messageOf(error)}`)
    }
    if (this.openGap) {
      const gap: CaptureGap = { ...this.openGap, endedAt: this.now() }
      this.openGap = null
      this.catchUpGap = gap.id
      this.put(gap)
    }
    await this.refreshStore().catch((error) =>
      // Events flow regardless; the next successful read becomes the starting point.
      this.problem(
        'Network.getAllCookies',
        `The first look at the store failed: ${messageOf(error)}`,
      ),
    )
    if (this.pollMs > 0 && this.connection === connection && !this.closed) {
      this.pollTimer = setInterval(() => this.poll(), this.pollMs)
      this.pollTimer.unref?.()
    }
  }

  /** The debugger went away (DevTools opened, crash): the timeline shows a gap until reattach. */
  detach(reason: string): void {
    if (this.closed) return
    this.stopConnection()
    if (this.openGap) return
    const seq = this.nextSeq()
    const gap: CaptureGap = {
      kind: 'capture-gap',
      id: `gap-${seq}`,
      seq,
      time: this.now(),
      storeChanges: [],
      reason,
      endedAt: null,
    }
    this.openGap = gap
    this.put(gap)
  }

  close(): void {
    if (this.closed) return
    this.stopConnection()
    this.closed = true
    if (this.holdTimer) clearTimeout(this.holdTimer)
    this.holdTimer = null
    for (const waiter of [...this.waiters]) waiter.fail(new Error('The capture was closed.'))
    this.listeners.clear()
    this.wakeIdle()
  }

  // -- events ----------------------------------------------------------------------------------

  /** One CDP event. Never throws: a malformed event is kept as well as it can be, and reported. */
  ingest(method: string, params: unknown): void {
    if (this.closed) return
    if (!CAPTURE_EVENTS.includes(method as CdpEvent)) {
      // Not an event capture reads (Electron's debugger delivers every event); time still
      // passes for requests known only by their ExtraInfo.
      this.materialiseOrphans()
      return
    }
    const problems: string[] = []
    const note: NoteProblem = (problem) => problems.push(problem)
    const requestId = this.requestIdOf(params, note)
    let changed: ExchangeBody[] = []
    let exchangeEnded = false
    try {
      switch (method) {
        case 'Network.requestWillBeSent': {
          const sent = readRequestSent(params, note)
          changed = this.journal.requestSent(requestId, sent)
          exchangeEnded = sent.redirectResponse !== null
          break
        }
        case 'Network.requestWillBeSentExtraInfo':
          changed = this.journal.requestExtra(requestId, readRequestExtra(params, note))
          break
        case 'Network.responseReceived':
          changed = this.journal.responseReceived(requestId, readResponseReceived(params, note))
          break
        case 'Network.responseReceivedExtraInfo':
          changed = this.journal.responseExtra(requestId, readResponseExtra(params, note))
          break
        case 'Network.requestServedFromCache':
          changed = this.journal.servedFromCache(requestId)
          break
        case 'Network.loadingFinished':
        case 'Network.loadingFailed': {
          const failed = method === 'Network.loadingFailed'
          changed = this.journal.loadingEnded(requestId, readLoadingEnd(params), failed)
          exchangeEnded = true
          break
        }
      }
    } catch (error) {
      note(`it could not be read (${messageOf(error)}); what came before it is kept`)
    }
    if (problems.length > 0) this.problem(method, `This event was odd: ${problems.join('; ')}.`)
    for (const exchange of changed) this.publishExchange(exchange)
    this.materialiseOrphans()
    if (exchangeEnded) this.scheduleSnapshot()
  }

  // -- reading ---------------------------------------------------------------------------------

  entries(): TimelineEntry[] {
    return [...this.list]
  }

  store(): StoredCookie[] {
    return this.shownList as StoredCookie[]
  }

  storeAfter(entryId: string): StoredCookie[] | undefined {
    const index = this.indexById.get(entryId)
    const entry = index === undefined ? undefined : this.list[index]
    if (!entry) return undefined
    return this.history.after(entryId, entry.seq) as StoredCookie[]
  }

  /** What capture could not read as expected, oldest first (the last few hundred). */
  problems(): CaptureProblem[] {
    return [...this.problemList]
  }

  subscribe(listener: CaptureListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** Resolves when the predicate holds after an update; rejects with a clear message on timeout. */
  waitFor(
    predicate: (entries: readonly TimelineEntry[]) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | null = null
      let unsubscribe = () => {}
      const finish = () => {
        this.waiters.delete(waiter)
        unsubscribe()
        if (timer) clearTimeout(timer)
      }
      const waiter: Waiter = {
        check: () => {
          try {
            if (!predicate(this.list)) return
          } catch (error) {
            finish()
            reject(error instanceof Error ? error : new Error(String(error)))
            return
          }
          finish()
          resolve()
        },
        fail: (error) => {
          finish()
          reject(error)
        },
      }
      if (this.closed) {
        reject(new Error('The capture is closed; nothing more will arrive.'))
        return
      }
      this.waiters.add(waiter)
      unsubscribe = this.subscribe({ entry: waiter.check, store: waiter.check })
      timer = setTimeout(() => {
        waiter.fail(
          new Error(
            `waitFor: the condition still did not hold after ${timeoutMs} ms ` +
              `(${this.list.length} timeline entries; the last: ${describeEntry(this.list.at(-1))}).`,
          ),
        )
      }, timeoutMs)
      waiter.check()
    })
  }

  /**
   * Resolves when no store snapshot or diff is pending or in flight, and no unexplained change
   * is still held back waiting for a response's headers: every change seen so far has its entry.
   */
  async settled(): Promise<void> {
    while (
      !this.closed &&
      (this.inFlight > 0 || this.debounceTimer !== null || this.held !== null)
    ) {
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve))
    }
  }

  // -- the store -------------------------------------------------------------------------------

  /** Reads the store now and records what changed; resolves with the changes it attributed. */
  refreshStore(): Promise<StoreChange[]> {
    if (this.closed) return Promise.resolve([])
    this.inFlight += 1
    const run = this.snapshotQueue.then(() => this.snapshotAndDiff())
    this.snapshotQueue = run.catch(() => undefined)
    return run.finally(() => {
      this.inFlight -= 1
      if (this.inFlight === 0) this.wakeIdle()
    })
  }

  noteBrowserCause(key: CookieKey, cause: string): void {
    if (!this.closed) this.attribution.noteBrowserCause(key, cause)
  }

  // -- inspector edits -------------------------------------------------------------------------

  async setCookie(draft: CookieDraft): Promise<void> {
    const connection = this.requireConnection('set')
    const what = {
      name: draft.name,
      value: shorten(draft.value),
      domain: draft.domain,
      path: draft.path,
    }
    const summary: EditSummaries = {
      done: { code: 'editSet', params: what },
      failed: (why) => ({ code: 'editSetFailed', params: { ...what, why } }),
    }
    await this.edit('set', summary, [draft], async () => {
      let success = true
      try {
        const result = await connection.send('Network.setCookie', {
          name: draft.name,
          value: draft.value,
          // A domain without a leading dot makes a host-only cookie, as the draft means it.
          domain: draft.domain,
          path: draft.path,
          secure: draft.secure,
          httpOnly: draft.httpOnly,
          ...(draft.sameSite ? { sameSite: draft.sameSite } : {}),
          ...(draft.expires !== null ? { expires: draft.expires } : {}),
        })
        success = result?.success !== false
      } catch (error) {
        throw refusalOf(draft, messageOf(error))
      }
      if (!success) throw refusalOf(draft, null)
    })
  }

  async deleteCookie(key: CookieKey): Promise<void> {
    const connection = this.requireConnection('delete')
    const what = { name: key.name, domain: key.domain, path: key.path }
    await this.edit(
      'delete',
      {
        done: { code: 'editDelete', params: what },
        failed: (why) => ({ code: 'editDeleteFailed', params: { ...what, why } }),
      },
      [key],
      async () => {
        await connection.send('Network.deleteCookies', {
          name: key.name,
          domain: key.domain,
          path: key.path,
        })
      },
    )
  }

  async clearCookies(): Promise<void> {
    const connection = this.requireConnection('clear')
    const summary: EditSummaries = {
      done: { code: 'editClear' },
      failed: (why) => ({ code: 'editClearFailed', params: { why } }),
    }
    await this.edit('clear', summary, 'all', async () => {
      try {
        await connection.send('Network.clearBrowserCookies')
      } catch {
        // Some hosts refuse the browser-wide command; deleting each cookie clears the same store.
        for (const cookie of this.shownList) {
          await connection.send('Network.deleteCookies', {
            name: cookie.name,
            domain: cookie.domain,
            path: cookie.path,
          })
        }
      }
    })
  }

  // -- internals: entries ----------------------------------------------------------------------

  private nextSeq(): number {
    this.seq += 1
    return this.seq
  }

  private requestIdOf(params: unknown, note: NoteProblem): string {
    const id = requestIdOf(params)
    if (id !== null) return id
    this.unidentified += 1
    note('it names no requestId, so it is kept as an exchange of its own')
    return `unidentified-${this.unidentified}`
  }

  private publishExchange(body: ExchangeBody): void {
    this.put({ ...body, storeChanges: this.changesById.get(body.id) ?? [] })
    // The newest document is the page showing; a late update of an older one does not move it.
    if (
      body.resourceType === 'Document' &&
      body.url.startsWith('http') &&
      body.seq >= this.pageSeq
    ) {
      this.pageUrl = body.url
      this.pageSeq = body.seq
    }
    if (this.attribution.hearExchange(body) && this.held) this.resolveHeld(false)
  }

  /** Adds or replaces an entry and tells the listeners. */
  private put(entry: TimelineEntry): void {
    const index = this.indexById.get(entry.id)
    if (index === undefined) {
      this.indexById.set(entry.id, this.list.length)
      this.list.push(entry)
    } else {
      this.list[index] = entry
    }
    this.emit('entry', entry)
  }

  private entryById(id: string): TimelineEntry | undefined {
    const index = this.indexById.get(id)
    return index === undefined ? undefined : this.list[index]
  }

  private emit(kind: 'entry', data: TimelineEntry): void
  private emit(kind: 'store', data: StoredCookie[]): void
  private emit(kind: 'entry' | 'store', data: TimelineEntry | StoredCookie[]): void {
    for (const listener of [...this.listeners]) {
      try {
        if (kind === 'entry') listener.entry?.(data as TimelineEntry)
        else listener.store?.(data as StoredCookie[])
      } catch (error) {
        this.problem('listener', `A capture listener failed: ${messageOf(error)}`)
      }
    }
  }

  private problem(source: string, message: string): void {
    const problem: CaptureProblem = { at: this.now(), source, message }
    this.problemList.push(problem)
    if (this.problemList.length > MAX_PROBLEMS) this.problemList.shift()
    for (const listener of [...this.listeners]) {
      try {
        listener.problem?.(problem)
      } catch {
        // A listener that fails on a problem report has nowhere left to report to.
      }
    }
  }

  // -- internals: store snapshots --------------------------------------------------------------

  private scheduleSnapshot(): void {
    if (!this.connection || this.debounceTimer) return
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null
      this.refreshStore().catch((error) => this.snapshotFailed(error))
    }, this.debounceMs)
  }

  private poll(): void {
    this.materialiseOrphans()
    if (this.inFlight === 0) this.refreshStore().catch((error) => this.snapshotFailed(error))
  }

  private materialiseOrphans(): void {
    for (const exchange of this.journal.materialiseOrphans(this.orphanAfterMs)) {
      this.publishExchange(exchange)
    }
  }

  private snapshotFailed(error: unknown): void {
    // A read that fails because the debugger just went away is the gap, not a problem.
    if (this.connection) this.problem('Network.getAllCookies', messageOf(error))
  }

  private async snapshotAndDiff(): Promise<StoreChange[]> {
    const connection = this.connection
    if (connection) this.lastSnapshot = await this.readStore(connection)
    if (this.closed) return []
    // Detached, the clock still expires what was last seen.
    return this.applySnapshot(this.lastSnapshot ?? [])
  }

  private async readStore(connection: CdpConnection): Promise<StoredCookie[]> {
    // Network.getAllCookies is deprecated in favour of Storage.getCookies, but only it reads the
    // store of the page's own browser context: Storage.getCookies on a page session answers for
    // the default context (measured here: an empty list for a Playwright context), which would
    // look like every cookie being deleted.
    let cookies: unknown
    try {
      cookies = (await connection.send('Network.getAllCookies'))?.cookies
    } catch (error) {
      throw new Error(`Could not read the pane's cookie store: ${messageOf(error)}`)
    }
    // An answer without a list is not an empty store: taking it for one would delete everything.
    if (!Array.isArray(cookies)) throw new Error("The browser's answer held no list of cookies.")
    const store: StoredCookie[] = []
    for (const item of cookies) {
      const cookie = storedCookieOf(item)
      if (cookie) store.push(cookie)
      else
        this.problem('Network.getAllCookies', 'The store listed a cookie with no name or domain.')
    }
    return store
  }

  private applySnapshot(snapshot: readonly StoredCookie[]): StoreChange[] {
    // Before the first real read there is nothing to compare with.
    if (this.lastSnapshot === null) return []
    const now = this.now()
    const { changes, visible } = diffStores(this.shown, snapshot, now)
    if (!this.started) {
      // What was there before capture began is the starting point, not a change.
      this.started = true
      this.setShown(visible)
      this.history.start(this.shownList, this.seq)
      if (changes.length > 0) this.emit('store', this.store())
      return []
    }
    let recorded: StoreChange[] = []
    if (changes.length > 0) {
      this.setShown(visible)
      recorded = this.attribute(changes, now)
      this.emit('store', this.store())
    }
    this.attribution.snapshotDone()
    this.catchUpGap = null
    if (this.held) recorded.push(...this.resolveHeld(false))
    return recorded
  }

  private setShown(visible: Map<string, StoredCookie>): void {
    this.shown = visible
    this.shownList = Object.freeze([...visible.values()])
  }

  // -- internals: attribution ------------------------------------------------------------------

  private attribute(changes: RawChange[], now: number): StoreChange[] {
    const decided: Array<{ change: RawChange; verdict: Verdict }> = []
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
        item.verdict = { ...item.verdict, entryId: inserter }
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
   * Unexplained changes wait while some response's raw headers are still due (they may hold the
   * Set-Cookie that explains them); then, or when `force`d, they become a script write.
   */
  private resolveHeld(force: boolean): StoreChange[] {
    const held = this.held
    if (!held) return []
    this.held = null
    if (this.holdTimer) clearTimeout(this.holdTimer)
    this.holdTimer = null
    const decided: Array<{ change: RawChange; verdict: Verdict }> = []
    const unexplained: RawChange[] = []
    for (const change of held.changes) {
      const origin = this.origins.get(cookieKeyOf(change.cookie)) ?? null
      const verdict = this.attribution.explain(change, origin, this.shown.values())
      if (verdict) decided.push({ change, verdict })
      else unexplained.push(change)
    }
    const now = this.now()
    const recorded = this.record(decided, now)
    if (unexplained.length === 0) return recorded
    const waiting =
      !force &&
      now - held.since < this.holdMs &&
      this.journal.awaitingResponseHeaders(AWAIT_HEADERS_MS)
    if (waiting) {
      this.held = { changes: unexplained, since: held.since }
      this.holdTimer = setTimeout(() => {
        this.resolveHeld(true)
        this.wakeIdle()
      }, this.holdMs)
      this.holdTimer.unref?.()
      return recorded
    }
    const seq = this.nextSeq()
    const write: ScriptWrite = {
      kind: 'script-write',
      id: `script-${seq}`,
      seq,
      time: now,
      storeChanges: [],
      pageUrl: this.pageUrl,
    }
    this.put(write)
    const verdicts = unexplained.map((change) => ({
      change,
      verdict: { type: change.type, cause: { by: 'script' }, entryId: write.id } as Verdict,
    }))
    return [...recorded, ...this.record(verdicts, now)]
  }

  /** Stores the changes in their entries (re-emitted) and in the store's history. */
  private record(
    decided: Array<{ change: RawChange; verdict: Verdict }>,
    at: number,
  ): StoreChange[] {
    // Grouped by entry, in entry order, so history gets one version per entry. Expiry happens
    // now, whatever entry set the cookie: its version goes at the end, not at the entry.
    const groups = new Map<
      string,
      { entryId: string | null; expiry: boolean; changes: RawChange[]; stored: StoreChange[] }
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
      const expiry = verdict.cause.by === 'expiry'
      const key = `${verdict.entryId}|${expiry}`
      const group = groups.get(key) ?? { entryId: verdict.entryId, expiry, changes: [], stored: [] }
      group.changes.push({ ...change, type: verdict.type })
      group.stored.push(stored)
      groups.set(key, group)
    }
    const placeOf = (group: { entryId: string | null; expiry: boolean }) =>
      group.expiry ? Infinity : (this.seqOf(group.entryId) ?? Infinity)
    for (const group of [...groups.values()].sort((a, b) => placeOf(a) - placeOf(b))) {
      const own = group.entryId === null ? undefined : this.entryById(group.entryId)
      if (own && !group.expiry) this.history.apply(group.changes, own.seq, own.id)
      else this.history.apply(group.changes, this.seq, null)
      // A change whose cookie has no entry of its own (set before capture attached, or evicted
      // before its insertion was credited) is shown on the newest entry, when it was seen: the
      // timeline never loses a change.
      const entry = own ?? this.list.at(-1)
      if (!entry) continue
      const changes = [...(this.changesById.get(entry.id) ?? []), ...group.stored]
      this.changesById.set(entry.id, changes)
      this.put({ ...entry, storeChanges: changes })
    }
    return all
  }

  private seqOf(entryId: string | null): number | undefined {
    return entryId === null ? undefined : this.entryById(entryId)?.seq
  }

  // -- internals: inspector --------------------------------------------------------------------

  /** Records an inspector edit, runs it, and credits the store changes it caused to it. */
  private async edit(
    action: InspectorAction,
    summary: EditSummaries,
    keys: CookieKey[] | 'all',
    command: () => Promise<void>,
  ): Promise<void> {
    const seq = this.nextSeq()
    const entry: InspectorEdit = {
      kind: 'inspector-edit',
      id: `edit-${seq}`,
      seq,
      time: this.now(),
      storeChanges: [],
      action,
      summary: summary.done,
    }
    this.put(entry)
    const release = this.attribution.expectInspector(entry.id, keys)
    try {
      await command()
    } catch (error) {
      release()
      // The attempt stays in the timeline: a refusal is worth seeing.
      const why: EditFailure =
        error instanceof EditRefused
          ? (error.reason ?? { code: 'browserRefusedIt' })
          : { code: 'editFailed', params: { error: messageOf(error) } }
      const current = this.entryById(entry.id) ?? entry
      this.put({ ...current, summary: summary.failed(why) } as InspectorEdit)
      throw error instanceof Error ? error : new Error(messageOf(error))
    }
    try {
      await this.refreshStore()
    } finally {
      release()
    }
  }

  private requireConnection(command: InspectorAction): CdpConnection {
    if (this.closed) throw new CodedError({ code: 'captureClosed', params: { command } })
    if (!this.connection) {
      throw new CodedError({ code: 'captureNotAttached', params: { command } })
    }
    return this.connection
  }

  private stopConnection(): void {
    this.unsubscribeEvents?.()
    this.unsubscribeEvents = null
    this.connection = null
    if (this.pollTimer) clearInterval(this.pollTimer)
    this.pollTimer = null
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    this.debounceTimer = null
    this.wakeIdle()
  }

  private wakeIdle(): void {
    const waiting = this.idleWaiters
    this.idleWaiters = []
    for (const wake of waiting) wake()
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function describeEntry(entry: TimelineEntry | undefined): string {
  if (!entry) return 'none'
  switch (entry.kind) {
    case 'exchange':
      return `${entry.method} ${entry.url} (${entry.state}${entry.status ? `, ${entry.status}` : ''})`
    case 'script-write':
      return `a script write on ${entry.pageUrl ?? 'an unknown page'}`
    case 'inspector-edit':
      return `an inspector edit: ${formatFact(entry.summary)}`
    case 'capture-gap':
      return `a capture gap (${entry.reason})`
  }
}
