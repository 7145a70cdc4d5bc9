// Cross-site iframes run in renderer processes of their own (site isolation), and each has its
// own DevTools target: the frame's document response ends there (its `loadingFinished`), and
// every request the frame makes is reported only there. This module attaches to those targets
// as they appear, and nested ones under them, and feeds their events to the same intake as the
// page's, so a framed request becomes one exchange whichever target reported each part of it.
// requestIds are unique across the page's targets (a navigation's id is its loaderId), which is
// what lets the journal join the parts.

import type { Protocol } from 'devtools-protocol'
import type { CdpConnection } from './cdp-connection'
import { CAPTURE_EVENTS } from './capture-events'
import { messageOf } from '../../shared/error-message'

interface FrameTargetsDeps {
  /** One CDP event of any attached frame, as the page's own events are taken. */
  ingest(method: string, params: unknown): void
  report(source: string, message: string): void
}

const CAPTURED = new Set<string>(CAPTURE_EVENTS)

// Only frames: a worker's requests are not the pane's cookies to explain here, and every target
// attached with waitForDebuggerOnStart must be resumed by us, so fewer is safer.
const ONLY_FRAMES: Protocol.Target.TargetFilter = [{ type: 'iframe' }, { exclude: true }]

export class FrameTargets {
  /** One stop per connection watched: it unsubscribes from it and from its frames. */
  private readonly stops = new Set<() => void>()
  private stopped = false

  constructor(private readonly deps: FrameTargetsDeps) {}

  /**
   * Attaches to the frame targets under `connection`, now and as they appear. Frames wait for us
   * (waitForDebuggerOnStart) so that their first request is heard; each is resumed whatever
   * happens while it is set up.
   */
  async watch(connection: CdpConnection): Promise<() => void> {
    const children = connection.childSessions
    if (!children || this.stopped) return () => undefined
    const detachers = new Map<string, () => void>()
    const stopEvents = connection.onEvent((method, params) => {
      if (method === 'Target.attachedToTarget') {
        void this.attached(connection, params as Protocol.Target.AttachedToTargetEvent, detachers)
      } else if (method === 'Target.detachedFromTarget') {
        const { sessionId } = params as Protocol.Target.DetachedFromTargetEvent
        detachers.get(sessionId)?.()
        detachers.delete(sessionId)
      }
    })
    const stop = () => {
      this.stops.delete(stop)
      stopEvents()
      for (const detach of detachers.values()) detach()
      detachers.clear()
    }
    this.stops.add(stop)
    await connection.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: children.flatten,
      filter: ONLY_FRAMES,
    })
    return stop
  }

  /** Stops listening to every frame (the page's connection went away or capture closed). */
  stop(): void {
    for (const stop of [...this.stops]) stop()
  }

  close(): void {
    this.stopped = true
    this.stop()
  }

  private async attached(
    parent: CdpConnection,
    event: Protocol.Target.AttachedToTargetEvent,
    detachers: Map<string, () => void>,
  ): Promise<void> {
    const children = parent.childSessions
    if (!children || this.stopped) return
    const frame = children.open(event.sessionId)
    let gone = false
    try {
      if (event.targetInfo.type !== 'iframe') return
      const stopEvents = frame.onEvent((method, params) => {
        if (CAPTURED.has(method)) this.deps.ingest(method, params)
      })
      let stopNested: (() => void) | null = null
      detachers.set(event.sessionId, () => {
        gone = true
        stopEvents()
        stopNested?.()
      })
      await frame.send('Network.enable')
      await frame
        .send('Audits.enable')
        .catch((error: unknown) => this.deps.report('Audits.enable', messageOf(error)))
      // A frame of a third site inside this one is a target under this frame's.
      stopNested = await this.watch(frame)
      if (gone) stopNested()
    } catch (error) {
      // A frame removed while it was being set up is not a problem to report.
      if (gone) return
      this.deps.report(
        'Target.attachedToTarget',
        `A cross-site frame (${event.targetInfo.url || 'no address yet'}) is not captured: ${messageOf(error)}`,
      )
    } finally {
      if (event.waitingForDebugger) {
        // A frame left waiting would never load: resume it even when setting it up failed.
        await frame.send('Runtime.runIfWaitingForDebugger').catch(() => undefined)
      }
    }
  }
}
