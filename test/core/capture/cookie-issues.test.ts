// Chromium's cookie issues (Audits.issueAdded) on their exchanges, the exemptions and the CHIPS
// facts of the ExtraInfo events. The recorded fixtures are Debian's Chromium 156
// (scripts/record-cdp-events.ts cookie-issues); cookie-issue-unknown-codes is that recording
// edited to hold codes and fields no protocol version lists.

import { afterEach, describe, expect, it } from 'vitest'
import type { CdpConnection } from '../../../src/core/capture/cdp-connection'
import { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { Exchange } from '../../../src/shared/domain'
import { WaitingCapture } from '../../support/waiting-capture'
import { exchangeEvents } from './cdp-events'
import { attachedCapture, emitExchange, FakeBrowser, replayedFixture } from './fake-browser'

let capture: PaneCapture | undefined
afterEach(() => capture?.close())

async function replayed(scenario: string) {
  const replay = await replayedFixture(scenario)
  capture = replay.capture
  return replay
}

const issueEvent = (requestId: string | null, name: string, reasons: string[]) => ({
  issue: {
    code: 'CookieIssue',
    details: {
      cookieIssueDetails: {
        cookie: { name, domain: '127.0.0.1', path: '/' },
        cookieWarningReasons: reasons,
        cookieExclusionReasons: [],
        operation: 'ReadCookie',
        cookieUrl: 'http://127.0.0.1/p',
        ...(requestId === null ? {} : { request: { requestId, url: 'http://127.0.0.1/p' } }),
      },
    },
  },
})

describe("Chromium's cookie issues, recorded", () => {
  it('puts the Lax+POST warnings on the cross-site POST and the size warning on its Set-Cookie', async () => {
    const { at, capture } = await replayed('cookie-issues')
    expect(at('/issues/set').cookieIssues).toEqual([
      {
        operation: 'SetCookie',
        cookie: { name: 'long', domain: 'a.test', path: '/issues' },
        rawCookieLine: null,
        warningReasons: ['WarnAttributeValueExceedsMaxSize'],
        exclusionReasons: [],
        siteForCookies: 'http://a.test/',
        cookieUrl: expect.stringMatching(/^http:\/\/a\.test:\d+\/issues\/set$/),
        insight: null,
      },
    ])
    const posted = at('/issues/posted')
    expect(posted.method).toBe('POST')
    expect(
      posted.cookieIssues?.map((issue) => [
        issue.operation,
        issue.cookie?.name,
        issue.warningReasons,
      ]),
    ).toEqual([
      ['ReadCookie', 'long', ['WarnSameSiteUnspecifiedLaxAllowUnsafe']],
      ['ReadCookie', 'recent', ['WarnSameSiteUnspecifiedLaxAllowUnsafe']],
    ])
    // The cookie did go: the warning explains why, it is not a refusal.
    expect(posted.cookiePairs.map((pair) => pair.name).sort()).toEqual(['long', 'recent'])
    expect(at('/issues/form').cookieIssues).toBeUndefined()
    expect(capture.problems()).toEqual([])
  })

  it('keeps unknown reasons, operations, insights and fields raw, and an issue that came first', async () => {
    const recorded = await replayed('cookie-issues')
    const recordedCount = recorded.exchanges.length
    recorded.capture.close()
    const { at, exchanges, capture } = await replayed('cookie-issue-unknown-codes')
    expect(exchanges).toHaveLength(recordedCount)
    const set = at('/issues/set').cookieIssues?.[0]
    expect(set).toMatchObject({
      operation: 'StoreCookie',
      insight: { type: 'SomeNewInsight', tableEntryUrl: 'https://example.invalid/entry' },
      otherFields: ['cookieFutureDetail: {"note":"a field Cookie Lab does not know"}'],
    })
    // This issue arrived before its request's first event, and still found its exchange.
    const recent = at('/issues/posted').cookieIssues?.find((i) => i.cookie?.name === 'recent')
    expect(recent).toMatchObject({
      warningReasons: ['WarnSameSiteUnspecifiedLaxAllowUnsafe', 'WarnSomethingChromiumAddsLater'],
      exclusionReasons: ['ExcludeSamePartyCrossPartyContext'],
    })
    // The issue of another kind is not a cookie's business, and not a problem either.
    expect(capture.problems()).toEqual([])
  })
})

describe('cookie issues, odd and out of order', () => {
  it('adds an issue repeated on reattach (Audits.enable replays them) only once', async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    emitExchange(attached.browser, { requestId: 'r1', url: 'http://127.0.0.1/p', at: 1 })
    const event = issueEvent('r1', 'sid', ['WarnSameSiteUnspecifiedCrossSiteContext'])
    attached.browser.emit('Audits.issueAdded', event)
    attached.browser.emit('Audits.issueAdded', structuredClone(event))
    const [exchange] = capture.entries() as Exchange[]
    expect(exchange?.cookieIssues).toHaveLength(1)
  })

  it("puts a script's issue (no request) on the exchange that loaded its page", async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    emitExchange(attached.browser, { requestId: 'r1', url: 'http://127.0.0.1/p', at: 1 })
    emitExchange(attached.browser, { requestId: 'r2', url: 'http://127.0.0.1/q', at: 2 })
    const event = issueEvent(null, 'scr', ['WarnSameSiteNoneInsecure'])
    attached.browser.emit('Audits.issueAdded', event)
    const [page, other] = capture.entries() as Exchange[]
    expect(page?.cookieIssues).toEqual([
      expect.objectContaining({ byScript: true, cookie: expect.objectContaining({ name: 'scr' }) }),
    ])
    expect(other?.cookieIssues).toBeUndefined()
    expect(capture.problems()).toEqual([])
  })

  it('reports, never drops silently, issues about no request or about one that never came', async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    attached.browser.emit(
      'Audits.issueAdded',
      issueEvent(null, 'fromScript', ['WarnDomainNonASCII']),
    )
    for (let i = 0; i <= 500; i += 1) {
      attached.browser.emit('Audits.issueAdded', issueEvent(`ghost-${i}`, `c${i}`, ['WarnX']))
    }
    const messages = capture.problems().map((problem) => problem.message)
    expect(messages).toEqual([
      expect.stringMatching(/about no request.*fromScript \(WarnDomainNonASCII\)/),
      expect.stringMatching(/whose request never appeared.*c0 \(WarnX\)/),
    ])
    expect(capture.entries()).toEqual([])
    // The 500 that wait still find their exchange when it comes.
    emitExchange(attached.browser, { requestId: 'ghost-500', url: 'http://127.0.0.1/p', at: 1 })
    const [exchange] = capture.entries() as Exchange[]
    expect(exchange?.cookieIssues?.map((issue) => issue.cookie?.name)).toEqual(['c500'])
  })

  it('never throws on malformed issues, and says what was odd', async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    for (const params of [
      null,
      'text',
      { issue: 'text' },
      { issue: { code: 'CookieIssue' } },
      {
        issue: { code: 'CookieIssue', details: { cookieIssueDetails: { request: 7, cookie: 3 } } },
      },
    ]) {
      expect(() => attached.browser.emit('Audits.issueAdded', params)).not.toThrow()
    }
    const messages = capture.problems().map((problem) => problem.message)
    expect(messages.filter((m) => m.includes('has no cookieIssueDetails'))).toHaveLength(1)
    expect(messages.filter((m) => m.includes('about no request'))).toHaveLength(2)
  })

  it('still captures when Chromium will not enable Audits, and says what is missing', async () => {
    const browser = new FakeBrowser()
    const noAudits: CdpConnection = {
      send: ((method: string, params?: unknown) =>
        method === 'Audits.enable'
          ? Promise.reject(new Error("'Audits.enable' wasn't found"))
          : (browser.send as (m: string, p?: unknown) => Promise<unknown>)(
              method,
              params,
            )) as CdpConnection['send'],
      onEvent: (listener) => browser.onEvent(listener),
    }
    capture = new WaitingCapture({ storePollMs: 0 })
    await capture.attach(noAudits)
    emitExchange(browser, { requestId: 'r1', url: 'http://127.0.0.1/p', at: 1 })
    expect(capture.entries()).toHaveLength(1)
    expect(capture.problems().map((problem) => problem.message)).toEqual([
      expect.stringMatching(/cookie issues are not shown: 'Audits.enable' wasn't found/),
    ])
  })
})

describe('exemptions and partitions from the ExtraInfo events', () => {
  it('keeps exemption reasons, the partition of set cookies, and cookies in another partition', async () => {
    const attached = await attachedCapture()
    capture = attached.capture
    const cookie = {
      name: 'tp',
      value: '1',
      domain: 'tracker.test',
      path: '/',
      expires: -1,
      size: 3,
    }
    for (const event of exchangeEvents({
      requestId: 'r1',
      url: 'https://tracker.test/set',
      at: 1,
      setCookies: ['tp=1; Secure; SameSite=None', 'pid=1; Secure; Partitioned; SameSite=None'],
    })) {
      if (event.method === 'Network.requestWillBeSentExtraInfo') {
        Object.assign(event.params, {
          associatedCookies: [
            { cookie, blockedReasons: [], exemptionReason: 'StorageAccess' },
            { cookie: { ...cookie, name: 'plain' }, blockedReasons: [], exemptionReason: 'None' },
          ],
          siteHasCookieInOtherPartition: true,
        })
      }
      if (event.method === 'Network.responseReceivedExtraInfo') {
        Object.assign(event.params, {
          exemptedCookies: [
            { exemptionReason: 'UserSetting', cookieLine: 'tp=1; Secure; SameSite=None', cookie },
            { exemptionReason: 'SomeFutureException', cookieLine: 'x=1' },
            { exemptionReason: 'None', cookieLine: 'y=1' },
          ],
          cookiePartitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
          cookiePartitionKeyOpaque: false,
        })
      }
      attached.browser.emit(event.method, event.params)
    }
    const [exchange] = capture.entries() as Exchange[]
    expect(exchange?.considered.map((c) => [c.cookie.name, c.exemptionReason])).toEqual([
      ['tp', 'StorageAccess'],
      ['plain', undefined],
    ])
    expect(exchange?.exemptedSetCookies).toEqual([
      { cookieLine: 'tp=1; Secure; SameSite=None', reason: 'UserSetting' },
      { cookieLine: 'x=1', reason: 'SomeFutureException' },
    ])
    expect(exchange?.cookiePartition).toEqual({
      key: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
      opaque: false,
    })
    expect(exchange?.siteHasCookieInOtherPartition).toBe(true)
    expect(capture.problems()).toEqual([])
  })

  it('names no partition for a response that sets no cookie (Chromium names one on every response)', async () => {
    const { exchanges } = await replayed('cookie-issues')
    const form = exchanges.find((exchange) => exchange.url.endsWith('/issues/form'))
    expect(form?.cookiePartition).toBeUndefined()
    const set = exchanges.find((exchange) => exchange.url.endsWith('/issues/set'))
    expect(set?.cookiePartition).toEqual({
      key: { topLevelSite: 'http://a.test', hasCrossSiteAncestor: false },
      opaque: false,
    })
  })
})
