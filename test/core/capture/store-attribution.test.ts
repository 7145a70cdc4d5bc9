// Every store change gets a cause: the exchange whose Set-Cookie explains it, or a script.

import { afterEach, describe, expect, it } from 'vitest'
import { WaitingCapture } from '../../support/waiting-capture'
import type { Exchange, ScriptWrite, TimelineEntry } from '../../../src/shared/domain'
import { exchangeEvents, type ExchangeSpec } from './cdp-events'
import { attachedCapture, cdpCookie, FakeBrowser, type CdpCookie } from './fake-browser'

let capture: WaitingCapture | undefined
afterEach(() => capture?.close())

const T0 = Date.UTC(2026, 10, 25, 12)

async function setup(cookies: CdpCookie[] = []) {
  const attached = await attachedCapture({ start: T0, cookies })
  capture = attached.capture
  return attached
}

/** The browser stores `cookies`, then reports the exchange: as Chromium orders it. */
async function exchange(
  browser: FakeBrowser,
  spec: Omit<ExchangeSpec, 'at'>,
  cookies: CdpCookie[],
) {
  browser.cookies = cookies
  for (const event of exchangeEvents({ at: T0, ...spec })) browser.emit(event.method, event.params)
  await capture!.settled()
  return exchangeById(capture!.entries(), `${spec.requestId}:0`)
}

function exchangeById(entries: TimelineEntry[], id: string): Exchange {
  const found = entries.find((e) => e.id === id)
  if (found?.kind !== 'exchange') throw new Error(`no exchange ${id}`)
  return found
}

const scriptWrites = (entries: TimelineEntry[]) =>
  entries.filter((e): e is ScriptWrite => e.kind === 'script-write')

const summary = (entry: { storeChanges: Exchange['storeChanges'] }) =>
  entry.storeChanges.map((c) => `${c.type} ${c.cookie.name}=${c.cookie.value} by ${c.cause.by}`)

describe('changes explained by a response', () => {
  it('matches a Domain cookie set from a subdomain', async () => {
    const { browser } = await setup()
    const login = await exchange(
      browser,
      {
        requestId: 'r1',
        url: 'http://www.shop.test/login',
        setCookies: ['sid=1; Domain=shop.test; Path=/'],
      },
      [cdpCookie({ name: 'sid', value: '1', domain: '.shop.test' })],
    )
    expect(summary(login)).toEqual(['added sid=1 by response'])
    expect(login.storeChanges[0]?.cookie.hostOnly).toBe(false)
  })

  it('matches a cookie without Path to the directory of the request path', async () => {
    const { browser } = await setup()
    const login = await exchange(
      browser,
      { requestId: 'r1', url: 'http://127.0.0.1/account/login', setCookies: ['pref=1'] },
      [
        cdpCookie({ name: 'pref', value: '1', path: '/account' }),
        // Same name, other path: the response's line does not explain this one.
        cdpCookie({ name: 'pref', value: '1', path: '/' }),
      ],
    )
    expect(login.storeChanges.map((c) => c.cookie.path)).toEqual(['/account'])
    const [write] = scriptWrites(capture!.entries())
    expect(write?.storeChanges.map((c) => [c.cookie.name, c.cookie.path])).toEqual([['pref', '/']])
  })

  it('reports a Max-Age=0 line as the removal of the cookie', async () => {
    const { browser } = await setup([cdpCookie({ name: 'a', value: '1' })])
    const del = await exchange(
      browser,
      { requestId: 'r1', url: 'http://127.0.0.1/logout', setCookies: ['a=; Max-Age=0; Path=/'] },
      [],
    )
    expect(summary(del)).toEqual(['removed a=1 by response'])
    expect(scriptWrites(capture!.entries())).toEqual([])
  })

  it('never credits a line the browser blocked', async () => {
    const { browser } = await setup()
    const line = 'tracker=1; SameSite=None; Path=/'
    const page = await exchange(
      browser,
      {
        requestId: 'r1',
        url: 'http://127.0.0.1/',
        setCookies: [line],
        blocked: [{ cookieLine: line, reasons: ['SameSiteNoneInsecure'] }],
      },
      [cdpCookie({ name: 'tracker', value: '1' })],
    )
    expect(page.storeChanges).toEqual([])
    expect(scriptWrites(capture!.entries()).flatMap(summary)).toEqual(['added tracker=1 by script'])
  })
})

describe('changes no response explains', () => {
  it('tells a script write that follows a response apart from the response', async () => {
    const { browser } = await setup()
    const set = await exchange(
      browser,
      { requestId: 'r1', url: 'http://127.0.0.1/set', setCookies: ['a=1; Path=/'] },
      [cdpCookie({ name: 'a', value: '1' })],
    )
    browser.cookies = [cdpCookie({ name: 'a', value: '2' })]
    const changes = await capture!.readStore()
    expect(changes).toEqual([
      expect.objectContaining({
        type: 'changed',
        cookie: expect.objectContaining({ value: '2' }),
        before: expect.objectContaining({ value: '1' }),
        cause: { by: 'script' },
        at: T0,
      }),
    ])
    expect(summary(set)).toEqual(['added a=1 by response'])
    const [write] = scriptWrites(capture!.entries())
    expect(write?.pageUrl).toBe('http://127.0.0.1/set')
    expect(write?.storeChanges).toEqual(changes)
  })

  it('splits one snapshot between the response and the script that both changed the store', async () => {
    const { browser } = await setup()
    const set = await exchange(
      browser,
      { requestId: 'r1', url: 'http://127.0.0.1/set', setCookies: ['a=1; Path=/'] },
      [cdpCookie({ name: 'a', value: '1' }), cdpCookie({ name: 'b', value: '2' })],
    )
    expect(summary(set)).toEqual(['added a=1 by response'])
    expect(scriptWrites(capture!.entries()).flatMap(summary)).toEqual(['added b=2 by script'])
  })

  it('names the page showing, even when an older page’s headers arrive late', async () => {
    const { browser } = await setup()
    const first = exchangeEvents({ requestId: 'one', at: T0, url: 'http://127.0.0.1/one' })
    const late = first.find((e) => e.method === 'Network.responseReceivedExtraInfo')!
    for (const event of first.filter((e) => e !== late)) browser.emit(event.method, event.params)
    for (const event of exchangeEvents({ requestId: 'two', at: T0, url: 'http://127.0.0.1/two' })) {
      browser.emit(event.method, event.params)
    }
    browser.emit(late.method, late.params)
    browser.cookies = [cdpCookie({ name: 'js', value: '1' })]
    await capture!.readStore()
    expect(scriptWrites(capture!.entries()).map((w) => w.pageUrl)).toEqual(['http://127.0.0.1/two'])
  })

  it('reports a removal nothing explains as a script write', async () => {
    const { browser } = await setup([cdpCookie({ name: 'a', value: '1' })])
    browser.cookies = []
    await capture!.readStore()
    expect(scriptWrites(capture!.entries()).flatMap(summary)).toEqual(['removed a=1 by script'])
  })

  it('does not report the cookies that were there before capture began', async () => {
    await setup([cdpCookie({ name: 'old', value: '1' })])
    expect(capture!.store().map((c) => c.name)).toEqual(['old'])
    expect(await capture!.readStore()).toEqual([])
    expect(capture!.entries()).toEqual([])
  })
})

describe('a store read that races the response headers', () => {
  it('waits for the headers still due, then credits the response', async () => {
    const { browser } = await setup()
    const events = exchangeEvents({
      requestId: 'r1',
      at: T0,
      url: 'http://127.0.0.1/set',
      setCookies: ['a=1; Path=/'],
    })
    const [sent, ...rest] = events
    browser.emit(sent!.method, sent!.params)
    browser.cookies = [cdpCookie({ name: 'a', value: '1' })]
    await capture!.readStore()
    // The store shows the cookie at once; whose change it is waits for the headers.
    expect(capture!.store().map((c) => c.name)).toEqual(['a'])
    expect(scriptWrites(capture!.entries())).toEqual([])
    for (const event of rest) browser.emit(event.method, event.params)
    await capture!.settled()
    expect(summary(exchangeById(capture!.entries(), 'r1:0'))).toEqual(['added a=1 by response'])
    expect(scriptWrites(capture!.entries())).toEqual([])
  })

  it('gives up waiting after a while and calls it a script write', async () => {
    const browser = new FakeBrowser()
    capture = new WaitingCapture({ storePollMs: 0, holdUnexplainedMs: 20 })
    await capture.attach(browser)
    const [sent] = exchangeEvents({
      requestId: 'slow',
      at: Date.now(),
      url: 'http://127.0.0.1/slow',
    })
    browser.emit(sent!.method, sent!.params)
    browser.cookies = [cdpCookie({ name: 'js', value: '1' })]
    await capture.readStore()
    expect(scriptWrites(capture.entries())).toEqual([])
    await capture.waitFor((entries) => scriptWrites([...entries]).length === 1, 2000)
    expect(scriptWrites(capture.entries()).flatMap(summary)).toEqual(['added js=1 by script'])
  })

  it('is not settled while a change is held back: settled means every change has its entry', async () => {
    const browser = new FakeBrowser()
    capture = new WaitingCapture({ storePollMs: 0, holdUnexplainedMs: 50 })
    await capture.attach(browser)
    const [sent] = exchangeEvents({ requestId: 'slow', at: Date.now(), url: 'http://127.0.0.1/s' })
    browser.emit(sent!.method, sent!.params)
    browser.cookies = [cdpCookie({ name: 'js', value: '1' })]
    await capture.readStore()
    expect(capture.store().map((c) => c.name)).toEqual(['js'])
    await capture.settled()
    expect(scriptWrites(capture.entries()).flatMap(summary)).toEqual(['added js=1 by script'])
  })
})

describe("the browser's own causes", () => {
  it('shows the eviction of a cookie that no entry set on the newest entry, never nowhere', async () => {
    // 160 cookies set before capture attached: no entry of the timeline set them.
    const many = Array.from({ length: 160 }, (_, i) => cdpCookie({ name: `c${i}`, value: 'v' }))
    const { browser } = await setup(many)
    const read = await exchange(
      browser,
      { requestId: 'r1', url: 'http://127.0.0.1/getcookie' },
      many.slice(1),
    )
    const changes = capture!.entries().flatMap((entry) => entry.storeChanges)
    expect(changes.map((c) => [c.type, c.cookie.name])).toEqual([['removed', 'c0']])
    expect(summary(read)).toEqual(['removed c0=v by browser'])
  })

  it('labels an eviction Electron reported, on the exchange whose insertion caused it', async () => {
    const { browser } = await setup([cdpCookie({ name: 'old', value: '1' })])
    capture!.noteBrowserCause({ name: 'old', domain: '127.0.0.1', path: '/' }, 'evicted')
    const set = await exchange(
      browser,
      { requestId: 'r1', url: 'http://127.0.0.1/set', setCookies: ['new=1; Path=/'] },
      [cdpCookie({ name: 'new', value: '1' })],
    )
    expect(set.storeChanges.map((c) => [c.type, c.cookie.name, c.cause])).toEqual([
      ['added', 'new', { by: 'response', entryId: set.id }],
      ['removed', 'old', { by: 'browser', detail: { code: 'evicted' } }],
    ])
    expect(scriptWrites(capture!.entries())).toEqual([])
  })

  it('recognises an eviction on a crowded site even without Electron', async () => {
    const many = Array.from({ length: 160 }, (_, i) => cdpCookie({ name: `c${i}`, value: 'v' }))
    const { browser } = await setup(many)
    const set = await exchange(
      browser,
      { requestId: 'r1', url: 'http://127.0.0.1/set', setCookies: ['extra=1; Path=/'] },
      [...many.slice(1), cdpCookie({ name: 'extra', value: '1' })],
    )
    expect(set.storeChanges.map((c) => [c.type, c.cookie.name, c.cause])).toEqual([
      ['added', 'extra', { by: 'response', entryId: set.id }],
      ['removed', 'c0', { by: 'browser', detail: { code: 'evictedCrowdedSite' } }],
    ])
  })

  it('passes over causes that only say "something changed it"', async () => {
    const { browser } = await setup()
    capture!.noteBrowserCause({ name: 'a', domain: '127.0.0.1', path: '/' }, 'inserted')
    const set = await exchange(
      browser,
      { requestId: 'r1', url: 'http://127.0.0.1/set', setCookies: ['a=1; Path=/'] },
      [cdpCookie({ name: 'a', value: '1' })],
    )
    expect(summary(set)).toEqual(['added a=1 by response'])
  })
})
