import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { feedCookieChanges } from '../../src/main/cookie-change-feed'

/** Electron's `session.cookies`: emits ('changed', event, cookie, cause, removed). */
class FakeCookies extends EventEmitter {
  change(cookie: { name: string; domain?: string; path?: string }, cause: string, removed = false) {
    this.emit('changed', {}, cookie, cause, removed)
  }
}

function fakeCapture() {
  return { noteBrowserCause: vi.fn(), refreshStore: vi.fn(async () => undefined) }
}

describe('feedCookieChanges', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('notes each change’s cause, keyed by name, domain and path', () => {
    const cookies = new FakeCookies()
    const capture = fakeCapture()
    feedCookieChanges(cookies, capture)
    cookies.change({ name: 'userID', domain: '127.0.0.1', path: '/' }, 'inserted')
    cookies.change({ name: 'a', domain: '.shop.test', path: '/x' }, 'overwrite', true)
    cookies.change({ name: 'b' }, 'explicit')
    expect(capture.noteBrowserCause.mock.calls).toEqual([
      [{ name: 'userID', domain: '127.0.0.1', path: '/' }, 'inserted'],
      [{ name: 'a', domain: '.shop.test', path: '/x' }, 'overwrite'],
      [{ name: 'b', domain: '', path: '/' }, 'explicit'],
    ])
  })

  it('refreshes the store once per burst, soon after its first change', async () => {
    const cookies = new FakeCookies()
    const capture = fakeCapture()
    feedCookieChanges(cookies, capture, { debounceMs: 30 })
    for (let i = 0; i < 10; i++) cookies.change({ name: `c${i}`, domain: 'x.test' }, 'inserted')
    expect(capture.refreshStore).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(30)
    expect(capture.refreshStore).toHaveBeenCalledOnce()
    cookies.change({ name: 'late', domain: 'x.test' }, 'expired')
    await vi.advanceTimersByTimeAsync(30)
    expect(capture.refreshStore).toHaveBeenCalledTimes(2)
  })

  it('does not starve the refresh when changes keep coming', async () => {
    const cookies = new FakeCookies()
    const capture = fakeCapture()
    feedCookieChanges(cookies, capture, { debounceMs: 30 })
    for (let t = 0; t < 100; t += 10) {
      cookies.change({ name: 'tick', domain: 'x.test' }, 'overwrite')
      await vi.advanceTimersByTimeAsync(10)
    }
    expect(capture.refreshStore.mock.calls.length).toBeGreaterThanOrEqual(3)
  })

  it('logs a failed refresh instead of throwing', async () => {
    const cookies = new FakeCookies()
    const capture = fakeCapture()
    capture.refreshStore.mockRejectedValueOnce(new Error('debugger is not attached'))
    const log = vi.fn()
    feedCookieChanges(cookies, capture, { debounceMs: 5, log })
    cookies.change({ name: 'a', domain: 'x.test' }, 'inserted')
    await vi.advanceTimersByTimeAsync(5)
    expect(log).toHaveBeenCalledWith('store refresh failed: debugger is not attached')
  })

  it('stops listening and drops a pending refresh when unsubscribed', async () => {
    const cookies = new FakeCookies()
    const capture = fakeCapture()
    const stop = feedCookieChanges(cookies, capture, { debounceMs: 30 })
    cookies.change({ name: 'a', domain: 'x.test' }, 'inserted')
    stop()
    cookies.change({ name: 'b', domain: 'x.test' }, 'inserted')
    await vi.advanceTimersByTimeAsync(100)
    expect(capture.noteBrowserCause).toHaveBeenCalledOnce()
    expect(capture.refreshStore).not.toHaveBeenCalled()
    expect(cookies.listenerCount('changed')).toBe(0)
  })
})
