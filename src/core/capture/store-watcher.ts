// The one owner of when the pane's cookie store is read (`Network.getAllCookies`): once on
// attach, shortly after an exchange ends or the shell reports a cookie change (one read per
// burst), on a poll for what no event announces (a script's write, expiry), and at once for an
// inspector edit. Reads run one at a time, in order, and each snapshot goes to the recorder.

import type { StoreChange, StoredCookie } from '../../shared/domain'
import type { CdpConnection } from './cdp-connection'
import { messageOf } from '../../shared/error-message'
import { storedCookieOf } from './stored-cookie'

export interface StoreWatcherOptions {
  /** Poll interval; 0 = no poll (unit tests drive reads themselves). */
  pollMs: number
  /** Wait after something announced a change before reading, so a burst costs one read. */
  readDelayMs: number
}

export interface StoreWatcherHooks {
  /** A read is about to be sent: its snapshot shows everything heard before now. */
  reading(): void
  /** A snapshot to diff and attribute; returns the changes it recorded. */
  apply(snapshot: readonly StoredCookie[]): StoreChange[]
  /** Each poll: time has passed (requests known only by their ExtraInfo may be due). */
  tick(): void
  report(source: string, message: string): void
  /** No read is queued, running or waiting to start. */
  quiet(): void
}

export class StoreWatcher {
  private connection: CdpConnection | null = null
  private closed = false
  /** The latest snapshot read; while detached, the clock still expires what it holds. */
  private last: StoredCookie[] | null = null
  private pollTimer: ReturnType<typeof setInterval> | null = null
  private delayTimer: ReturnType<typeof setTimeout> | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private inFlight = 0

  constructor(
    private readonly options: StoreWatcherOptions,
    private readonly hooks: StoreWatcherHooks,
  ) {}

  /** Reads go through this connection from now on (the poll starts with `startPolling`). */
  connect(connection: CdpConnection): void {
    this.disconnect()
    this.connection = connection
  }

  isConnectedTo(connection: CdpConnection): boolean {
    return this.connection === connection && !this.closed
  }

  startPolling(): void {
    if (this.options.pollMs <= 0 || !this.connection || this.pollTimer) return
    this.pollTimer = setInterval(() => this.poll(), this.options.pollMs)
    this.pollTimer.unref?.()
  }

  disconnect(): void {
    this.connection = null
    if (this.pollTimer) clearInterval(this.pollTimer)
    this.pollTimer = null
    if (this.delayTimer) clearTimeout(this.delayTimer)
    this.delayTimer = null
    this.hooks.quiet()
  }

  close(): void {
    this.closed = true
    this.disconnect()
  }

  /** A read is queued, running, or waiting for its delay. */
  get busy(): boolean {
    return this.inFlight > 0 || this.delayTimer !== null
  }

  /** Something may have changed the store: read it soon, once for the whole burst. */
  readSoon(): void {
    // Not reset by later calls: a page that keeps writing still gets its store read.
    if (!this.connection || this.delayTimer) return
    this.delayTimer = setTimeout(() => {
      this.delayTimer = null
      this.readNow().catch((error) => this.readFailed(error))
    }, this.options.readDelayMs)
  }

  /** Reads the store now (after any read in progress); resolves with the changes recorded. */
  readNow(): Promise<StoreChange[]> {
    if (this.closed) return Promise.resolve([])
    this.inFlight += 1
    const run = this.queue.then(() => this.readAndApply())
    this.queue = run.catch(() => undefined)
    return run.finally(() => {
      this.inFlight -= 1
      if (this.inFlight === 0) this.hooks.quiet()
    })
  }

  private poll(): void {
    this.hooks.tick()
    if (this.inFlight === 0) this.readNow().catch((error) => this.readFailed(error))
  }

  private readFailed(error: unknown): void {
    // A read that fails because the debugger just went away is the gap, not a problem.
    if (this.connection) this.hooks.report('Network.getAllCookies', messageOf(error))
  }

  private async readAndApply(): Promise<StoreChange[]> {
    const connection = this.connection
    if (connection) {
      this.hooks.reading()
      this.last = await this.read(connection)
    }
    if (this.closed) return []
    // Before the first real read there is nothing to compare with.
    if (this.last === null) return []
    return this.hooks.apply(this.last)
  }

  private async read(connection: CdpConnection): Promise<StoredCookie[]> {
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
        this.hooks.report(
          'Network.getAllCookies',
          'The store listed a cookie with no name or domain.',
        )
    }
    return store
  }
}
