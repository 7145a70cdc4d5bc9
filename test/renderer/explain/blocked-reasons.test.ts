import { describe, expect, it } from 'vitest'
import {
  EXPLAINED_REASONS,
  explainBlockedReason,
  kindOfReasons,
} from '../../../src/shared/explain/blocked-reasons'
import { siteRelation } from '../../../src/shared/explain/site-relation'

// The reasons the brief names; Chromium's lists (devtools-protocol) are held by the type.
const REQUIRED = [
  'SameSiteNoneInsecure',
  'SameSiteLax',
  'SameSiteStrict',
  'SameSiteUnspecifiedTreatedAsLax',
  'SecureOnly',
  'NotOnPath',
  'DomainMismatch',
  'InvalidDomain',
  'InvalidPrefix',
  'OverwriteSecure',
  'SyntaxError',
  'DisallowedCharacter',
  'NameValuePairExceedsMaxSize',
  'UserPreferences',
  'ThirdPartyPhaseout',
  'ThirdPartyBlockedInFirstPartySet',
  'SchemefulSameSiteLax',
  'SchemefulSameSiteStrict',
  'SchemefulSameSiteUnspecifiedTreatedAsLax',
  'NoCookieContent',
]

describe('explainBlockedReason', () => {
  it.each(REQUIRED)('has its own words for %s', (reason) => {
    expect(EXPLAINED_REASONS).toContain(reason)
    const text = explainBlockedReason(reason, 'response')
    expect(text.known).toBe(true)
    expect(text.summary).not.toBe(reason)
    expect(text.meaning.length).toBeGreaterThan(40)
    expect(text.fix.length).toBeGreaterThan(20)
  })

  it('says "not sent" for a request and "not stored" for a response', () => {
    expect(explainBlockedReason('SameSiteLax', 'request').meaning).toMatch(/^Not sent because/)
    expect(explainBlockedReason('SameSiteLax', 'response').meaning).toMatch(/^Not stored because/)
  })

  it('explains SameSite=None without Secure and how to fix it in Flask terms', () => {
    const text = explainBlockedReason('SameSiteNoneInsecure', 'response')
    expect(text.summary).toBe('SameSite=None without Secure')
    expect(text.meaning).toMatch(/only together with Secure/)
    expect(text.fix).toMatch(/secure=True/)
  })

  it('reads a name other tools use for the same verdict', () => {
    expect(explainBlockedReason('PathMismatch', 'request').summary).toBe(
      explainBlockedReason('NotOnPath', 'request').summary,
    )
  })

  it('shows an unknown reason raw rather than inventing a meaning', () => {
    const text = explainBlockedReason('BrandNewReason', 'request')
    expect(text).toMatchObject({
      known: false,
      summary: 'BrandNewReason',
      reason: 'BrandNewReason',
    })
    expect(text.meaning).toContain('“BrandNewReason”')
  })

  it('does not mistake an Object.prototype name for a reason', () => {
    expect(explainBlockedReason('toString', 'request').known).toBe(false)
  })
})

describe('the site context of a Schemeful SameSite reason', () => {
  const shopToTracker = {
    requestUrl: 'http://tracker.test:5000/pixel.png',
    initiatorOrigin: 'http://www.shop.test:5000',
  }

  it('calls an http-to-http block between two sites cross-site, with a fix that can work', () => {
    for (const reason of [
      'SchemefulSameSiteStrict',
      'SchemefulSameSiteLax',
      'SchemefulSameSiteUnspecifiedTreatedAsLax',
    ]) {
      const text = explainBlockedReason(reason, 'request', shopToTracker)
      expect(text.summary).toBe(
        explainBlockedReason(reason.replace('Schemeful', ''), 'request').summary,
      )
      expect(`${text.summary} ${text.meaning} ${text.fix}`).not.toMatch(/scheme|all https/)
      expect(text.kind).toBe('problem')
    }
    expect(explainBlockedReason('SchemefulSameSiteStrict', 'request', shopToTracker).fix).toMatch(
      /SameSite=None with Secure over https:\/\//,
    )
  })

  it('says "other scheme" only for the same host over the other scheme', () => {
    const text = explainBlockedReason('SchemefulSameSiteStrict', 'request', {
      requestUrl: 'https://www.shop.test:5443/cart',
      initiatorOrigin: 'http://www.shop.test:5000',
    })
    expect(text.summary).toBe('SameSite=Strict, other scheme')
    expect(text.fix).toMatch(/same scheme on both ends/)
  })

  it('says what is true either way when the page that made the request is not known', () => {
    const text = explainBlockedReason('SchemefulSameSiteLax', 'request')
    expect(text.meaning).toMatch(
      /from another site, or from a page of the same site over the other scheme/,
    )
    expect(text.fix).toMatch(/If the request comes from another site/)
  })

  it('relates two URLs by scheme and host', () => {
    expect(siteRelation('http://tracker.test/', 'http://www.shop.test')).toBe('cross-site')
    expect(siteRelation('https://shop.test/', 'http://shop.test:5000')).toBe('other-scheme')
    expect(siteRelation('https://tracker.test/', 'http://www.shop.test')).toBe('unknown')
    expect(siteRelation('http://tracker.test/', null)).toBe('unknown')
    expect(siteRelation('http://tracker.test/', 'chrome-error://chromewebdata')).toBe('unknown')
  })
})

describe('the kind of a reason', () => {
  it('shows a cookie kept from a URL by its own Path, Domain, port or scheme as the rule at work', () => {
    for (const reason of [
      'NotOnPath',
      'PathMismatch',
      'DomainMismatch',
      'PortMismatch',
      'SchemeMismatch',
    ]) {
      const text = explainBlockedReason(reason, 'request')
      expect(text.kind).toBe('rule')
      expect(text.meaning).toMatch(/^Not sent, and that is the cookie’s own rule at work: /)
    }
    expect(explainBlockedReason('NotOnPath', 'request').summary).toBe('not for this path')
    expect(explainBlockedReason('DomainMismatch', 'request').summary).toBe('not for this host')
  })

  it('keeps SameSite, Secure and every refused Set-Cookie line a problem', () => {
    expect(explainBlockedReason('SameSiteStrict', 'request').kind).toBe('problem')
    expect(explainBlockedReason('SecureOnly', 'request').kind).toBe('problem')
    expect(explainBlockedReason('DomainMismatch', 'response').kind).toBe('problem')
    expect(kindOfReasons(['NotOnPath', 'DomainMismatch'], 'request')).toBe('rule')
    expect(kindOfReasons(['NotOnPath', 'SameSiteLax'], 'request')).toBe('problem')
    expect(kindOfReasons([], 'request')).toBe('problem')
  })
})

describe('InvalidPrefix', () => {
  const line = (
    name: string,
    attributes: { secure?: boolean; httpOnly?: boolean; path?: string; domain?: string },
  ) =>
    explainBlockedReason('InvalidPrefix', 'response', {
      cookie: { name, secure: false, httpOnly: false, ...attributes },
    })

  it('names the rule of the prefix that the line broke', () => {
    const http = line('__Http-id', { secure: true, path: '/' })
    expect(http.summary).toBe('breaks its __Http- prefix')
    expect(http.meaning).toMatch(
      /never a script, so the line must say Secure and HttpOnly; this line breaks that: it has no HttpOnly\.$/,
    )
    const hostHttp = line('__Host-Http-id', {
      secure: true,
      httpOnly: true,
      path: '/x',
      domain: 'shop.test',
    })
    expect(hostHttp.meaning).toMatch(
      /this line breaks that: its Path is not \/ and it names a Domain\.$/,
    )
    expect(line('__Secure-id', {}).meaning).toMatch(
      /the line must say Secure; this line breaks that: it has no Secure/,
    )
  })

  it('says why a nameless line whose value starts with a prefix is refused', () => {
    // Chromium 156 refuses "=__Host-x=1; Secure; Path=/" whatever its attributes.
    const text = explainBlockedReason('InvalidPrefix', 'response', {
      cookie: { name: '', value: '__Host-x=1', secure: true, httpOnly: false, path: '/' },
    })
    expect(text.summary).toBe('no name, value starts with __Host-')
    expect(text.meaning).toMatch(/goes back as its value alone/)
    expect(text.fix).toMatch(/^Give the cookie a name/)
  })

  it('lists every prefix’s rules when the line is not known', () => {
    const text = explainBlockedReason('InvalidPrefix', 'response')
    expect(text.meaning).toMatch(
      /__Http- needs Secure and HttpOnly; __Host-Http- needs Secure, HttpOnly, Path=\/ and no Domain/,
    )
  })
})

describe('the two-minute Lax+POST allowance', () => {
  it('is told, not denied, where a cookie without SameSite was held back', () => {
    for (const reason of [
      'SameSiteUnspecifiedTreatedAsLax',
      'SchemefulSameSiteUnspecifiedTreatedAsLax',
    ]) {
      expect(explainBlockedReason(reason, 'request').meaning).toMatch(
        /two minutes after such a cookie is set, Chromium also sends it with a cross-site top-level POST/,
      )
    }
  })
})
