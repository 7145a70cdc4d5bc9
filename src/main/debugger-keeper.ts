// Keeps capture attached to the pane's debugger. Electron detaches it when DevTools opens on the
// pane (or the target goes away); each time, capture is told (the timeline shows a gap) and the
// keeper attaches again: when DevTools closes, or else by retrying with a backoff. A renderer
// crash is a gap too, told by the pane (`suspend`), and closed when the pane loads again.

import type { GapReason } from '../shared/messages/facts'
import type { CdpConnection } from '../core/capture/cdp-connection'
import { debuggerConnection, type DebuggerTransport } from './debugger-connection'
import { messageOf } from '../shared/error-message'

export const CDP_PROTOCOL_VERSION = '1.3'

/** The part of Electron's `Debugger` the keeper uses. */
export interface AttachableDebugger extends DebuggerTransport {
  attach(protocolVersion?: string): void
  detach(): void
  isAttached(): boolean
  on(
    event: 'message',
    listener: (event: unknown, method: string, params: unknown, sessionId: string) => void,
  ): unknown
  on(event: 'detach', listener: (event: unknown, reason: string) => void): unknown
  removeListener(
    event: 'message',
    listener: (event: unknown, method: string, params: unknown, sessionId: string) => void,
  ): unknown
  removeListener(event: 'detach', listener: (event: unknown, reason: string) => void): unknown
}

export interface CaptureLink {
  attach(connection: CdpConnection): unknown
  detach(reason: GapReason): unknown
}

export interface DevToolsWatch {
  isOpened(): boolean
  /** Calls back once when DevTools closes; returns a cancel function. */
  onceClosed(callback: () => void): () => void
}

export interface DebuggerKeeperOptions {
  debugger: AttachableDebugger
  capture: CaptureLink
  devTools: DevToolsWatch
  /** Waits between attempts; the last one repeats for as long as the pane lives. */
  retryDelaysMs?: readonly number[]
  log?: (message: string) => void
  /**
   * Restores what lives in the debugger's session, after every attach: a reattach after DevTools
   * closed starts a new session, which has forgotten the emulated colour scheme.
   */
  restore?: (connection: CdpConnection) => Promise<void>
}

const DEFAULT_RETRY_DELAYS_MS = [100, 250, 500, 1000, 2000, 5000] as const

export class DebuggerKeeper {
  private readonly dbg: AttachableDebugger
  private readonly capture: CaptureLink
  private readonly devTools: DevToolsWatch
  private readonly delays: readonly number[]
  private readonly log: (message: string) => void
  private readonly restore: (connection: CdpConnection) => Promise<void>
  private readonly connection: CdpConnection
  private attempt = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private cancelDevToolsWait: (() => void) | undefined
  private attached = false
  private disposed = false

  constructor(options: DebuggerKeeperOptions) {
    this.dbg = options.debugger
    this.capture = options.capture
    this.devTools = options.devTools
    this.delays = options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS
    this.log = options.log ?? (() => undefined)
    this.restore = options.restore ?? (() => Promise.resolve())
    this.connection = debuggerConnection(this.dbg)
    this.dbg.on('detach', this.onDetach)
  }

  get isAttached(): boolean {
    return this.attached
  }

  /** Attaches now and hands capture the connection; throws when the debugger refuses. */
  async attach(): Promise<void> {
    if (this.disposed || this.attached) return
    this.stopWaiting()
    if (!this.dbg.isAttached()) this.dbg.attach(CDP_PROTOCOL_VERSION)
    this.attached = true
    try {
      await this.capture.attach(this.connection)
    } catch (error) {
      // The debugger stays attached; the next attempt only asks capture again.
      this.attached = false
      throw error
    }
    this.attempt = 0
    // Capture works without it: a failure is told, not thrown.
    await this.restore(this.connection).catch((error: unknown) =>
      this.log(`debugger: could not restore the pane's settings (${messageOf(error)})`),
    )
  }

  /** Attaches now if it can, else keeps waiting; never throws. For "before this navigation". */
  async ensureAttached(): Promise<void> {
    try {
      await this.attach()
    } catch (error) {
      this.log(`debugger: attach failed (${messageOf(error)}); retrying`)
      this.waitToReattach()
    }
  }

  /**
   * The pane's renderer died. Chromium keeps the debugger attached through a crash (it sends
   * `Inspector.targetCrashed`), so no detach event comes: capture is told here, and the next
   * `attach` (before the pane loads again) closes the gap without attaching the debugger twice.
   */
  suspend(reason: GapReason): void {
    if (!this.attached) return
    this.attached = false
    this.log(`capture suspended: ${reason}`)
    this.capture.detach(reason)
  }

  dispose(): void {
    this.disposed = true
    this.stopWaiting()
    this.dbg.removeListener('detach', this.onDetach)
    if (this.attached && this.dbg.isAttached()) {
      try {
        this.dbg.detach()
      } catch {
        // The web contents is already gone; nothing is attached to detach.
      }
    }
    this.attached = false
  }

  private readonly onDetach = (_event: unknown, reason: string): void => {
    if (!this.attached) return
    this.attached = false
    this.log(`debugger detached: ${reason}`)
    this.capture.detach({ code: 'debuggerDetached', params: { detail: reason } })
    if (!this.disposed) this.waitToReattach()
  }

  private waitToReattach(): void {
    this.stopWaiting()
    if (this.disposed) return
    if (this.devTools.isOpened()) {
      // DevTools holds the target; attaching would fail until it closes.
      this.cancelDevToolsWait = this.devTools.onceClosed(() => void this.ensureAttached())
      return
    }
    const delay = this.delays[Math.min(this.attempt, this.delays.length - 1)] ?? 0
    this.attempt += 1
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.ensureAttached()
    }, delay)
  }

  private stopWaiting(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    this.cancelDevToolsWait?.()
    this.cancelDevToolsWait = undefined
  }
}
