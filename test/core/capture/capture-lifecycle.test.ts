// Attach, detach (a gap in the timeline), reattach, poll, wait, close.

import { afterEach, describe, expect, it } from 'vitest'
import type { CdpConnection } from '../../../src/core/capture/cdp-connection'
import { WaitingCapture } from '../../support/waiting-capture'
import type { CaptureGap, TimelineEntry } from '../../../src/shared/domain'
import { exchangeEvents } from './cdp-events'
import { attachedCapture, cdpCookie, FakeBrowser } from './fake-browser'

let capture: WaitingCapture | undefined
afterEach(() => capture?.close())

const T0 = Date.UTC(2026, 10, 25, 12)

const gaps = (entries: TimelineEntry[]) =>
  entries.filter((e): e is CaptureGap => e.kind === 'capture-gap')

function emitExchange(browser: FakeBrowser, requestId: string, setCookies: string[] = []) {
  for (const event of exchangeEvents({
    requestId,
    at: T0,
    url: 'http://127.0.0.1/p',
    setCookies,
  })) {
    browser.emit(event.method, event.params)
  }
}

describe('attach', () => {
  it('enables Network first, then Audits, listens, and takes the store as its starting point', async () => {
    const attached = await attachedCapture({ cookies: [cdpCookie({ name: 'a', value: '1' })] })
    capture = attached.capture
    expect(attached.browser.sent.map((c) => c.method)).toEqual([
      'Network.enable',
      'Audits.enable',
      'Network.getAllCookies',
    ])
    expect(attached.browser.listenerCount).toBe(1)
    expect(capture.store().map((c) => c.name)).toEqual(['a'])
    emitExchange(attached.browser, 'r1')
    expect(capture.entries()).toHaveLength(1)
  })

  it('says plainly when the browser will not enable capture, and stops listening', async () => {
    const browser = new FakeBrowser()
    const refusing: CdpConnection = {
      send: (() => Promise.reject(new Error('Target closed'))) as CdpConnection['send'],
      onEvent: (listener) => browser.onEvent(listener),
    }
    capture = new WaitingCapture({ storePollMs: 0 })
    await expect(capture.attach(refusing)).rejects.toThrow(
      "Could not start capturing the pane's network traffic: Target closed",
    )
    expect(browser.listenerCount).toBe(0)
  })
})

describe('detach and reattach', () => {
  it('shows the gap, stops listening, and closes the gap on reattach', async () => {
    const attached = await attachedCapture({ start: T0 })
    const { browser, clock } = attached
    capture = attached.capture
    capture.detach({
      code: 'debuggerDetached',
      params: { detail: 'DevTools was opened on the pane' },
    })
    capture.detach({ code: 'debuggerDetached', params: { detail: 'and again' } })
    const [gap, ...more] = gaps(capture.entries())
    expect(more).toEqual([])
    expect(gap).toMatchObject({
      reason: { code: 'debuggerDetached', params: { detail: 'DevTools was opened on the pane' } },
      endedAt: null,
      time: T0,
    })
    expect(browser.listenerCount).toBe(0)
    emitExchange(browser, 'lost')
    expect(capture.entries()).toHaveLength(1)

    // While detached, a script wrote a cookie; capture cannot know who did.
    browser.cookies = [cdpCookie({ name: 'during', value: '1' })]
    clock.now = T0 + 5000
    await capture.attach(browser)
    const [closed] = gaps(capture.entries())
    expect(closed).toMatchObject({ id: gap!.id, endedAt: T0 + 5000 })
    expect(closed?.storeChanges.map((c) => [c.type, c.cookie.name, c.cause])).toEqual([
      ['added', 'during', { by: 'browser', detail: { code: 'changedWhileDetached' } }],
    ])
    expect(browser.listenerCount).toBe(1)
    emitExchange(browser, 'seen')
    expect(capture.entries().filter((e) => e.kind === 'exchange')).toHaveLength(1)
  })
})

describe('the store poll', () => {
  it('finds a script write by itself, and stops when detached', async () => {
    const browser = new FakeBrowser()
    capture = new WaitingCapture({ storePollMs: 10 })
    await capture.attach(browser)
    browser.cookies = [cdpCookie({ name: 'js', value: '1' })]
    await capture.waitFor((entries) => entries.some((e) => e.kind === 'script-write'), 2000)
    capture.detach({ code: 'debuggerDetached', params: { detail: 'crashed' } })
    await capture.settled()
    const reads = browser.commands('Network.getAllCookies').length
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(browser.commands('Network.getAllCookies')).toHaveLength(reads)
  })

  it('reads the store soon after an exchange ends, and settled() waits for it', async () => {
    const browser = new FakeBrowser()
    capture = new WaitingCapture({ storePollMs: 0, storeReadDelayMs: 30 })
    await capture.attach(browser)
    browser.cookies = [cdpCookie({ name: 'a', value: '1' })]
    emitExchange(browser, 'r1', ['a=1; Path=/'])
    expect(capture.store()).toEqual([])
    await capture.settled()
    expect(capture.store().map((c) => c.name)).toEqual(['a'])
    expect(capture.entries()[0]?.storeChanges.map((c) => c.cause.by)).toEqual(['response'])
  })
})

describe('waitFor', () => {
  it('resolves when a later update satisfies the predicate', async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    const waiting = capture.waitFor((entries) => entries.some((e) => e.id === 'later:0'))
    emitExchange(attached.browser, 'later')
    await expect(waiting).resolves.toBeUndefined()
  })

  it('rejects on timeout with what it saw', async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    emitExchange(attached.browser, 'r1')
    await expect(capture.waitFor(() => false, 30)).rejects.toThrow(
      'waitFor: the condition still did not hold after 30 ms (1 timeline entries; the last: GET http://127.0.0.1/p (complete, 200)).',
    )
  })

  it('rejects when the predicate throws or the capture closes', async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    await expect(
      capture.waitFor(() => {
        throw new Error('bad predicate')
      }),
    ).rejects.toThrow('bad predicate')
    const waiting = capture.waitFor(() => false, 5000)
    capture.close()
    await expect(waiting).rejects.toThrow('The capture was closed.')
  })
})

describe('close', () => {
  it('ignores events after close and tells no one', async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    const heard: unknown[] = []
    capture.subscribe({ entry: (e) => heard.push(e) })
    capture.close()
    capture.ingest('Network.requestWillBeSent', { requestId: 'x', request: { url: 'http://a/' } })
    expect(capture.entries()).toEqual([])
    expect(heard).toEqual([])
    expect(attached.browser.listenerCount).toBe(0)
    expect(await capture.readStore()).toEqual([])
  })

  it('lets a listener unsubscribe', async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    const heard: string[] = []
    const unsubscribe = capture.subscribe({ entry: (e) => heard.push(e.id) })
    emitExchange(attached.browser, 'a')
    unsubscribe()
    emitExchange(attached.browser, 'b')
    expect(new Set(heard)).toEqual(new Set(['a:0']))
  })
})
