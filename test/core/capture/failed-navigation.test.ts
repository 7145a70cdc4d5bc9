// A navigation to a host that does not exist, as Debian's Chromium 156 reports it: the request
// fails (net::ERR_NAME_NOT_RESOLVED), its error page loads, and that page tries the address again
// by itself after 1 s, 5 s, 30 s …, each try under a new requestId and ending with a second
// loadingFailed (net::ERR_ABORTED, canceled). The events below are the ones recorded then
// (trimmed to the fields capture reads). The timeline shows one failed row, with its real error.

import { describe, expect, it } from 'vitest'
import { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { Exchange } from '../../../src/shared/domain'

const FRAME = 'C8751370B796AD85528DD4364A0B9331'
const URL_GONE = 'http://no-such-host.invalid/'

function navigation(requestId: string, url: string, at: number) {
  return {
    method: 'Network.requestWillBeSent',
    params: {
      requestId,
      loaderId: requestId,
      documentURL: url,
      request: { url, method: 'GET', headers: {} },
      timestamp: at,
      wallTime: 1796077498 + at,
      initiator: { type: 'other' },
      redirectHasExtraInfo: false,
      type: 'Document',
      frameId: FRAME,
      hasUserGesture: false,
    },
  }
}

function failed(requestId: string, at: number, errorText: string, canceled = false) {
  return {
    method: 'Network.loadingFailed',
    params: { requestId, timestamp: at, type: 'Document', errorText, canceled },
  }
}

function run(events: { method: string; params: Record<string, unknown> }[]): Exchange[] {
  const capture = new PaneCapture({ now: () => 1796077498000, storePollMs: 0 })
  for (const event of events) capture.ingest(event.method, event.params)
  const exchanges = capture.entries().filter((e): e is Exchange => e.kind === 'exchange')
  capture.close()
  return exchanges
}

/** The navigation, its error page's finish, and two retries by that page. */
const GONE_HOST = [
  navigation('A1', URL_GONE, 1),
  failed('A1', 1.02, 'net::ERR_NAME_NOT_RESOLVED'),
  { method: 'Network.loadingFinished', params: { requestId: 'A1', timestamp: 1.9 } },
  navigation('B2', URL_GONE, 2.5),
  failed('B2', 2.52, 'net::ERR_NAME_NOT_RESOLVED'),
  failed('B2', 2.55, 'net::ERR_ABORTED', true),
  navigation('C3', URL_GONE, 7.5),
  failed('C3', 7.52, 'net::ERR_NAME_NOT_RESOLVED'),
  failed('C3', 7.55, 'net::ERR_ABORTED', true),
]

describe('a navigation to a host that does not exist', () => {
  it('is one failed row with its real error, the error page’s retries counted on it', () => {
    const exchanges = run(GONE_HOST)
    expect(exchanges).toHaveLength(1)
    expect(exchanges[0]).toMatchObject({
      url: URL_GONE,
      state: 'failed',
      failure: { code: 'browserError', params: { errorText: 'net::ERR_NAME_NOT_RESOLVED' } },
      browserRetries: 2,
      requestHeaders: null,
    })
  })

  it('keeps the first word on a request that failed twice', () => {
    const [only] = run([
      navigation('A1', URL_GONE, 1),
      failed('A1', 1.02, 'net::ERR_NAME_NOT_RESOLVED'),
      failed('A1', 1.05, 'net::ERR_ABORTED', true),
    ])
    expect(only?.failure).toEqual({
      code: 'browserError',
      params: { errorText: 'net::ERR_NAME_NOT_RESOLVED' },
    })
  })

  it('shows a try that got further as a row of its own, numbered after the ones before it', () => {
    const exchanges = run([
      ...GONE_HOST.slice(0, 3),
      navigation('B2', URL_GONE, 2.5),
      {
        method: 'Network.responseReceived',
        params: {
          requestId: 'B2',
          timestamp: 2.6,
          type: 'Document',
          response: {
            url: URL_GONE,
            status: 200,
            statusText: 'OK',
            headers: {},
            mimeType: 'text/html',
          },
          hasExtraInfo: false,
        },
      },
      { method: 'Network.loadingFinished', params: { requestId: 'B2', timestamp: 2.7 } },
    ])
    expect(exchanges.map((e) => [e.state, e.status])).toEqual([
      ['failed', null],
      ['complete', 200],
    ])
    expect(exchanges[1]!.seq).toBeGreaterThan(exchanges[0]!.seq)
  })

  it('treats a navigation elsewhere and back as a new request, not a retry', () => {
    const exchanges = run([
      navigation('A1', URL_GONE, 1),
      failed('A1', 1.02, 'net::ERR_NAME_NOT_RESOLVED'),
      navigation('H1', 'http://127.0.0.1:5000/', 2),
      failed('H1', 2.1, 'net::ERR_CONNECTION_REFUSED'),
      navigation('A2', URL_GONE, 3),
      failed('A2', 3.02, 'net::ERR_NAME_NOT_RESOLVED'),
    ])
    expect(exchanges.map((e) => e.url)).toEqual([URL_GONE, 'http://127.0.0.1:5000/', URL_GONE])
    expect(exchanges.every((e) => e.browserRetries === undefined)).toBe(true)
  })
})
