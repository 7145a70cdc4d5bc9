// How capture treats the targets of cross-site frames, with a scripted target on the other end:
// every frame is resumed whatever happens, its events join the page's, and a frame that goes
// away stops being heard. That Chromium really reports a framed request this way is proven in
// test/e2e/frame-targets.test.ts.

import { describe, expect, it } from 'vitest'
import type { CdpConnection } from '../../../src/core/capture/cdp-connection'
import { FrameTargets } from '../../../src/core/capture/frame-targets'
import { nestedSessions } from '../../../src/core/capture/nested-session'
import { ScriptedEvents } from './fake-browser'

/** A target whose answers the test scripts; its children are flat sessions of their own. */
class ScriptedTarget extends ScriptedEvents implements CdpConnection {
  readonly sent: string[] = []
  readonly children = new Map<string, ScriptedTarget>()
  failing = new Set<string>()

  send: CdpConnection['send'] = ((method: string) => {
    this.sent.push(method)
    if (this.failing.has(method)) return Promise.reject(new Error(`${method} failed`))
    return Promise.resolve({})
  }) as CdpConnection['send']

  readonly childSessions = {
    flatten: true,
    open: (sessionId: string) => {
      const child = this.children.get(sessionId) ?? new ScriptedTarget()
      this.children.set(sessionId, child)
      return child
    },
  }

  attach(sessionId: string, type = 'iframe', url = 'https://tracker.test/'): ScriptedTarget {
    const child = this.childSessions.open(sessionId)
    this.emit('Target.attachedToTarget', {
      sessionId,
      targetInfo: {
        targetId: sessionId,
        type,
        url,
        title: '',
        attached: true,
        canAccessOpener: false,
      },
      waitingForDebugger: true,
    })
    return child
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

function watching() {
  const ingested: Array<[string, unknown]> = []
  const reports: string[] = []
  const frames = new FrameTargets({
    ingest: (method, params) => ingested.push([method, params]),
    report: (_source, message) => reports.push(message),
  })
  return { frames, ingested, reports }
}

describe('FrameTargets', () => {
  it('sets a frame up before resuming it, and takes its network events with the page’s', async () => {
    const page = new ScriptedTarget()
    const { frames, ingested } = watching()
    await frames.watch(page)
    expect(page.sent).toEqual(['Target.setAutoAttach'])

    const frame = page.attach('F1')
    await settle()
    expect(frame.sent).toEqual([
      'Network.enable',
      'Audits.enable',
      'Target.setAutoAttach',
      'Runtime.runIfWaitingForDebugger',
    ])
    frame.emit('Network.loadingFinished', { requestId: 'doc' })
    frame.emit('Runtime.consoleAPICalled', { type: 'log' })
    expect(ingested).toEqual([['Network.loadingFinished', { requestId: 'doc' }]])
  })

  it('only resumes a target that is not a frame', async () => {
    const page = new ScriptedTarget()
    const { frames, ingested } = watching()
    await frames.watch(page)
    const worker = page.attach('W1', 'worker')
    await settle()
    expect(worker.sent).toEqual(['Runtime.runIfWaitingForDebugger'])
    worker.emit('Network.loadingFinished', { requestId: 'w' })
    expect(ingested).toEqual([])
  })

  it('resumes a frame it could not set up, and says which frame is not captured', async () => {
    const page = new ScriptedTarget()
    const { frames, reports } = watching()
    await frames.watch(page)
    const frame = page.childSessions.open('F1')
    frame.failing.add('Network.enable')
    page.attach('F1', 'iframe', 'https://tracker.test/set')
    await settle()
    expect(frame.sent.at(-1)).toBe('Runtime.runIfWaitingForDebugger')
    expect(reports).toEqual([
      'A cross-site frame (https://tracker.test/set) is not captured: Network.enable failed',
    ])
  })

  it('watches frames inside frames', async () => {
    const page = new ScriptedTarget()
    const { frames, ingested } = watching()
    await frames.watch(page)
    const outer = page.attach('F1')
    await settle()
    const inner = outer.attach('F2', 'iframe', 'https://c.test/')
    await settle()
    expect(inner.sent).toContain('Network.enable')
    inner.emit('Network.responseReceived', { requestId: 'deep' })
    expect(ingested).toEqual([['Network.responseReceived', { requestId: 'deep' }]])
  })

  it('stops hearing a frame that went away, and every frame once stopped', async () => {
    const page = new ScriptedTarget()
    const { frames, ingested } = watching()
    await frames.watch(page)
    const gone = page.attach('F1')
    const kept = page.attach('F2')
    await settle()
    page.emit('Target.detachedFromTarget', { sessionId: 'F1' })
    gone.emit('Network.loadingFinished', { requestId: 'after-detach' })
    kept.emit('Network.loadingFinished', { requestId: 'kept' })
    frames.stop()
    kept.emit('Network.loadingFinished', { requestId: 'after-stop' })
    expect(ingested).toEqual([['Network.loadingFinished', { requestId: 'kept' }]])
  })

  it('does nothing on a connection with no way to reach children', async () => {
    const { frames } = watching()
    const sent: string[] = []
    const bare: CdpConnection = {
      send: ((method: string) => (sent.push(method), Promise.resolve({}))) as CdpConnection['send'],
      onEvent: () => () => undefined,
    }
    await frames.watch(bare)
    expect(sent).toEqual([])
  })
})

describe('nestedSessions', () => {
  /** A parent session that answers Target.sendMessageToTarget as Chromium does. */
  function parentAnswering(answer: (message: { id: number; method: string }) => string | null) {
    const parent = new ScriptedTarget()
    const wrapped: unknown[] = []
    parent.send = ((method: string, params?: { sessionId: string; message: string }) => {
      if (method === 'Target.sendMessageToTarget' && params) {
        const message = JSON.parse(params.message) as { id: number; method: string }
        wrapped.push({ sessionId: params.sessionId, ...message })
        const reply = answer(message)
        if (reply !== null) {
          queueMicrotask(() =>
            parent.emit('Target.receivedMessageFromTarget', {
              sessionId: params.sessionId,
              message: reply,
            }),
          )
        }
      }
      return Promise.resolve({})
    }) as CdpConnection['send']
    return { parent, wrapped }
  }

  it('wraps commands with their own ids and resolves each with its answer', async () => {
    const { parent, wrapped } = parentAnswering(({ id, method }) =>
      JSON.stringify({ id, result: { echoed: method } }),
    )
    const child = nestedSessions(parent).open('S1')
    await expect(child.send('Network.enable')).resolves.toEqual({ echoed: 'Network.enable' })
    await expect(child.send('Audits.enable')).resolves.toEqual({ echoed: 'Audits.enable' })
    expect(wrapped).toEqual([
      { sessionId: 'S1', id: 1, method: 'Network.enable', params: {} },
      { sessionId: 'S1', id: 2, method: 'Audits.enable', params: {} },
    ])
  })

  it('rejects with the target’s error, and when the target goes away before answering', async () => {
    const { parent } = parentAnswering(({ id, method }) =>
      method === 'Network.enable'
        ? JSON.stringify({ id, error: { code: -32000, message: 'Not allowed' } })
        : null,
    )
    const child = nestedSessions(parent).open('S1')
    await expect(child.send('Network.enable')).rejects.toThrow('Not allowed')
    const never = child.send('Audits.enable')
    parent.emit('Target.detachedFromTarget', { sessionId: 'S1' })
    await expect(never).rejects.toThrow('The frame went away before it answered.')
  })

  it('hears its own session’s events only, and skips text that is not JSON', () => {
    const { parent } = parentAnswering(() => null)
    const child = nestedSessions(parent).open('S1')
    const heard: unknown[] = []
    child.onEvent((method, params) => heard.push([method, params]))
    const from = (sessionId: string, message: string) =>
      parent.emit('Target.receivedMessageFromTarget', { sessionId, message })
    from('S1', '{"method":"Network.loadingFinished","params":{"requestId":"a"}}')
    from('S2', '{"method":"Network.loadingFinished","params":{"requestId":"b"}}')
    from('S1', 'not json {')
    expect(heard).toEqual([['Network.loadingFinished', { requestId: 'a' }]])
  })
})
