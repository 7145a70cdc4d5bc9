import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { feedCookieChanges } from '../../src/main/cookie-change-feed'

/** Electron's `session.cookies`: emits ('changed', event, cookie, cause, removed). */
class FakeCookies extends EventEmitter {
  change(cookie: { name: string; domain?: string; path?: string }, cause: string, removed = false) {
    this.emit('changed', {}, cookie, cause, removed)
  }
}

function fakeCapture() {
  return { noteBrowserCause: vi.fn() }
}

// When the store is read after such a change is capture's store watcher's business:
// test/core/capture/store-watcher.test.ts.
describe('feedCookieChanges', () => {
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

  it('stops listening when unsubscribed', () => {
    const cookies = new FakeCookies()
    const capture = fakeCapture()
    const stop = feedCookieChanges(cookies, capture)
    cookies.change({ name: 'a', domain: 'x.test' }, 'inserted')
    stop()
    cookies.change({ name: 'b', domain: 'x.test' }, 'inserted')
    expect(capture.noteBrowserCause).toHaveBeenCalledOnce()
    expect(cookies.listenerCount('changed')).toBe(0)
  })
})
