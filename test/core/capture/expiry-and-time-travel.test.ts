// Expiry goes by the clock (Chromium purges lazily), and the store can be seen as it was right
// after any entry.

import { afterEach, describe, expect, it } from 'vitest'
import type { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { Exchange, TimelineEntry } from '../../../src/shared/domain'
import { exchangeEvents } from './cdp-events'
import { attachedCapture, cdpCookie, fixtureStart, loadFixture, replay } from './fake-browser'

let capture: PaneCapture | undefined
afterEach(() => capture?.close())

const T0 = Date.UTC(2026, 10, 25, 12)

const exchangeAt = (entries: TimelineEntry[], path: string, nth = 0): Exchange => {
  const found = entries.filter(
    (e): e is Exchange => e.kind === 'exchange' && new URL(e.url).pathname === path,
  )[nth]
  if (!found) throw new Error(`no exchange for ${path}`)
  return found
}

describe('expiry', () => {
  it('reports a Max-Age cookie expired as soon as the clock passes, once', async () => {
    const attached = await attachedCapture({ start: T0 })
    const { browser, clock } = attached
    capture = attached.capture
    const expires = T0 / 1000 + 1
    browser.cookies = [cdpCookie({ name: 'short', value: '1', expires })]
    for (const event of exchangeEvents({
      requestId: 'r1',
      at: T0,
      url: 'http://127.0.0.1/set',
      setCookies: ['short=1; Max-Age=1; Path=/'],
    })) {
      browser.emit(event.method, event.params)
    }
    await capture.settled()
    const stored: unknown[] = []
    capture.subscribe({ store: (store) => stored.push(store) })

    clock.now = T0 + 999
    expect(await capture.readStore()).toEqual([])
    expect(capture.store().map((c) => c.name)).toEqual(['short'])

    // Chromium still lists it: it purges expired cookies only when it next looks at them.
    clock.now = T0 + 1000
    const changes = await capture.readStore()
    expect(changes).toEqual([
      expect.objectContaining({ type: 'expired', cause: { by: 'expiry' }, at: T0 + 1000 }),
    ])
    expect(capture.store()).toEqual([])
    expect(stored).toEqual([[]])
    const set = exchangeAt(capture.entries(), '/set')
    expect(set.storeChanges.map((c) => [c.type, c.cause.by])).toEqual([
      ['added', 'response'],
      ['expired', 'expiry'],
    ])

    // The purge, later, is not a second change.
    browser.cookies = []
    clock.now = T0 + 5000
    expect(await capture.readStore()).toEqual([])
    expect(exchangeAt(capture.entries(), '/set').storeChanges).toHaveLength(2)
  })

  it('reports an expiry while detached too, from the store last seen', async () => {
    const attached = await attachedCapture({
      start: T0,
      cookies: [cdpCookie({ name: 'old', value: '1', expires: T0 / 1000 + 10 })],
    })
    capture = attached.capture
    capture.detach({ code: 'debuggerDetached', params: { detail: 'DevTools opened' } })
    attached.clock.now = T0 + 10_000
    const changes = await capture.readStore()
    expect(changes.map((c) => [c.type, c.cookie.name, c.cause])).toEqual([
      ['expired', 'old', { by: 'expiry' }],
    ])
    expect(capture.store()).toEqual([])
  })

  it('takes Electron’s word that a cookie expired', async () => {
    const attached = await attachedCapture({
      start: T0,
      cookies: [cdpCookie({ name: 'a', value: '1', expires: T0 / 1000 + 3600 })],
    })
    capture = attached.capture
    capture.noteBrowserCause({ name: 'a', domain: '.127.0.0.1', path: '/' }, 'expired')
    attached.browser.cookies = []
    const changes = await capture.readStore()
    expect(changes.map((c) => [c.type, c.cause])).toEqual([['expired', { by: 'expiry' }]])
  })

  it('shows a cookie set again after it expired as added', async () => {
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    attached.browser.cookies = [cdpCookie({ name: 'a', value: '1', expires: T0 / 1000 + 1 })]
    await capture.readStore()
    attached.clock.now = T0 + 2000
    await capture.readStore()
    attached.browser.cookies = [cdpCookie({ name: 'a', value: '2', expires: T0 / 1000 + 60 })]
    const changes = await capture.readStore()
    expect(changes.map((c) => [c.type, c.cookie.value])).toEqual([['added', '2']])
  })
})

describe('storeAfter (time travel)', () => {
  it('gives the store right after each entry of a set, get, delete', async () => {
    const fixture = loadFixture('set-get-delete')
    const start = fixtureStart(fixture)
    const attached = await attachedCapture({ start })
    capture = attached.capture
    await replay(capture, attached.browser, fixture)
    await capture.settled()
    const entries = capture.entries()
    const after = (path: string, nth = 0) =>
      capture!.storeAfter(exchangeAt(entries, path, nth).id)?.map((c) => `${c.name}=${c.value}`)
    expect(after('/set')).toEqual(['userID=alice'])
    expect(after('/get')).toEqual(['userID=alice'])
    expect(after('/delete')).toEqual([])
    expect(after('/get', 1)).toEqual([])
    // Entries that changed nothing share the version before them: no copy per entry.
    expect(capture.storeAfter(exchangeAt(entries, '/get').id)).toBe(
      capture.storeAfter(exchangeAt(entries, '/set').id),
    )
    expect(capture.storeAfter('no-such-entry')).toBeUndefined()
  })

  it('keeps an entry’s own changes in its view even when they were seen late', async () => {
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    const { browser } = attached
    // Two requests finish before the store is read: the first set the cookie.
    for (const spec of [
      { requestId: 'a', url: 'http://127.0.0.1/set', setCookies: ['x=1; Path=/'] },
      { requestId: 'b', url: 'http://127.0.0.1/other' },
    ]) {
      for (const event of exchangeEvents({ at: T0, ...spec }))
        capture.ingest(event.method, event.params)
    }
    browser.cookies = [cdpCookie({ name: 'x', value: '1' })]
    await capture.readStore()
    expect(capture.storeAfter('a:0')?.map((c) => c.name)).toEqual(['x'])
    expect(capture.storeAfter('b:0')?.map((c) => c.name)).toEqual(['x'])
  })

  it('keeps the store after an entry as it was when an eviction is later told on it', async () => {
    const attached = await attachedCapture({ start: T0 })
    const { browser } = attached
    capture = attached.capture
    browser.cookies = [cdpCookie({ name: 'username', value: 'root' })]
    for (const event of exchangeEvents({
      requestId: 'r1',
      at: T0,
      url: 'http://127.0.0.1/cookies',
      setCookies: ['username=root; Path=/'],
    })) {
      browser.emit(event.method, event.params)
    }
    await capture.settled()
    const set = exchangeAt(capture.entries(), '/cookies')
    // A script fills the site; the browser evicts the oldest, told on the row that set it.
    browser.cookies = Array.from({ length: 160 }, (_, i) =>
      cdpCookie({ name: `e${i}`, value: '1' }),
    )
    await capture.readStore()
    await capture.settled()
    const told = exchangeAt(capture.entries(), '/cookies').storeChanges
    expect(told.map((c) => [c.type, c.cookie.name, c.cause.by])).toEqual([
      ['added', 'username', 'response'],
      ['removed', 'username', 'browser'],
    ])
    // Right after that row, the store held username and none of the later cookies.
    expect(capture.storeAfter(set.id)?.map((c) => c.name)).toEqual(['username'])
  })

  it('returns frozen arrays, so a caller cannot rewrite history', async () => {
    const attached = await attachedCapture({
      start: T0,
      cookies: [cdpCookie({ name: 'a', value: '1' })],
    })
    capture = attached.capture
    expect(Object.isFrozen(capture.store())).toBe(true)
  })
})
