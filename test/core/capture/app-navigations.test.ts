// Which request is the navigation the app's address bar asked for: the next top-level document
// request for that URL that no page started, soon after the ask, and only one.

import { describe, expect, it } from 'vitest'
import { AppNavigations } from '../../../src/core/capture/app-navigations'
import type { RequestSent } from '../../../src/core/capture/network-events'

const URL_ = 'http://www.shop.test:5000/'

function sent(overrides: Partial<RequestSent> = {}): RequestSent {
  return {
    url: URL_,
    urlCutBytes: 0,
    method: 'GET',
    resourceType: 'Document',
    initiatorOrigin: null,
    frameId: 'main',
    wallTime: null,
    timestamp: null,
    redirectResponse: null,
    redirectHasExtraInfo: null,
    startedInPage: false,
    ...overrides,
  }
}

describe('AppNavigations', () => {
  it('claims the asked-for document request once, fragment aside', () => {
    const asks = new AppNavigations(() => 0)
    asks.expect(`${URL_}#top`)
    expect(asks.claim(sent())).toBe(true)
    expect(asks.claim(sent())).toBe(false)
  })

  it('does not claim what a page started, another URL, a subresource or a redirect hop', () => {
    const asks = new AppNavigations(() => 0)
    asks.expect(URL_)
    expect(asks.claim(sent({ startedInPage: true }))).toBe(false)
    expect(asks.claim(sent({ url: 'http://tracker.test:5000/' }))).toBe(false)
    expect(asks.claim(sent({ resourceType: 'Image' }))).toBe(false)
    expect(
      asks.claim(
        sent({
          redirectResponse: {
            url: URL_,
            urlCutBytes: 0,
            status: 302,
            statusText: '',
            mimeType: '',
            setCookieLines: null,
            withoutNetwork: false,
            hasExtraInfo: null,
          },
        }),
      ),
    ).toBe(false)
    expect(asks.claim(sent())).toBe(true)
  })

  it('forgets an ask that was not carried out in time', () => {
    let now = 0
    const asks = new AppNavigations(() => now)
    asks.expect(URL_)
    now = 16_000
    expect(asks.claim(sent())).toBe(false)
  })
})
