import { describe, expect, it } from 'vitest'
import { cookieKeyOf } from '../../src/shared/domain'
import {
  issuesByCookie,
  NEAR_LIMIT_BYTES,
  type IssueSource,
} from '../../src/renderer/src/inspector-issues'
import { considered, makeChange, makeCookie, makeExchange, makeSetCookieLine } from './factories'

const alice = makeCookie({ name: 'userID', value: 'alice' })
const codes = (map: ReadonlyMap<string, readonly { code: string }[]>, cookie = alice) =>
  (map.get(cookieKeyOf(cookie)) ?? []).map((issue) => issue.code)

describe('issuesByCookie: what the store shows', () => {
  it('finds SameSite=None without Secure, bytes outside ASCII, and a size near the limit', () => {
    const none = makeCookie({ name: 'none', sameSite: 'None', secure: false })
    const noneSecure = makeCookie({ name: 'ok', sameSite: 'None', secure: true })
    const utf = makeCookie({ name: 'utf', value: 'héllo—日本' })
    const big = makeCookie({ name: 'big', size: NEAR_LIMIT_BYTES })
    const small = makeCookie({ name: 'small', size: NEAR_LIMIT_BYTES - 1 })
    const issues = issuesByCookie({ cookies: [none, noneSecure, utf, big, small], entries: [] })
    expect(codes(issues, none)).toEqual(['inspector.issue.sameSiteNoneWithoutSecure'])
    expect(codes(issues, utf)).toEqual(['inspector.issue.valueBytes'])
    expect(issues.get(cookieKeyOf(big))).toEqual([
      { code: 'inspector.issue.nearSizeLimit', bytes: NEAR_LIMIT_BYTES, max: 4096 },
    ])
    expect(issues.has(cookieKeyOf(noneSecure))).toBe(false)
    expect(issues.has(cookieKeyOf(small))).toBe(false)
  })
})

describe('issuesByCookie: what the newest exchanges say', () => {
  it('names a cookie the newest request that considered it did not send', () => {
    const entries = [
      makeExchange({ seq: 1, considered: [considered(alice)] }),
      makeExchange({ seq: 2, considered: [considered(alice, ['SameSiteStrict'])] }),
    ]
    expect(issuesByCookie({ cookies: [alice], entries }).get(cookieKeyOf(alice))).toEqual([
      { code: 'inspector.issue.notSent', seq: 2, reasons: ['SameSiteStrict'] },
    ])
  })

  it('forgets an old refusal once a newer request carried it', () => {
    const entries = [
      makeExchange({ seq: 1, considered: [considered(alice, ['SameSiteStrict'])] }),
      makeExchange({ seq: 2, considered: [considered(alice)] }),
    ]
    expect(issuesByCookie({ cookies: [alice], entries }).size).toBe(0)
  })

  it('does not count a path or domain that does not match: that is the rule doing its job', () => {
    const entries = [
      makeExchange({ seq: 1, considered: [considered(alice, ['SameSiteLax'])] }),
      makeExchange({ seq: 2, considered: [considered(alice, ['NotOnPath'])] }),
      makeExchange({ seq: 3, considered: [considered(alice, ['DomainMismatch'])] }),
    ]
    // The newest verdict that says something is #1's.
    expect(codes(issuesByCookie({ cookies: [alice], entries }))).toEqual([
      'inspector.issue.notSent',
    ])
    const onlyRules = entries.slice(1)
    expect(issuesByCookie({ cookies: [alice], entries: onlyRules }).size).toBe(0)
  })

  it('tells the two partitions of one name apart', () => {
    const shop = makeCookie({
      name: 'chip',
      domain: 'tracker.test',
      partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
    })
    const local = {
      ...shop,
      partitionKey: { ...shop.partitionKey!, topLevelSite: 'https://localhost' },
    }
    const entries = [makeExchange({ considered: [considered(shop, ['ThirdPartyPhaseout'])] })]
    const issues = issuesByCookie({ cookies: [shop, local], entries })
    expect(codes(issues, shop)).toEqual(['inspector.issue.notSent'])
    expect(issues.has(cookieKeyOf(local))).toBe(false)
  })

  it('names a stored cookie whose newest Set-Cookie line was refused', () => {
    const refused = makeSetCookieLine(
      'userID=bob; SameSite=None',
      { name: 'userID', value: 'bob', sameSite: 'None' },
      { status: 'blocked', reasons: ['SameSiteNoneInsecure'] },
    )
    const entries = [makeExchange({ seq: 4, setCookies: [refused] })]
    expect(issuesByCookie({ cookies: [alice], entries }).get(cookieKeyOf(alice))).toEqual([
      { code: 'inspector.issue.setRefused', seq: 4, reasons: ['SameSiteNoneInsecure'] },
    ])
    // Another host's line is about another cookie.
    const elsewhere = [makeExchange({ url: 'http://tracker.test:5123/', setCookies: [refused] })]
    expect(issuesByCookie({ cookies: [alice], entries: elsewhere }).size).toBe(0)
    // A later write (here a script) set it after the refusal: no issue left.
    const later = [...entries, makeExchange({ storeChanges: [makeChange('changed', alice)] })]
    expect(issuesByCookie({ cookies: [alice], entries: later }).size).toBe(0)
  })

  it('finds an old verdict on one cookie behind hundreds of newer requests that settled the others', () => {
    const others = Array.from({ length: 200 }, (_, i) => makeCookie({ name: `k${i}` }))
    const refused = makeSetCookieLine(
      'userID=bob; SameSite=None',
      { name: 'userID', value: 'bob', sameSite: 'None' },
      { status: 'blocked', reasons: ['SameSiteNoneInsecure'] },
    )
    const newer = Array.from({ length: 300 }, (_, i) =>
      makeExchange({ seq: i + 2, considered: others.map((cookie) => considered(cookie)) }),
    )
    const entries = [makeExchange({ seq: 1, setCookies: [refused] }), ...newer]
    const issues = issuesByCookie({ cookies: [alice, ...others], entries })
    expect(issues.get(cookieKeyOf(alice))).toEqual([
      { code: 'inspector.issue.setRefused', seq: 1, reasons: ['SameSiteNoneInsecure'] },
    ])
    expect(issues.size).toBe(1)
  })

  it('gives a refusal of a cookie no longer stored to no other cookie, even one its domain matches', () => {
    // A host-only cookie and a domain cookie of one name are two cookies; the host-only one was
    // refused, then removed.
    const hostOnly = makeCookie({ name: 'userID', domain: 'shop.test' })
    const forDomain = makeCookie({ name: 'userID', domain: '.shop.test' })
    const entries = [
      makeExchange({
        seq: 1,
        considered: [considered(hostOnly, ['SameSiteStrict']), considered(forDomain)],
      }),
    ]
    const both = issuesByCookie({ cookies: [hostOnly, forDomain], entries })
    expect(codes(both, hostOnly)).toEqual(['inspector.issue.notSent'])
    expect(issuesByCookie({ cookies: [forDomain], entries }).size).toBe(0)
  })

  it('takes facts from any source, matching on as much of the cookie as the fact names', () => {
    const pathless: IssueSource = () => [
      {
        target: { name: 'userID', domain: '.127.0.0.1' },
        issue: { code: 'inspector.issue.valueBytes' },
      },
      { target: { name: 'userID', path: '/other' }, issue: { code: 'inspector.issue.valueBytes' } },
    ]
    const issues = issuesByCookie({ cookies: [alice], entries: [] }, [pathless])
    expect(codes(issues)).toEqual(['inspector.issue.valueBytes'])
  })
})

describe('issuesByCookie: what Chromium itself flagged', () => {
  const issue = (name: string, warnings: string[]) => ({
    operation: 'ReadCookie',
    cookie: { name, domain: '127.0.0.1', path: '/' },
    rawCookieLine: null,
    warningReasons: warnings,
    exclusionReasons: [],
    siteForCookies: null,
    cookieUrl: null,
    insight: null,
  })

  it('names the cookie of the newest issue, with its reasons, and no other cookie', () => {
    const bob = makeCookie({ name: 'other', value: 'bob' })
    const entries = [
      makeExchange({
        seq: 3,
        cookieIssues: [issue('userID', ['WarnSameSiteUnspecifiedCrossSiteContext'])],
      }),
      makeExchange({
        seq: 7,
        cookieIssues: [issue('userID', ['WarnSameSiteUnspecifiedLaxAllowUnsafe'])],
      }),
    ]
    const issues = issuesByCookie({ cookies: [alice, bob], entries })
    expect(issues.get(cookieKeyOf(alice))).toEqual([
      {
        code: 'inspector.issue.chromium',
        seq: 7,
        warnings: ['WarnSameSiteUnspecifiedLaxAllowUnsafe'],
        exclusions: [],
      },
    ])
    expect(issues.has(cookieKeyOf(bob))).toBe(false)
  })
})
