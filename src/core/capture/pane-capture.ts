// Capture for one browser pane: CDP Network events become timeline entries, and the cookie
// store's history is kept with a cause for every change. The same code takes events from
// Electron's `webContents.debugger` in the app and from Debian's Chromium in tests.
//
// This class only wires the parts together; each knows one thing (see README.md):
// the journal joins events into exchanges, the timeline log keeps entries, the store watcher
// decides when the store is read, the change recorder explains what changed, and inspector
// edits change the store on the user's behalf.

import type {
  CaptureGap,
  CookieKey,
  InspectorAction,
  StoreChange,
  StoredCookie,
  TimelineEntry,
} from '../../shared/domain'
import type { CookieDraft } from '../../shared/contract'
import type { GapReason } from '../../shared/messages/facts'
import { CodedError } from '../../shared/coded-error'
import { CaptureListeners, type CaptureListener, type CaptureProblem } from './capture-listeners'
import type { CdpConnection } from './cdp-connection'
import { ChangeRecorder } from './change-recorder'
import { messageOf } from '../../shared/error-message'
import { EventIntake } from './event-intake'
import { FrameTargets } from './frame-targets'
import { ExchangeJournal, type ExchangeBody } from './exchange-journal'
import { DEFAULT_HEADER_BUDGET_BYTES } from './header-budget'
import { InspectorEdits } from './inspector-edits'
import { StoreWatcher } from './store-watcher'
import { TimelineLog } from './timeline-log'

export type { CaptureListener, CaptureProblem }

export interface PaneCaptureOptions {
  now?: () => number
  /** Poll for script writes and expiry; default 250 ms; 0 = off (unit tests). */
  storePollMs?: number
  /** Wait after an exchange ends (or a cookie change is reported) before reading the store. */
  storeReadDelayMs?: number
  /** ExtraInfo whose main events have not come after this long becomes an exchange of its own. */
  orphanAfterMs?: number
  /** How long an unexplained change may wait for a response's ExtraInfo that could explain it. */
  holdUnexplainedMs?: number
  /** The most raw header text kept over the session; older exchanges' headers go first. */
  headerBudgetBytes?: number
}

const DEFAULTS = {
  storePollMs: 250,
  storeReadDelayMs: 40,
  orphanAfterMs: 1000,
  holdUnexplainedMs: 1000,
}

export class PaneCapture {
  private readonly now: () => number
  private readonly orphanAfterMs: number
  private readonly listeners: CaptureListeners
  private readonly timeline: TimelineLog
  private readonly journal: ExchangeJournal
  private readonly intake: EventIntake
  private readonly recorder: ChangeRecorder
  private readonly watcher: StoreWatcher
  private readonly inspector: InspectorEdits
  private readonly frames: FrameTargets

  private connection: CdpConnection | null = null
  private unsubscribeEvents: (() => void) | null = null
  private closed = false
  private openGap: CaptureGap | null = null
  private quietWaiters: Array<() => void> = []

  constructor(options: PaneCaptureOptions = {}) {
    const now = options.now ?? Date.now
    this.now = now
    this.orphanAfterMs = options.orphanAfterMs ?? DEFAULTS.orphanAfterMs
    const quiet = () => this.wakeQuietWaiters()
    this.listeners = new CaptureListeners(now)
    this.timeline = new TimelineLog((entry) => this.listeners.entry(entry))
    this.journal = new ExchangeJournal({
      now,
      nextSeq: () => this.timeline.nextSeq(),
      headerBudgetBytes: options.headerBudgetBytes ?? DEFAULT_HEADER_BUDGET_BYTES,
    })
    this.intake = new EventIntake(this.journal, (source, message) =>
      this.listeners.problem(source, message),
    )
    this.recorder = new ChangeRecorder({
      now,
      holdUnexplainedMs: options.holdUnexplainedMs ?? DEFAULTS.holdUnexplainedMs,
      timeline: this.timeline,
      awaitingResponseExtraInfo: (withinMs) => this.journal.awaitingResponseExtraInfo(withinMs),
      storeChanged: (store) => this.listeners.store(store),
      quiet,
    })
    this.watcher = new StoreWatcher(
      {
        pollMs: options.storePollMs ?? DEFAULTS.storePollMs,
        readDelayMs: options.storeReadDelayMs ?? DEFAULTS.storeReadDelayMs,
      },
      {
        reading: () => this.recorder.reading(),
        apply: (snapshot) => this.recorder.apply(snapshot),
        tick: () => this.materialiseOrphans(),
        report: (source, message) => this.listeners.problem(source, message),
        quiet,
      },
    )
    this.frames = new FrameTargets({
      ingest: (method, params) => this.ingest(method, params),
      report: (source, message) => this.listeners.problem(source, message),
    })
    this.inspector = new InspectorEdits({
      now,
      timeline: this.timeline,
      connection: (what) => this.requireConnection(what),
      expectInspector: (entryId, keys) => this.recorder.expectInspector(entryId, keys),
      store: () => this.recorder.store(),
      readStore: () => this.watcher.readNow(),
    })
  }

  // -- connection ------------------------------------------------------------------------------

  /** Starts capture on a connection: call it before the pane navigates. */
  async attach(connection: CdpConnection): Promise<void> {
    if (this.closed) throw new Error('This capture is closed; create a new one.')
    this.stopConnection()
    this.connection = connection
    this.watcher.connect(connection)
    this.unsubscribeEvents = connection.onEvent((method, params) => this.ingest(method, params))
    try {
      await connection.send('Network.enable')
    } catch (error) {
      this.stopConnection()
      throw new Error(`Could not start capturing the pane's network traffic: ${messageOf(error)}`)
    }
    // Chromium's cookie issues explain what the Network events leave out (the Lax+POST allowance,
    // an attribute value over the size limit). Without them capture still works, with less to say.
    await connection
      .send('Audits.enable')
      .catch((error: unknown) =>
        this.listeners.problem(
          'Audits.enable',
          `Chromium's cookie issues are not shown: ${messageOf(error)}`,
        ),
      )
    // Cross-site frames report their own requests to targets of their own.
    await this.frames
      .watch(connection)
      .catch((error: unknown) =>
        this.listeners.problem(
          'Target.setAutoAttach',
          `Requests made inside cross-site frames are not shown: ${messageOf(error)}`,
        ),
      )
    if (this.openGap) {
      const gap: CaptureGap = { ...this.openGap, endedAt: this.now() }
      this.openGap = null
      this.recorder.gapClosed(gap.id)
      this.timeline.put(gap)
    }
    await this.watcher.readNow().catch((error) =>
      // Events flow regardless; the next successful read becomes the starting point.
      this.listeners.problem(
        'Network.getAllCookies',
        `The first look at the store failed: ${messageOf(error)}`,
      ),
    )
    if (this.watcher.isConnectedTo(connection)) this.watcher.startPolling()
  }

  /** The debugger went away (DevTools opened, crash): the timeline shows a gap until reattach. */
  detach(reason: GapReason): void {
    if (this.closed) return
    this.stopConnection()
    if (this.openGap) return
    const seq = this.timeline.nextSeq()
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
    this.timeline.put(gap)
  }

  close(): void {
    if (this.closed) return
    this.stopConnection()
    this.closed = true
    this.frames.close()
    this.watcher.close()
    this.recorder.close()
    this.listeners.clear()
    this.wakeQuietWaiters()
  }

  /** One CDP event. Never throws: a malformed event is kept as well as it can be, and reported. */
  ingest(method: string, params: unknown): void {
    if (this.closed) return
    const intake = this.intake.take(method, params)
    // Time passes with any event, also one capture does not read, for requests known only by
    // their ExtraInfo.
    if (intake) for (const exchange of intake.changed) this.publishExchange(exchange)
    this.materialiseOrphans()
    if (intake?.exchangeEnded) this.watcher.readSoon()
  }

  // -- reading ---------------------------------------------------------------------------------

  entries(): TimelineEntry[] {
    return [...this.timeline.all]
  }

  /** Every entry in seq order, not copied: for pages of the timeline (`shared/timeline-pages.ts`). */
  entriesBySeq(): readonly TimelineEntry[] {
    return this.timeline.bySeq
  }

  store(): StoredCookie[] {
    return this.recorder.store() as StoredCookie[]
  }

  storeAfter(entryId: string): StoredCookie[] | undefined {
    const entry = this.timeline.byId(entryId)
    if (!entry) return undefined
    return this.recorder.storeAfter(entryId, entry.seq) as StoredCookie[]
  }

  /** What capture could not read as expected, oldest first (the last few hundred). */
  problems(): CaptureProblem[] {
    return this.listeners.problems()
  }

  subscribe(listener: CaptureListener): () => void {
    return this.listeners.subscribe(listener)
  }

  /**
   * Settled: no store read is due, queued or running, and no unexplained change is held back
   * waiting for a response's ExtraInfo. Every change seen so far has its entry.
   */
  async settled(): Promise<void> {
    while (!this.closed && (this.watcher.busy || this.recorder.holding)) {
      await new Promise<void>((resolve) => this.quietWaiters.push(resolve))
    }
  }

  /** The app is about to load URL in the pane (its address bar, Home): see app-navigations.ts. */
  expectAppNavigation(url: string): void {
    if (!this.closed) this.journal.expectAppNavigation(url)
  }

  // -- the store -------------------------------------------------------------------------------

  /** Reads the store now and records what changed; resolves with the changes it attributed. */
  readStore(): Promise<StoreChange[]> {
    return this.watcher.readNow()
  }

  /**
   * The shell saw the browser change this cookie, for this cause (Electron's cookie `changed`
   * event): the cause is kept for attribution, and the store is read soon.
   */
  noteBrowserCause(key: CookieKey, cause: string): void {
    if (this.closed) return
    this.recorder.noteBrowserCause(key, cause)
    this.watcher.readSoon()
  }

  // -- inspector edits -------------------------------------------------------------------------

  setCookie(draft: CookieDraft): Promise<void> {
    return this.inspector.setCookie(draft)
  }

  deleteCookie(key: CookieKey): Promise<void> {
    return this.inspector.deleteCookie(key)
  }

  clearCookies(): Promise<void> {
    return this.inspector.clearCookies()
  }

  // -- internals -------------------------------------------------------------------------------

  private publishExchange(body: ExchangeBody): void {
    this.timeline.putExchange(body)
    this.recorder.registerExchange(body)
  }

  private materialiseOrphans(): void {
    for (const exchange of this.journal.materialiseOrphans(this.orphanAfterMs)) {
      this.publishExchange(exchange)
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
    this.frames.stop()
    this.connection = null
    this.watcher.disconnect()
  }

  private wakeQuietWaiters(): void {
    const waiting = this.quietWaiters
    this.quietWaiters = []
    for (const wake of waiting) wake()
  }
}
