// The store watcher is the one owner of when the store is read: an exchange's end and the
// shell's cookie-change reports share one delayed read per burst, and a failed read is a
// reported problem, never a throw.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PaneCapture } from '../../../src/core/capture/pane-capture'
import { cdpCookie, emitExchange, FakeBrowser } from './fake-browser'

const T0 = Date.UTC(2026, 10, 25, 12)
let capture: PaneCapture | undefined

beforeEach(() => vi.useFakeTimers({ now: T0 }))
afterEach(() => {
  capture?.close()
  vi.useRealTimers()
})

async function watched() {
  const browser = new FakeBrowser()
  capture = new PaneCapture({ storePollMs: 0, storeReadDelayMs: 30 })
  await capture.attach(browser)
  const reads = () => browser.commands('Network.getAllCookies').length - 1 // after the first look
  return { browser, capture, reads }
}

const key = (name: string) => ({ name, domain: '127.0.0.1', path: '/' })

describe('when the store is read', () => {
  it('reads once for a burst of reported changes, soon after the first', async () => {
    const { browser, capture, reads } = await watched()
    browser.cookies = [cdpCookie({ name: 'c9', value: '1' })]
    for (let i = 0; i < 10; i++) capture.noteBrowserCause(key(`c${i}`), 'inserted')
    expect(reads()).toBe(0)
    await vi.advanceTimersByTimeAsync(30)
    expect(reads()).toBe(1)
    expect(capture.store().map((c) => c.name)).toEqual(['c9'])
    capture.noteBrowserCause(key('late'), 'expired')
    await vi.advanceTimersByTimeAsync(30)
    expect(reads()).toBe(2)
  })

  it('shares one read between an exchange that ends and the change the shell reports', async () => {
    const { browser, capture, reads } = await watched()
    browser.cookies = [cdpCookie({ name: 'a', value: '1' })]
    emitExchange(browser, {
      requestId: 'r1',
      at: T0,
      url: 'http://127.0.0.1/set',
      setCookies: ['a=1; Path=/'],
    })
    capture.noteBrowserCause(key('a'), 'inserted')
    await vi.advanceTimersByTimeAsync(100)
    expect(reads()).toBe(1)
    expect(capture.entries()[0]?.storeChanges.map((c) => c.cause.by)).toEqual(['response'])
  })

  it('is not starved when changes keep coming', async () => {
    const { capture, reads } = await watched()
    for (let t = 0; t < 100; t += 10) {
      capture.noteBrowserCause(key('tick'), 'overwrite')
      await vi.advanceTimersByTimeAsync(10)
    }
    expect(reads()).toBeGreaterThanOrEqual(3)
  })

  it('reports a failed read as a problem instead of throwing', async () => {
    const { browser, capture } = await watched()
    const send = browser.send
    browser.send = ((method: string, ...rest: unknown[]) =>
      method === 'Network.getAllCookies'
        ? Promise.reject(new Error('debugger is not attached'))
        : (send as (m: string, ...r: unknown[]) => Promise<unknown>)(method, ...rest)) as never
    capture.noteBrowserCause(key('a'), 'inserted')
    await vi.advanceTimersByTimeAsync(30)
    expect(capture.problems().map((p) => p.message)).toEqual([
      "Could not read the pane's cookie store: debugger is not attached",
    ])
  })

  it('reads nothing after detach, whatever is reported', async () => {
    const { capture, reads } = await watched()
    capture.detach({ code: 'debuggerDetached', params: { detail: 'crashed' } })
    capture.noteBrowserCause(key('a'), 'inserted')
    await vi.advanceTimersByTimeAsync(100)
    expect(reads()).toBe(0)
  })
})
