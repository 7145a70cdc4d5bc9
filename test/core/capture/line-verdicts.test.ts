// A Set-Cookie line is "stored" only when the store after its exchange holds it: each verdict
// the browser gave without a reason is checked against the store once it has been read.

import { afterEach, describe, expect, it } from 'vitest'
import type { Exchange, TimelineEntry } from '../../../src/shared/domain'
import type { WaitingCapture } from '../../support/waiting-capture'
import { exchangeEvents, type ExchangeSpec } from './cdp-events'
import { attachedCapture, cdpCookie, type CdpCookie, type FakeBrowser } from './fake-browser'

let capture: WaitingCapture | undefined
afterEach(() => capture?.close())

const T0 = Date.UTC(2026, 10, 25, 12)
const DAY_MS = 24 * 60 * 60 * 1000

async function setup() {
  const attached = await attachedCapture({ start: T0 })
  capture = attached.capture
  return attached
}

/** The browser stores COOKIES and reports the exchange, as Chromium orders it; then settles. */
async function exchange(
  browser: FakeBrowser,
  spec: Omit<ExchangeSpec, 'at' | 'url'> & { url?: string },
  cookies: CdpCookie[],
): Promise<Exchange> {
  browser.cookies = cookies
  const full = { at: T0, url: 'http://127.0.0.1:5000/set', ...spec }
  for (const event of exchangeEvents(full)) browser.emit(event.method, event.params)
  await capture!.settled()
  return exchangeById(capture!.entries(), `${spec.requestId}:0`)
}

function exchangeById(entries: readonly TimelineEntry[], id: string): Exchange {
  const found = entries.find((e) => e.id === id)
  if (found?.kind !== 'exchange') throw new Error(`no exchange ${id}`)
  return found
}

const outcomes = (exchange: Exchange) => exchange.setCookies.map((line) => line.outcome)

describe('a line the browser named no reason against, held against the store', () => {
  it('is not stored when the store lacks it: Partitioned without Secure, cause inferred', async () => {
    const { browser } = await setup()
    const part = await exchange(
      browser,
      { requestId: 'p', setCookies: ['part=1; Partitioned; Path=/'] },
      [],
    )
    expect(outcomes(part)).toEqual([
      { status: 'notStored', inferred: { code: 'inferredPartitionedWithoutSecure' } },
    ])
  })

  it('is not stored when only an older unpartitioned cookie of that name is there', async () => {
    const { browser } = await setup()
    await exchange(browser, { requestId: 'p0', setCookies: ['part=1; Path=/'] }, [
      cdpCookie({ name: 'part', value: '1' }),
    ])
    const part = await exchange(
      browser,
      { requestId: 'p1', setCookies: ['part=1; Partitioned; Path=/'] },
      [cdpCookie({ name: 'part', value: '1' })],
    )
    expect(outcomes(part)[0]?.status).toBe('notStored')
  })

  it('is stored when the store holds it in a partition', async () => {
    const { browser } = await setup()
    const part = await exchange(
      browser,
      {
        requestId: 'p2',
        url: 'https://tracker.test/set',
        setCookies: ['part=1; Secure; Partitioned; Path=/'],
      },
      [
        cdpCookie({
          name: 'part',
          value: '1',
          domain: 'tracker.test',
          secure: true,
          partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
        }),
      ],
    )
    expect(outcomes(part)).toEqual([{ status: 'stored' }])
    expect(part.storeChanges.map((c) => [c.type, c.cause.by])).toEqual([['added', 'response']])
  })

  it('is not stored when the only cookie of that name is in another partition than its own', async () => {
    const { browser } = await setup()
    const other = { topLevelSite: 'https://localhost', hasCrossSiteAncestor: true }
    const own = { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true }
    const stored = cdpCookie({
      name: 'part',
      value: '1',
      domain: 'tracker.test',
      secure: true,
      partitionKey: other,
    })
    await exchange(
      browser,
      {
        requestId: 'q1',
        url: 'https://tracker.test/set',
        setCookies: ['part=1; Secure; Partitioned; Path=/'],
        cookiePartitionKey: other,
      },
      [stored],
    )
    const part = await exchange(
      browser,
      {
        requestId: 'q2',
        url: 'https://tracker.test/set',
        setCookies: ['part=1; Secure; Partitioned; Path=/'],
        cookiePartitionKey: own,
      },
      [stored],
    )
    expect(outcomes(part)[0]?.status).toBe('notStored')
  })

  it('stays stored when the store holds it with the value the line set', async () => {
    const { browser } = await setup()
    const set = await exchange(browser, { requestId: 's', setCookies: ['userID=alice; Path=/'] }, [
      cdpCookie({ name: 'userID', value: 'alice' }),
    ])
    expect(outcomes(set)).toEqual([{ status: 'stored' }])
  })

  it('shows a Latin-1 value cut at its first byte that is not UTF-8, asked and held', async () => {
    const { browser } = await setup()
    // CDP hands header bytes over one per character: 0xE9 arrives as U+00E9.
    const set = await exchange(browser, { requestId: 'u', setCookies: ['utf=caf\u00e9; Path=/'] }, [
      cdpCookie({ name: 'utf', value: 'caf' }),
    ])
    expect(outcomes(set)).toEqual([
      {
        status: 'stored',
        held: [{ code: 'heldValueCut', params: { asked: 'café', held: 'caf', byte: '0xE9' } }],
      },
    ])
    expect(set.storeChanges.map((c) => [c.type, c.cookie.value, c.cause.by])).toEqual([
      ['added', 'caf', 'response'],
    ])
  })

  it('shows an expiry of 600 days capped at 400, with both dates', async () => {
    const { browser } = await setup()
    const asked = T0 + 600 * DAY_MS
    const held = T0 + 400 * DAY_MS
    const set = await exchange(
      browser,
      {
        requestId: 'e',
        setCookies: [`long=1; Expires=${new Date(asked).toUTCString()}; Path=/`],
      },
      [cdpCookie({ name: 'long', value: '1', expires: held / 1000 })],
    )
    expect(outcomes(set)).toEqual([
      {
        status: 'stored',
        held: [{ code: 'heldExpiryCapped', params: { asked, held, days: 400 } }],
      },
    ])
  })

  it('shows a Max-Age over 400 days capped too', async () => {
    const { browser } = await setup()
    const set = await exchange(
      browser,
      { requestId: 'm', setCookies: [`long=1; Max-Age=${500 * 86400}; Path=/`] },
      [cdpCookie({ name: 'long', value: '1', expires: (T0 + 400 * DAY_MS) / 1000 })],
    )
    const [outcome] = outcomes(set)
    expect(outcome?.status === 'stored' && outcome.held?.map((h) => h.code)).toEqual([
      'heldExpiryCapped',
    ])
  })

  it('credits Domain=127.0.0.1 stored host-only to its row, and writes no script row', async () => {
    const { browser, capture } = await setup()
    const set = await exchange(
      browser,
      { requestId: 'd', setCookies: ['site=1; Domain=127.0.0.1; Path=/'] },
      [cdpCookie({ name: 'site', value: '1', domain: '127.0.0.1' })],
    )
    expect(set.storeChanges.map((c) => [c.type, c.cookie.name, c.cause])).toEqual([
      ['added', 'site', { by: 'response', entryId: set.id }],
    ])
    expect(capture.entries().filter((e) => e.kind === 'script-write')).toEqual([])
    expect(outcomes(set)).toEqual([
      {
        status: 'stored',
        held: [{ code: 'heldHostOnly', params: { asked: '127.0.0.1', host: '127.0.0.1' } }],
      },
    ])
  })

  it('keeps a line a later line of the same response replaced: stored, replaced', async () => {
    const { browser } = await setup()
    const set = await exchange(
      browser,
      { requestId: 'r', setCookies: ['a=1; Path=/', 'a=2; Path=/'] },
      [cdpCookie({ name: 'a', value: '2' })],
    )
    expect(outcomes(set)).toEqual([{ status: 'stored', replacedBy: set.id }, { status: 'stored' }])
  })

  it('keeps a line a later exchange replaced before the store was read', async () => {
    const { browser, capture } = await setup()
    browser.cookies = [cdpCookie({ name: 'a', value: '2' })]
    // Both responses arrive before any read: the store only ever shows the second value.
    for (const [id, value] of [
      ['x1', '1'],
      ['x2', '2'],
    ] as const) {
      const spec = { at: T0, url: 'http://127.0.0.1:5000/set', requestId: id }
      for (const event of exchangeEvents({ ...spec, setCookies: [`a=${value}; Path=/`] })) {
        browser.emit(event.method, event.params)
      }
    }
    await capture.settled()
    const first = exchangeById(capture.entries(), 'x1:0')
    const second = exchangeById(capture.entries(), 'x2:0')
    expect(outcomes(first)).toEqual([{ status: 'stored', replacedBy: second.id }])
    expect(outcomes(second)).toEqual([{ status: 'stored' }])
  })

  it('leaves a line that deletes its cookie as the browser said', async () => {
    const { browser } = await setup()
    const del = await exchange(
      browser,
      { requestId: 'x', setCookies: ['userID=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/'] },
      [],
    )
    expect(outcomes(del)).toEqual([{ status: 'stored' }])
  })

  it('says the browser’s verdict until a read sent after the response, then re-publishes', async () => {
    const { browser, capture } = await setup()
    // A read already on its way when the response is heard cannot judge it: hold its answer.
    const send = browser.send as (method: string, params?: unknown) => Promise<unknown>
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    let sentReads = 0
    browser.send = ((method: string, params?: unknown) => {
      if (method !== 'Network.getAllCookies') return send(method, params)
      sentReads += 1
      return gate.then(() => send(method, params))
    }) as FakeBrowser['send']
    const early = capture.readStore()
    for (let tick = 0; tick < 100 && sentReads === 0; tick += 1) await Promise.resolve()
    expect(sentReads).toBe(1)
    const published: Exchange[] = []
    capture.subscribe({ entry: (e) => e.kind === 'exchange' && published.push(e) })
    const spec = { at: T0, url: 'http://127.0.0.1:5000/set', requestId: 'g' }
    for (const event of exchangeEvents({ ...spec, setCookies: ['part=1; Partitioned; Path=/'] })) {
      browser.emit(event.method, event.params)
    }
    release()
    await early
    expect(outcomes(exchangeById(capture.entries(), 'g:0'))).toEqual([{ status: 'stored' }])
    await capture.readStore()
    await capture.settled()
    expect(outcomes(exchangeById(capture.entries(), 'g:0'))[0]?.status).toBe('notStored')
    expect(published.at(-1)?.setCookies[0]?.outcome.status).toBe('notStored')
  })

  it('keeps the checked verdict when the journal rebuilds the exchange', async () => {
    const { browser, capture } = await setup()
    const events = exchangeEvents({
      at: T0,
      url: 'http://127.0.0.1:5000/set',
      requestId: 'k',
      setCookies: ['part=1; Partitioned; Path=/'],
    })
    const finished = events.findIndex((event) => event.method === 'Network.loadingFinished')
    for (const event of events.slice(0, finished)) browser.emit(event.method, event.params)
    await capture.readStore()
    expect(outcomes(exchangeById(capture.entries(), 'k:0'))[0]?.status).toBe('notStored')
    for (const event of events.slice(finished)) browser.emit(event.method, event.params)
    await capture.settled()
    const done = exchangeById(capture.entries(), 'k:0')
    expect(done.state).toBe('complete')
    expect(outcomes(done)[0]?.status).toBe('notStored')
  })
})
