// A page cannot grow capture's memory without bound: long URLs and header values are kept as
// their start with the bytes cut counted, facts are read from the whole text first, and past
// the header budget older exchanges lose their raw header lines (never their cookie facts, never
// their place in the timeline).

import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_KEPT_BYTES } from '../../../src/core/capture/kept-text'
import { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { Exchange } from '../../../src/shared/domain'
import { exchangeEvents, type CdpEvent, type ExchangeSpec } from './cdp-events'
import { attachedCapture, cdpCookie, FakeBrowser } from './fake-browser'

let capture: PaneCapture | undefined
afterEach(() => capture?.close())

const T0 = Date.UTC(2026, 10, 25, 12)
const MB = 1024 * 1024

/** A string of its own (as JSON.parse gives for each CDP message), not a view of a shared one. */
const fresh = (text: string) => JSON.parse(JSON.stringify(text)) as string

function emit(
  browser: FakeBrowser,
  spec: ExchangeSpec,
  responseHeaders: Record<string, string> = {},
): void {
  for (const event of exchangeEvents(spec)) {
    if (event.method === 'Network.responseReceivedExtraInfo') {
      const params = event.params as { headers: Record<string, string> }
      params.headers = { ...params.headers, ...responseHeaders }
    }
    browser.emit(event.method, event.params as CdpEvent['params'])
  }
}

const exchanges = (capture: PaneCapture) =>
  capture.entries().filter((entry): entry is Exchange => entry.kind === 'exchange')

describe('long text', () => {
  it('keeps the start of a 1 MB URL and counts the bytes cut', async () => {
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    const url = `http://127.0.0.1/?q=${'x'.repeat(MB)}`
    emit(attached.browser, { requestId: 'r1', at: T0, url, type: 'Fetch' })
    const [exchange] = exchanges(capture)
    expect(exchange!.url).toBe(url.slice(0, MAX_KEPT_BYTES))
    expect(exchange!.urlCutBytes).toBe(url.length - MAX_KEPT_BYTES)
  })

  it('reads a long Set-Cookie line and Cookie header whole, then keeps their start', async () => {
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    const huge = `big=${'v'.repeat(MB)}; Path=/`
    // 60 cookies of 200 bytes: a 12 KB Cookie header, over what capture keeps of one value.
    const pairs = Array.from({ length: 60 }, (_, i) => `c${i}=${'p'.repeat(200)}`)
    emit(
      attached.browser,
      {
        requestId: 'r1',
        at: T0,
        url: 'http://127.0.0.1/set',
        cookie: pairs.join('; '),
        setCookies: [huge],
        blocked: [{ cookieLine: huge, reasons: ['NameValuePairExceedsMaxSize'] }],
      },
      { 'X-Padding': 'h'.repeat(MB) },
    )
    const [exchange] = exchanges(capture)
    const [line] = exchange!.setCookies
    // The verdict and the problem come from the whole line.
    expect(line!.outcome.status).toBe('blocked')
    expect(line!.problems).toContainEqual({
      code: 'nameValueTooLong',
      params: { bytes: MB + 3, max: 4096 },
    })
    expect(line!.raw).toHaveLength(MAX_KEPT_BYTES)
    expect(line!.cutBytes).toBe(huge.length - MAX_KEPT_BYTES)
    expect(line!.parsed!.value.length).toBeLessThanOrEqual(MAX_KEPT_BYTES)
    // Every pair was read; the header text itself is cut.
    expect(exchange!.cookiePairs).toHaveLength(60)
    expect(exchange!.cookiePairs.at(-1)).toEqual({ name: 'c59', value: 'p'.repeat(200) })
    expect(exchange!.cookieHeader).toHaveLength(MAX_KEPT_BYTES)
    expect(exchange!.cookieHeaderCutBytes).toBe(pairs.join('; ').length - MAX_KEPT_BYTES)
    const padding = exchange!.responseHeaders!.find((header) => header.name === 'X-Padding')
    expect(padding).toEqual({
      name: 'X-Padding',
      value: 'h'.repeat(MAX_KEPT_BYTES),
      cutBytes: MB - MAX_KEPT_BYTES,
    })
  })

  it('keeps 300 fetches with 128 KiB URLs in a few MB of heap', async () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    gc()
    const before = process.memoryUsage().heapUsed
    // 38 MB of URLs (1 MB each would take this test half a minute to build).
    const long = 'x'.repeat(128 * 1024)
    for (let i = 0; i < 300; i += 1) {
      const url = fresh(`http://127.0.0.1/?n=${i}&q=${long}`)
      emit(attached.browser, { requestId: `r${i}`, at: T0, url, type: 'Fetch' })
    }
    gc()
    const growth = process.memoryUsage().heapUsed - before
    expect(exchanges(capture)).toHaveLength(300)
    console.log(`[capture-memory] 300 × 128 KiB URLs: heap +${(growth / MB).toFixed(1)} MB`)
    // 300 × 8 KiB of them are kept, with the rest of each exchange.
    expect(growth).toBeLessThan(12 * MB)
    expect(JSON.stringify(capture.entries()).length).toBeLessThan(4 * MB)
  }, 30_000)
})

describe('the header budget', () => {
  it('releases the oldest exchanges’ raw headers past it, and keeps every exchange and fact', async () => {
    const browser = new FakeBrowser()
    capture = new PaneCapture({
      now: () => T0,
      storePollMs: 0,
      storeReadDelayMs: 0,
      headerBudgetBytes: 256 * 1024,
    })
    await capture.attach(browser)
    // 40 responses, each with 8 headers of 4 KiB (32 KiB) and one cookie: 1.25 MiB of headers.
    const padding = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`X-Pad-${i}`, 'h'.repeat(4096)]),
    )
    for (let i = 0; i < 40; i += 1) {
      browser.cookies = [...browser.cookies, cdpCookie({ name: `k${i}`, value: `${i}` })]
      emit(
        browser,
        {
          requestId: `r${i}`,
          at: T0,
          url: `http://127.0.0.1/set?${i}`,
          setCookies: [`k${i}=${i}`],
        },
        padding,
      )
      await capture.readStore()
    }
    const all = exchanges(capture)
    expect(all).toHaveLength(40)
    const kept = all.filter((exchange) => exchange.headersReleasedBytes === undefined)
    const released = all.filter((exchange) => exchange.headersReleasedBytes !== undefined)
    const keptBytes = kept
      .flatMap((exchange) => [...exchange.requestHeaders!, ...exchange.responseHeaders!])
      .reduce((sum, line) => sum + line.name.length + line.value.length, 0)
    expect(keptBytes).toBeLessThanOrEqual(256 * 1024)
    // The oldest went first, the newest are whole.
    expect(released.length).toBeGreaterThan(25)
    expect(all.at(0)!.headersReleasedBytes).toBeGreaterThan(8 * 4096)
    expect(all.at(-1)!.responseHeaders).toHaveLength(10)
    for (const exchange of released) {
      expect(exchange.requestHeaders).toEqual([])
      expect(exchange.responseHeaders).toEqual([])
      // Its cookie facts stay, and the change it caused is still credited to it.
      expect(exchange.setCookies.map((line) => line.raw)).toEqual([
        `k${exchange.requestId.slice(1)}=${exchange.requestId.slice(1)}`,
      ])
      expect(exchange.storeChanges.map((change) => change.cause.by)).toEqual(['response'])
    }
  })
})
