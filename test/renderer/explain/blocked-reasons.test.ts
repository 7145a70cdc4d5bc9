import { describe, expect, it } from 'vitest'
import {
  EXPLAINED_REASONS,
  explainBlockedReason,
} from '../../../src/shared/explain/blocked-reasons'

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
