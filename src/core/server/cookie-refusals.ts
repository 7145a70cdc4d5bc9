// What a browser will make of a cookie the server is about to send. The playground sends
// cookies a browser refuses on purpose (that refusal is the lesson), so its page says in advance
// which rules the cookie breaks. The rules are Chromium's, checked against Debian's Chromium.

import type { SetCookieParams } from '../../shared/flask-call'
import { cookieDomain, cookieQuote, utf8Binary } from './werkzeug-cookie'

export interface CookieForecast {
  /** Why the browser will not store the cookie at all. */
  refusals: string[]
  /** What else will surprise: the browser stores it, but not as written. */
  notes: string[]
}

/** RFC 6265bis caps a cookie's name plus value at 4096 bytes; Chromium enforces it. */
export const MAX_NAME_VALUE_BYTES = 4096

const IP_HOST = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i

/** Loopback names are "potentially trustworthy": Chromium lets plain http set Secure there. */
function isTrustworthyHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '127.0.0.1' ||
    hostname === '[::1]'
  )
}

/**
 * `hostname` is the request's host without port, as the browser saw it; `scheme` the one the
 * request came in on.
 */
export function forecastCookie(
  cookie: SetCookieParams,
  hostname: string,
  nowMs: number,
  scheme: 'http' | 'https' = 'http',
): CookieForecast {
  const refusals: string[] = []
  const notes: string[] = []
  const host = hostname.toLowerCase()
  const name = cookie.key
  const sameSite = cookie.samesite?.toLowerCase()

  const size = utf8Binary(name).length + cookieQuote(utf8Binary(cookie.value ?? '')).length
  if (size > MAX_NAME_VALUE_BYTES) {
    refusals.push(
      `Its name and value take ${size} bytes on the wire; browsers refuse a cookie whose name ` +
        `and value together pass ${MAX_NAME_VALUE_BYTES} bytes.`,
    )
  }
  if (sameSite === 'none' && !cookie.secure) {
    refusals.push(
      'SameSite=None without Secure: Chromium refuses it (SameSiteNoneInsecure). A cookie sent ' +
        'to other sites must also be Secure.',
    )
  }
  if (cookie.secure && scheme === 'http' && !isTrustworthyHost(host)) {
    refusals.push(
      `Secure, but this page came over plain http from ${host}: a browser only lets a secure ` +
        'page set a Secure cookie (http://localhost and http://127.0.0.1 count as secure).',
    )
  }
  if (cookie.partitioned && !cookie.secure) {
    refusals.push(
      'Partitioned without Secure: Chromium stores a partitioned cookie only if Secure.',
    )
  }
  if (name.startsWith('__Secure-') && !cookie.secure) {
    refusals.push('A name starting with __Secure- requires the Secure attribute.')
  }
  const path = cookie.path === undefined ? '/' : cookie.path
  if (name.startsWith('__Host-') && (!cookie.secure || cookie.domain != null || path !== '/')) {
    refusals.push('A name starting with __Host- requires Secure, Path=/ and no Domain.')
  }
  if (cookie.domain != null) {
    const domain = cookieDomain(cookie.domain).replace(/^\./, '').toLowerCase()
    const matches = IP_HOST.test(host)
      ? host === domain
      : host === domain || host.endsWith(`.${domain}`)
    if (!matches) {
      refusals.push(
        `Domain=${domain}, but this page's host is ${host}: a site may only set cookies for ` +
          'its own host name or a parent domain of it.',
      )
    }
  }

  if (/[=;]/.test(name)) {
    notes.push(
      'Werkzeug does not quote names: the browser reads the name up to the first "=" and ' +
        'treats whatever follows a ";" as attributes.',
    )
  }
  if (name !== name.trim()) notes.push('The browser trims the spaces around the name.')
  if (/[^\x20-\x7e]/.test(name)) {
    notes.push('The name goes out as raw UTF-8 bytes: Werkzeug quotes values, never names.')
  }
  if (path !== null && !path.startsWith('/')) {
    notes.push(
      'The path does not start with "/": the browser ignores it and uses the default path, ' +
        'the directory of the page that set the cookie.',
    )
  }
  const maxAge = cookie.max_age ?? null
  const expires = cookie.expires ?? null
  if (maxAge !== null && maxAge <= 0) {
    notes.push(
      'Max-Age is zero or less: the browser stores nothing and deletes any cookie it holds with ' +
        'this name, domain and path.',
    )
  } else if (maxAge === null && expires !== null && expires * 1000 <= nowMs) {
    notes.push(
      'Expires is in the past: the browser stores nothing and deletes any cookie it holds with ' +
        'this name, domain and path. This is how Flask apps delete cookies.',
    )
  } else if (maxAge !== null && expires !== null) {
    notes.push('Both Max-Age and Expires: the browser goes by Max-Age.')
  }
  return { refusals, notes }
}
