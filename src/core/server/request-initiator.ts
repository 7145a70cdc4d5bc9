// Which page made a request, as far as the browser says: the tutorial's own pages, or another
// site. The server refuses to set cookies for another site: a page open anywhere in a learner's
// everyday browser could otherwise drive `npm run serve` to plant cookies on localhost, which
// every other local app then receives (cookies ignore ports), up to a cookie bomb.
//
// "The tutorial's own pages" are its names (host-check.ts) on its own ports: http:// on the http
// port, https:// on the https port (a page on one may send the learner to the other). That is
// narrower than a browser's "same-site": a page on 127.0.0.1:3000 is same-site with
// 127.0.0.1:5000 for cookies, but it is another local app, not the tutorial. It is wider than
// same-origin on purpose: the cross-site lessons send requests from tracker.test to
// www.shop.test, and those must pass.

import type { IncomingHttpHeaders } from 'node:http'
import { allowedHostname } from './host-check'

/** The site a request came from when that is not the tutorial, or null when it may set cookies. */
export type ForeignInitiator =
  | { kind: 'site'; origin: string }
  /** A browser said the request crossed sites but gave no origin (`Referrer-Policy: no-referrer`, a sandbox, a file). */
  | { kind: 'hidden' }

/** Where the tutorial server listens, one port per scheme. */
export interface TutorialPorts {
  readonly http: number
  readonly https: number
}

function effectivePort(url: URL): number {
  return Number(url.port || (url.protocol === 'https:' ? '443' : '80'))
}

/** The origin of an Origin or Referer value; null when there is none to read. */
function originOf(value: string | undefined): URL | 'opaque' | null {
  if (value === undefined || value === '') return null
  if (value === 'null') return 'opaque'
  try {
    return new URL(value)
  } catch {
    return 'opaque'
  }
}

function isTutorialOrigin(origin: URL, ports: TutorialPorts): boolean {
  if (allowedHostname(origin.host) === null) return false
  if (origin.protocol === 'http:') return effectivePort(origin) === ports.http
  if (origin.protocol === 'https:') return effectivePort(origin) === ports.https
  return false
}

/**
 * Who made this request, judged from Sec-Fetch-Site, Origin and Referer. A request with none of them (curl, a script, an old
 * browser) passes: it carries no one else's page, and so no attack from one.
 */
export function foreignInitiator(
  headers: IncomingHttpHeaders,
  ports: TutorialPorts,
): ForeignInitiator | null {
  const fetchSite = headers['sec-fetch-site']
  // The browser itself vouches that the user typed the address, or that our own origin asked.
  if (fetchSite === 'none' || fetchSite === 'same-origin') return null
  const origin = originOf(headers.origin)
  const initiator = origin ?? originOf(headers.referer)
  if (initiator === null) return fetchSite === undefined ? null : { kind: 'hidden' }
  if (initiator === 'opaque') return { kind: 'hidden' }
  return isTutorialOrigin(initiator, ports) ? null : { kind: 'site', origin: initiator.origin }
}
