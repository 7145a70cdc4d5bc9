import { describe, expect, it } from 'vitest'
import type { CookieIssue } from '../../../src/shared/domain'
import {
  describeExemptions,
  describePartitions,
  explainCookieIssue,
  explainIssueReason,
  issueMarkerLabel,
} from '../../../src/shared/explain/cookie-issues'
import { considered, makeCookie, makeExchange, makeSetCookieLine } from '../factories'
import protocol from 'devtools-protocol/json/browser_protocol.json'

/** Every reason and exemption this devtools-protocol version lists. */
function protocolEnum(domain: string, type: string): string[] {
  const { domains } = protocol as {
    domains: Array<{ domain: string; types?: Array<{ id: string; enum?: string[] }> }>
  }
  const found = domains.find((d) => d.domain === domain)?.types?.find((t) => t.id === type)?.enum
  if (!found) throw new Error(`${domain}.${type} is not in the protocol`)
  return found
}

const issue = (overrides: Partial<CookieIssue> = {}): CookieIssue => ({
  operation: 'ReadCookie',
  cookie: { name: 'sid', domain: 'www.shop.test', path: '/' },
  rawCookieLine: null,
  warningReasons: [],
  exclusionReasons: [],
  siteForCookies: 'http://shop.test/',
  cookieUrl: 'http://www.shop.test:5123/setcookie',
  insight: null,
  ...overrides,
})

describe('cookie issue reasons in words', () => {
  it('has its own words, not the general sentence, for every reason the protocol lists', () => {
    const reasons = [
      ...protocolEnum('Audits', 'CookieWarningReason'),
      ...protocolEnum('Audits', 'CookieExclusionReason'),
    ]
    expect(reasons.length).toBeGreaterThan(15)
    for (const reason of reasons) {
      const words = explainIssueReason(reason, 'warning')
      expect(words.known, reason).toBe(true)
      expect(words.meaning.length, reason).toBeGreaterThan(40)
      expect(words.fix, reason).not.toMatch(/no words/)
    }
  })

  it('explains the two-minute Lax+POST allowance that made it work right after login', () => {
    const words = explainIssueReason('WarnSameSiteUnspecifiedLaxAllowUnsafe', 'warning')
    expect(words.summary).toBe('sent by the 2-minute Lax+POST allowance')
    expect(words.meaning).toMatch(/less than two minutes ago/)
    expect(words.meaning).toMatch(/worked right after login/)
    expect(words.fix).toMatch(/SameSite=None; Secure/)
  })

  it('shows an unknown reason raw, with a general sentence', () => {
    const words = explainIssueReason('WarnSomethingChromiumAddsLater', 'exclusion')
    expect(words).toMatchObject({ known: false, summary: 'WarnSomethingChromiumAddsLater' })
    expect(words.kindLabel).toBe('excluded')
    expect(words.meaning).toMatch(
      /“WarnSomethingChromiumAddsLater”, a reason Cookie Lab has no words/,
    )
  })

  it('still words the SameParty reasons Chromium removed, which an older Electron sends', () => {
    expect(explainIssueReason('ExcludeSamePartyCrossPartyContext', 'exclusion').known).toBe(true)
    expect(explainIssueReason('ExcludeInvalidSameParty', 'exclusion').known).toBe(true)
  })
})

describe('an issue on its exchange', () => {
  it('finds the cookie a ReadCookie issue is about, exclusions before warnings', () => {
    const sid = makeCookie({ name: 'sid', value: '1', domain: 'www.shop.test' })
    const exchange = makeExchange({ considered: [considered(makeCookie()), considered(sid)] })
    const words = explainCookieIssue(
      issue({
        warningReasons: ['WarnSameSiteUnspecifiedCrossSiteContext'],
        exclusionReasons: ['ExcludeSameSiteUnspecifiedTreatedAsLax'],
      }),
      exchange,
    )
    expect(words.target).toBe('On the cookie sid, considered for this request')
    expect(words.considered?.cookie).toBe(sid)
    expect(words.line).toBeNull()
    expect(words.reasons.map((r) => [r.kind, r.reason])).toEqual([
      ['exclusion', 'ExcludeSameSiteUnspecifiedTreatedAsLax'],
      ['warning', 'WarnSameSiteUnspecifiedCrossSiteContext'],
    ])
  })

  it('finds the Set-Cookie line of a SetCookie issue by its raw line, else by name', () => {
    const long = makeSetCookieLine('long=1; Path=/pppp', { name: 'long', value: '1' })
    const other = makeSetCookieLine('x=1', { name: 'x', value: '1' })
    const exchange = makeExchange({ setCookies: [other, long] })
    const byName = explainCookieIssue(
      issue({ operation: 'SetCookie', cookie: { name: 'long', domain: 'a.test', path: '/' } }),
      exchange,
    )
    expect(byName.line).toBe(long)
    expect(byName.target).toBe('On the Set-Cookie line for long')
    const byLine = explainCookieIssue(
      issue({ operation: 'SetCookie', cookie: null, rawCookieLine: 'x=1' }),
      exchange,
    )
    expect(byLine.line).toBe(other)
    expect(byLine.target).toBe('On the Set-Cookie line for x=1')
  })

  it("says a script's issue is a script's, and ties it to no line of the page's response", () => {
    const exchange = makeExchange({
      setCookies: [makeSetCookieLine('scr=1', { name: 'scr', value: '1' })],
    })
    const words = explainCookieIssue(
      issue({
        operation: 'SetCookie',
        byScript: true,
        cookie: { name: 'scr', domain: '127.0.0.1', path: '/' },
      }),
      exchange,
    )
    expect(words.target).toBe(
      'On the cookie scr, which a script on this page used (document.cookie)',
    )
    expect(words.line).toBeNull()
  })

  it('shows an unknown operation, insight and fields raw', () => {
    const words = explainCookieIssue(
      issue({
        operation: 'StoreCookie',
        insight: { type: 'SomeNewInsight', tableEntryUrl: null },
        otherFields: ['cookieFutureDetail: {"note":"x"}'],
      }),
      makeExchange(),
    )
    expect(words.target).toMatch(/operation “StoreCookie”, which Cookie Lab has no words for yet/)
    expect(words.insight).toMatch(/“SomeNewInsight”/)
    expect(words.otherFields).toMatch(/cookieFutureDetail: \{"note":"x"\}/)
    const grace = explainCookieIssue(
      issue({ insight: { type: 'GracePeriod', tableEntryUrl: null } }),
      makeExchange(),
    )
    expect(grace.insight).toMatch(/grace period/)
  })

  it('counts issues for the timeline marker', () => {
    expect(issueMarkerLabel(1)).toBe('1 cookie warning')
    expect(issueMarkerLabel(3)).toBe('3 cookie warnings')
  })
})

describe('exemptions and partitions in words', () => {
  it('says which exception let each cookie through, known or not', () => {
    const sentences = describeExemptions(
      makeExchange({
        considered: [
          { ...considered(makeCookie({ name: 'tp' })), exemptionReason: 'StorageAccess' },
          considered(makeCookie({ name: 'plain' })),
        ],
        exemptedSetCookies: [{ cookieLine: 'x=1', reason: 'SomeFutureException' }],
      }),
    )
    expect(sentences).toEqual([
      expect.stringMatching(/^The cookie tp was sent only because .*Storage Access API/),
      expect.stringMatching(
        /^The line “x=1” was stored only because of the exception “SomeFutureException”/,
      ),
    ])
  })

  it('names the partition only for a response that set a Partitioned cookie', () => {
    const key = { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true }
    const partitioned = makeSetCookieLine('pid=1; Secure; Partitioned', {
      name: 'pid',
      value: '1',
      secure: true,
      partitioned: true,
    })
    const plain = makeSetCookieLine('a=1', { name: 'a', value: '1' })
    const cookiePartition = { key, opaque: false }
    expect(describePartitions(makeExchange({ setCookies: [plain], cookiePartition }))).toEqual([])
    expect(
      describePartitions(makeExchange({ setCookies: [partitioned], cookiePartition })),
    ).toEqual([
      expect.stringMatching(
        /jar of the top-level site https:\/\/shop\.test \(inside a cross-site frame\): only pages under https:\/\/shop\.test see it/,
      ),
    ])
    expect(
      describePartitions(
        makeExchange({
          url: 'https://tracker.test:8443/cookies',
          siteHasCookieInOtherPartition: true,
        }),
      ),
    ).toEqual([expect.stringMatching(/^tracker\.test:8443 has cookies in another partition/)])
  })
})
