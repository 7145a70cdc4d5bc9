// What the inspector says when the browser refuses a cookie: the likely reason in a learner's
// words, and never the protocol's wrapping of the browser's answer. The browser's messages
// here are the ones Debian's Chromium 156 gives over Playwright's CDP session.

import { describe, expect, it } from 'vitest'
import { browserWordsOf, refusalOf } from '../../../src/core/capture/inspector-refusal'
import { InspectorEdits } from '../../../src/core/capture/inspector-edits'
import { TimelineLog } from '../../../src/core/capture/timeline-log'
import type { CdpConnection } from '../../../src/core/capture/cdp-connection'
import type { CookieDraft } from '../../../src/shared/contract'
import type { InspectorEdit } from '../../../src/shared/domain'

const SANITIZING = 'cdpSession.send: Protocol error (Network.setCookie): Sanitizing cookie failed'

function draft(overrides: Partial<CookieDraft> = {}): CookieDraft {
  return {
    name: 'a',
    value: 'b',
    domain: '127.0.0.1',
    path: '/',
    secure: false,
    httpOnly: false,
    sameSite: null,
    expires: null,
    ...overrides,
  }
}

describe('refusalOf', () => {
  it('says the likely reason alone when the browser only says sanitizing failed', () => {
    const refused = refusalOf(draft({ path: 'x' }), SANITIZING)
    expect(refused.fact).toEqual({
      code: 'editRefused',
      params: { name: 'a', reason: { code: 'pathNeedsSlash' } },
    })
    expect(refused.message).toBe(
      'The browser refused the cookie "a": its path must start with "/".',
    )
  })

  it('says the cookie was found invalid, in plain words, when no likely reason is known', () => {
    const refused = refusalOf(draft({ name: 'odd' }), SANITIZING)
    expect(refused.fact).toEqual({ code: 'editRefusedInvalid', params: { name: 'odd' } })
    expect(refused.message).not.toMatch(/cdpSession|Protocol error|Network\.setCookie|Sanitizing/)
  })

  it('keeps other words of the browser, without the protocol around them', () => {
    const refused = refusalOf(
      draft({ name: 'odd' }),
      'cdpSession.send: Protocol error (Network.setCookie): At least one of the url or domain needs to be specified',
    )
    expect(refused.message).toBe(
      'The browser refused the cookie "odd". In its own words: “At least one of the url or domain needs to be specified”.',
    )
  })

  it('names the rule of each prefix a draft breaks, the newer __Http- ones too', () => {
    const reason = (overrides: Partial<CookieDraft>) =>
      refusalOf(draft(overrides), null).fact.params
    expect(reason({ name: '__Http-id', secure: true })).toMatchObject({
      reason: { code: 'prefixNeedsHttpOnly', params: { prefix: '__Http-' } },
    })
    expect(
      reason({ name: '__Host-Http-id', secure: true, httpOnly: true, path: '/x' }),
    ).toMatchObject({
      reason: { code: 'hostPrefixNeedsRootPath', params: { prefix: '__Host-Http-' } },
    })
    // Browsers match prefixes in any case, as Chromium 156 does.
    expect(reason({ name: '__secure-id' })).toMatchObject({
      reason: { code: 'prefixNeedsSecure', params: { prefix: '__secure-' } },
    })
  })
})

describe('browserWordsOf', () => {
  it('takes off what Playwright and CDP wrap around the browser’s answer', () => {
    expect(browserWordsOf(SANITIZING)).toBe('Sanitizing cookie failed')
    expect(browserWordsOf('Protocol error: Invalid cookie fields')).toBe('Invalid cookie fields')
    expect(browserWordsOf('Sanitizing cookie failed')).toBe('Sanitizing cookie failed')
  })
})

describe('an inspector edit that fails for another reason', () => {
  it('reaches the learner and the timeline without the protocol’s wrapping', async () => {
    const timeline = new TimelineLog(() => {})
    const failing = {
      send: () =>
        Promise.reject(
          new Error('cdpSession.send: Protocol error (Network.deleteCookies): Target closed'),
        ),
    } as unknown as CdpConnection
    const edits = new InspectorEdits({
      now: () => 0,
      timeline,
      connection: () => failing,
      expectInspector: () => () => {},
      store: () => [],
      readStore: () => Promise.resolve(),
    })
    await expect(edits.deleteCookie({ name: 'a', domain: '127.0.0.1', path: '/' })).rejects.toThrow(
      /^Target closed$/,
    )
    const entry = timeline.all[0] as InspectorEdit
    expect(entry.summary).toMatchObject({
      code: 'editDeleteFailed',
      params: { why: { code: 'editFailed', params: { error: 'Target closed' } } },
    })
  })
})
