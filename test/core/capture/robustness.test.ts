// Bad input gets a clear message and loses nothing; capture never throws out of ingest.

import { afterEach, describe, expect, it } from 'vitest'
import { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { Exchange, TimelineEntry } from '../../../src/shared/domain'
import { exchangeEvents } from './cdp-events'
import { attachedCapture, cdpCookie } from './fake-browser'

let capture: PaneCapture | undefined
afterEach(() => capture?.close())

const T0 = Date.UTC(2026, 10, 25, 12)

function fresh(clock = { now: T0 }) {
  capture = new PaneCapture({ now: () => clock.now, storePollMs: 0, orphanAfterMs: 1000 })
  return capture
}

const exchanges = (entries: TimelineEntry[]) =>
  entries.filter((e): e is Exchange => e.kind === 'exchange')

describe('malformed events', () => {
  const garbage: Array<[string, unknown]> = [
    ['Network.requestWillBeSent', null],
    ['Network.requestWillBeSent', 'not an object'],
    ['Network.requestWillBeSent', { requestId: 'a', request: 42, wallTime: 'soon' }],
    [
      'Network.requestWillBeSentExtraInfo',
      { requestId: 'a', headers: [1, 2], associatedCookies: {} },
    ],
    ['Network.requestWillBeSentExtraInfo', { requestId: 'a', associatedCookies: [{ cookie: 7 }] }],
    ['Network.responseReceived', { requestId: 'a', response: null }],
    [
      'Network.responseReceivedExtraInfo',
      { requestId: 'a', headers: { 'Set-Cookie': 5 }, blockedCookies: [{}] },
    ],
    ['Network.loadingFinished', { timestamp: 'late' }],
    ['Network.loadingFailed', { requestId: 'a', errorText: 3, canceled: true }],
    ['Network.somethingNew', { whatever: true }],
  ]

  it('never throws, keeps what it can, and reports each oddity', () => {
    const capture = fresh()
    const reported: string[] = []
    capture.subscribe({ problem: (p) => reported.push(`${p.source}: ${p.message}`) })
    for (const [method, params] of garbage) {
      expect(() => capture.ingest(method, params)).not.toThrow()
    }
    const kept = exchanges(capture.entries())
    const a = kept.find((e) => e.requestId === 'a')
    expect(a).toMatchObject({
      url: '',
      state: 'failed',
      failure: { code: 'browserError', params: { errorText: 'canceled' } },
    })
    expect(a?.setCookies.map((l) => l.raw)).toEqual(['5'])
    // Events with no requestId are still kept, each as an exchange of its own.
    expect(kept.filter((e) => e.requestId.startsWith('unidentified-'))).toHaveLength(3)
    expect(reported).toContain(
      'Network.requestWillBeSent: This event was odd: it names no requestId, so it is kept as an exchange of its own; it has no request URL.',
    )
    expect(reported.some((r) => r.includes('its raw headers are missing'))).toBe(true)
    expect(
      reported.some((r) => r.includes('one of its associated cookies has no name or domain')),
    ).toBe(true)
    expect(reported.some((r) => r.includes('one of its blocked cookies has no cookie line'))).toBe(
      true,
    )
    expect(reported.some((r) => r.includes('somethingNew'))).toBe(false)
    expect(capture.problems()).toHaveLength(reported.length)
  })

  it('survives a listener that throws, and reports it', () => {
    const capture = fresh()
    const heard: string[] = []
    capture.subscribe({
      entry: () => {
        throw new Error('the UI fell over')
      },
    })
    capture.subscribe({ entry: (e) => heard.push(e.id) })
    for (const event of exchangeEvents({ requestId: 'r', at: T0, url: 'http://127.0.0.1/' })) {
      capture.ingest(event.method, event.params)
    }
    expect(heard.length).toBeGreaterThan(0)
    expect(capture.problems()[0]?.message).toBe('A capture listener failed: the UI fell over')
  })
})

describe('a store read that goes wrong', () => {
  it('keeps the store as it was rather than taking a bad answer for an empty store', async () => {
    const attached = await attachedCapture({
      start: T0,
      cookies: [cdpCookie({ name: 'a', value: '1' })],
    })
    capture = attached.capture
    const send = attached.browser.send
    attached.browser.send = ((method: string, ...params: unknown[]) =>
      method === 'Network.getAllCookies'
        ? Promise.resolve({})
        : (send as (m: string, ...p: unknown[]) => Promise<unknown>)(
            method,
            ...params,
          )) as typeof send
    await expect(capture.readStore()).rejects.toThrow(
      "The browser's answer held no list of cookies.",
    )
    attached.browser.send = (() => Promise.reject(new Error('Target closed'))) as typeof send
    await expect(capture.readStore()).rejects.toThrow(
      "Could not read the pane's cookie store: Target closed",
    )
    expect(capture.store().map((c) => c.name)).toEqual(['a'])
    expect(capture.entries()).toEqual([])
  })
})

describe('requests without ExtraInfo', () => {
  it('completes at loadingFinished with headers marked as not observed', () => {
    const capture = fresh()
    const events = exchangeEvents({
      requestId: 'cached',
      at: T0,
      url: 'http://127.0.0.1/cached',
      extraInfo: false,
    })
    for (const event of events) capture.ingest(event.method, event.params)
    expect(exchanges(capture.entries())).toEqual([
      expect.objectContaining({
        state: 'complete',
        status: 200,
        requestHeaders: null,
        responseHeaders: null,
        cookieHeader: null,
        cookiePairs: [],
        considered: [],
        setCookies: [],
      }),
    ])
  })

  it('shows Set-Cookie lines a browser put in the main event with no verdict', () => {
    const capture = fresh()
    capture.ingest('Network.requestWillBeSent', {
      requestId: 'sw',
      request: { url: 'http://127.0.0.1/sw', method: 'GET' },
      wallTime: T0 / 1000,
    })
    capture.ingest('Network.responseReceived', {
      requestId: 'sw',
      hasExtraInfo: false,
      response: { url: 'http://127.0.0.1/sw', status: 200, headers: { 'set-cookie': 'a=1\nb=2' } },
    })
    const [sw] = exchanges(capture.entries())
    expect(sw?.responseHeaders).toBeNull()
    expect(sw?.setCookies.map((l) => [l.raw, l.outcome])).toEqual([
      ['a=1', { status: 'unknown' }],
      ['b=2', { status: 'unknown' }],
    ])
  })

  it('takes Sec-Fetch-Site as a fact only when it holds one of the spec’s values, once', () => {
    const capture = fresh()
    const sent = (requestId: string, headers: Record<string, string>) => {
      capture.ingest('Network.requestWillBeSent', {
        requestId,
        request: { url: `http://127.0.0.1/${requestId}`, method: 'GET' },
        type: 'Document',
        wallTime: T0 / 1000,
      })
      capture.ingest('Network.requestWillBeSentExtraInfo', {
        requestId,
        associatedCookies: [],
        headers: { Host: '127.0.0.1', ...headers },
      })
    }
    sent('typed', { 'Sec-Fetch-Site': ' NONE ', 'Sec-Fetch-User': '?1' })
    sent('odd', { 'sec-fetch-site': 'elsewhere', 'Sec-Fetch-User': '?0' })
    sent('twice', { 'Sec-Fetch-Site': 'none\ncross-site' })
    const [typed, odd, twice] = exchanges(capture.entries())
    expect(typed).toMatchObject({ fetchSite: 'none', fetchUser: true })
    for (const unclear of [odd, twice]) {
      expect(unclear).not.toHaveProperty('fetchSite')
      expect(unclear).not.toHaveProperty('fetchUser')
    }
    // The raw line stays for the learner to read.
    expect(odd?.requestHeaders).toContainEqual({ name: 'sec-fetch-site', value: 'elsewhere' })
  })

  it('keeps ExtraInfo whose main events never come as an exchange of its own', () => {
    const clock = { now: T0 }
    const capture = fresh(clock)
    capture.ingest('Network.requestWillBeSentExtraInfo', {
      requestId: 'ghost',
      associatedCookies: [],
      headers: { Host: '127.0.0.1', Cookie: 'a=1' },
    })
    expect(capture.entries()).toEqual([])
    clock.now = T0 + 1500
    capture.ingest('Network.dataReceived', { requestId: 'other' })
    expect(exchanges(capture.entries())).toEqual([
      expect.objectContaining({
        requestId: 'ghost',
        // Never reported: not made up.
        url: '',
        method: '',
        state: 'pending',
        cookieHeader: 'a=1',
        cookiePairs: [{ name: 'a', value: '1' }],
        failure: { code: 'onlyRawHeaders' },
      }),
    ])
    // If the main event turns up after all, it completes the same exchange.
    capture.ingest('Network.requestWillBeSent', {
      requestId: 'ghost',
      request: { url: 'http://127.0.0.1/late', method: 'POST' },
      wallTime: T0 / 1000,
    })
    const [ghost, ...more] = exchanges(capture.entries())
    expect(more).toEqual([])
    expect(ghost).toMatchObject({
      url: 'http://127.0.0.1/late',
      method: 'POST',
      cookieHeader: 'a=1',
    })
  })

  it('turns a loadingFinished for an unknown request into an exchange at once', () => {
    const capture = fresh()
    capture.ingest('Network.loadingFinished', { requestId: 'unknown', timestamp: 1 })
    expect(exchanges(capture.entries())).toEqual([
      expect.objectContaining({ requestId: 'unknown', state: 'complete' }),
    ])
  })
})

describe('cookies that are hard to show', () => {
  it('keeps odd values, 4 KB cookies and hundreds of pairs intact', async () => {
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    const big = 'v'.repeat(4090)
    const pairs = Array.from({ length: 300 }, (_, i) => `k${i}=${i}`)
    const cookie = [`big=${big}`, 'q="a;b"', 'u=caf\u00c3\u00a9', ...pairs].join('; ')
    for (const event of exchangeEvents({
      requestId: 'r',
      at: T0,
      url: 'http://127.0.0.1/',
      cookie,
      setCookies: ['crlf=a\rb; Path=/', 'semi="a;b"; Path=/'],
    })) {
      attached.browser.emit(event.method, event.params)
    }
    const [exchange] = exchanges(capture.entries())
    expect(exchange?.cookieHeader).toBe(cookie)
    expect(exchange?.cookiePairs).toHaveLength(304)
    expect(exchange?.cookiePairs[0]).toEqual({ name: 'big', value: big })
    // A quoted value with ";" is split where the browser split it: the raw header stays whole.
    expect(exchange?.cookiePairs.slice(1, 3)).toEqual([
      { name: 'q', value: '"a' },
      { name: '', value: 'b"' },
    ])
    expect(exchange?.cookiePairs[3]).toEqual({ name: 'u', value: 'café' })
    expect(exchange?.setCookies.map((l) => l.problems)).toEqual([[{ code: 'lineBreak' }], []])
    expect(exchange?.setCookies[1]?.parsed?.value).toBe('"a')
  })
})
