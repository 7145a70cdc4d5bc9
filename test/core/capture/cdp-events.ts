// Builds the Network events of one exchange, shaped like the recorded ones, for tests that need
// a situation no recording shows (a Max-Age, a Domain attribute, a lost event...).

export interface CdpEvent {
  method: string
  params: Record<string, unknown>
}

export interface ExchangeSpec {
  requestId: string
  url: string
  method?: string
  type?: string
  /** Wall clock of the request, in milliseconds. */
  at: number
  status?: number
  /** The Cookie header sent; absent = none. */
  cookie?: string
  setCookies?: string[]
  blocked?: Array<{ cookieLine: string; reasons: string[] }>
  /** false: the browser sends no ExtraInfo (cache, service worker). */
  extraInfo?: boolean
  /** The partition the response's Partitioned cookies go into (`cookiePartitionKey`). */
  cookiePartitionKey?: { topLevelSite: string; hasCrossSiteAncestor: boolean }
}

export function exchangeEvents(spec: ExchangeSpec): CdpEvent[] {
  const { requestId, url } = spec
  const timestamp = 1000 + spec.at / 1000
  const host = new URL(url).host
  const events: CdpEvent[] = [
    {
      method: 'Network.requestWillBeSent',
      params: {
        requestId,
        loaderId: requestId,
        documentURL: url,
        request: { url, method: spec.method ?? 'GET', headers: {} },
        timestamp,
        wallTime: spec.at / 1000,
        initiator: { type: 'other' },
        redirectHasExtraInfo: false,
        type: spec.type ?? 'Document',
      },
    },
  ]
  const withExtraInfo = spec.extraInfo !== false
  if (withExtraInfo) {
    events.push({
      method: 'Network.requestWillBeSentExtraInfo',
      params: {
        requestId,
        associatedCookies: [],
        headers: { Host: host, ...(spec.cookie ? { Cookie: spec.cookie } : {}) },
      },
    })
  }
  events.push({
    method: 'Network.responseReceived',
    params: {
      requestId,
      loaderId: requestId,
      timestamp: timestamp + 0.005,
      type: spec.type ?? 'Document',
      response: {
        url,
        status: spec.status ?? 200,
        statusText: 'OK',
        headers: { 'Content-Type': 'text/html' },
        mimeType: 'text/html',
      },
      hasExtraInfo: withExtraInfo,
    },
  })
  if (withExtraInfo) {
    const setCookies = spec.setCookies ?? []
    events.push({
      method: 'Network.responseReceivedExtraInfo',
      params: {
        requestId,
        blockedCookies: spec.blocked ?? [],
        headers: {
          'Content-Type': 'text/html',
          ...(setCookies.length > 0 ? { 'Set-Cookie': setCookies.join('\n') } : {}),
        },
        statusCode: spec.status ?? 200,
        ...(spec.cookiePartitionKey ? { cookiePartitionKey: spec.cookiePartitionKey } : {}),
      },
    })
  }
  events.push({
    method: 'Network.loadingFinished',
    params: { requestId, timestamp: timestamp + 0.01, encodedDataLength: 100 },
  })
  return events
}
