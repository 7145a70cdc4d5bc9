// The capture core attached to a real page in Debian's Chromium through playwright-core's
// CDPSession, against a tiny loopback server of its own: what the unit tests replay, live.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { ScriptWrite, TimelineEntry } from '../../src/shared/domain'
import { exchangesIn, latestComplete } from '../support/captured'
import { launchChromium } from '../support/chromium'
import { playwrightCdpConnection } from '../../src/browser-host/playwright-cdp'
import { WaitingCapture } from '../support/waiting-capture'

const ROUTES: Record<
  string,
  (req: IncomingMessage) => {
    status?: number
    headers?: Record<string, string | string[]>
    body?: string
  }
> = {
  '/set': () => ({ headers: { 'Set-Cookie': 'userID=alice; Path=/' } }),
  '/get': (req) => ({ body: `Cookie: ${req.headers.cookie ?? '(none)'}` }),
  '/delete': () => ({
    headers: { 'Set-Cookie': 'userID=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/' },
  }),
  '/login': () => ({
    status: 302,
    headers: { Location: '/get', 'Set-Cookie': 'session=s1; Path=/; HttpOnly' },
  }),
  '/none': () => ({
    headers: { 'Set-Cookie': ['tracker=1; SameSite=None; Path=/', 'ok=1; Path=/'] },
  }),
  '/page': () => ({}),
}

function serve(req: IncomingMessage, res: ServerResponse): void {
  const route = ROUTES[new URL(req.url ?? '/', 'http://127.0.0.1').pathname]
  const reply = route?.(req) ?? { status: 404 }
  res.writeHead(reply.status ?? 200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...reply.headers,
  })
  res.end(`<!doctype html><link rel="icon" href="data:,"><p>${reply.body ?? req.url}</p>`)
}

let server: Server
let origin: string
let browser: Browser
let context: BrowserContext
let page: Page
let capture: WaitingCapture

beforeAll(async () => {
  server = createServer(serve)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})
beforeEach(async () => {
  context = await browser.newContext()
  page = await context.newPage()
  capture = new WaitingCapture({ storePollMs: 100 })
  // Attached before the first navigation, as the app does.
  await capture.attach(playwrightCdpConnection(await context.newCDPSession(page)))
})
afterEach(async () => {
  capture?.close()
  await context?.close()
})

/** The latest complete exchange for a path, once capture has it. */
const exchangeFor = (path: string) => latestComplete(capture, (e) => e.url === `${origin}${path}`)

const hasCookie = (name: string, value?: string) =>
  capture.store().some((c) => c.name === name && (value === undefined || c.value === value))

describe('capture in real Chromium', () => {
  it('sees a set, the Cookie header that follows, and the deletion, each credited', async () => {
    await page.goto(`${origin}/set`)
    const set = await exchangeFor('/set')
    expect(set.setCookies.map((l) => [l.raw, l.outcome])).toEqual([
      ['userID=alice; Path=/', { status: 'stored' }],
    ])
    await capture.waitFor(() => hasCookie('userID', 'alice'))
    await capture.waitFor(() =>
      capture.entries().some((e) => e.id === set.id && e.storeChanges.length > 0),
    )
    expect(capture.entries().find((e) => e.id === set.id)?.storeChanges).toEqual([
      expect.objectContaining({ type: 'added', cause: { by: 'response', entryId: set.id } }),
    ])

    await page.goto(`${origin}/get`)
    const get = await exchangeFor('/get')
    expect(get.cookieHeader).toBe('userID=alice')
    expect(get.considered.map((c) => [c.cookie.name, c.blockedReasons])).toEqual([['userID', []]])

    await page.goto(`${origin}/delete`)
    const del = await exchangeFor('/delete')
    await capture.waitFor(() => !hasCookie('userID'))
    await capture.settled()
    const removal = capture.entries().find((e) => e.id === del.id)?.storeChanges[0]
    expect(removal).toMatchObject({ type: 'removed', cause: { by: 'response', entryId: del.id } })

    await page.goto(`${origin}/get`)
    await capture.waitFor(
      (entries) =>
        exchangesIn(entries).filter((e) => e.url === `${origin}/get` && e.state === 'complete')
          .length === 2,
    )
    const again = await exchangeFor('/get')
    expect(again.requestHeaders).not.toBeNull()
    expect(again.cookieHeader).toBeNull()
    expect(capture.entries().filter((e) => e.kind === 'script-write')).toEqual([])
    expect(capture.storeAfter(set.id)?.map((c) => c.name)).toEqual(['userID'])
    expect(capture.storeAfter(del.id)).toEqual([])
  })

  it('reports document.cookie as a script write, found by the poll alone', async () => {
    await page.goto(`${origin}/page`)
    await exchangeFor('/page')
    // A string, so this file needs no DOM types: it runs in the page.
    await page.evaluate("document.cookie = 'theme=dark; path=/'")
    const isWrite = (e: TimelineEntry): e is ScriptWrite =>
      e.kind === 'script-write' && e.storeChanges.some((c) => c.cookie.name === 'theme')
    await capture.waitFor((entries) => entries.some(isWrite), 5_000)
    const write = capture.entries().find(isWrite)!
    expect(write.pageUrl).toBe(`${origin}/page`)
    expect(write.storeChanges.map((c) => [c.type, c.cookie.value, c.cause])).toEqual([
      ['added', 'dark', { by: 'script' }],
    ])
  })

  it('splits a redirect into hops and shows a SameSite=None cookie blocked', async () => {
    await page.goto(`${origin}/login`)
    await capture.waitFor((entries) =>
      exchangesIn(entries).some((e) => e.url === `${origin}/get` && e.state === 'complete'),
    )
    const [login, landing] = exchangesIn(capture.entries())
    expect([login?.status, login?.hop, landing?.hop, landing?.requestId]).toEqual([
      302,
      0,
      1,
      login?.requestId,
    ])
    expect(login?.setCookies[0]?.raw).toBe('session=s1; Path=/; HttpOnly')
    expect(landing?.cookieHeader).toBe('session=s1')
    await capture.waitFor(() =>
      capture.entries().some((e) => e.id === login?.id && e.storeChanges.length === 1),
    )

    await page.goto(`${origin}/none`)
    const none = await exchangeFor('/none')
    expect(none.setCookies.map((l) => [l.parsed?.name, l.outcome])).toEqual([
      ['tracker', { status: 'blocked', reasons: ['SameSiteNoneInsecure'] }],
      ['ok', { status: 'stored' }],
    ])
  })

  it('edits the store for the next request, and shows a detach as a gap', async () => {
    await capture.setCookie({
      name: 'userID',
      value: 'carol',
      domain: '127.0.0.1',
      path: '/',
      expires: null,
      httpOnly: false,
      secure: false,
      sameSite: null,
    })
    await page.goto(`${origin}/get`)
    expect((await exchangeFor('/get')).cookieHeader).toBe('userID=carol')
    await expect(
      capture.setCookie({
        name: 'bad',
        value: '1',
        domain: '127.0.0.1',
        path: '/',
        expires: null,
        httpOnly: false,
        secure: false,
        sameSite: 'None',
      }),
    ).rejects.toThrow('SameSite=None needs Secure')

    capture.detach({ code: 'debuggerDetached', params: { detail: 'DevTools opened' } })
    await page.evaluate("document.cookie = 'during=gap; path=/'")
    await capture.attach(playwrightCdpConnection(await context.newCDPSession(page)))
    const gap = capture.entries().find((e) => e.kind === 'capture-gap')
    expect(gap).toMatchObject({
      reason: { code: 'debuggerDetached', params: { detail: 'DevTools opened' } },
      endedAt: expect.any(Number),
    })
    expect(gap?.storeChanges.map((c) => [c.cookie.name, c.cause.by])).toEqual([
      ['during', 'browser'],
    ])
  })
})
