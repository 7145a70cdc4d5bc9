// What a browser will make of a cookie the server is about to send. The playground sends
// cookies a browser refuses on purpose (that refusal is the lesson), so its page says in advance
// which rules the cookie breaks. The rules are Chromium's, checked against Debian's Chromium.

import { MAX_NAME_VALUE_BYTES } from '../../shared/domain'
import type { SetCookieParams } from '../../shared/flask-call'
import type { Locale } from '../../shared/messages/format-message'
import { pageWords, plainWords } from './page-text'
import { cookieDomain, cookieQuote, utf8Binary } from './werkzeug-cookie'

export interface CookieForecast {
  /** Why the browser will not store the cookie at all, in the page's language. */
  refusals: string[]
  /** What else will surprise: the browser stores it, but not as written. */
  notes: string[]
}

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
 * request came in on; `locale` the language of the sentences.
 */
export function forecastCookie(
  cookie: SetCookieParams,
  hostname: string,
  nowMs: number,
  scheme: 'http' | 'https' = 'http',
  locale: Locale = 'en',
): CookieForecast {
  const refusals: string[] = []
  const notes: string[] = []
  const host = hostname.toLowerCase()
  const name = cookie.key
  const sameSite = cookie.samesite?.toLowerCase()

  const size = utf8Binary(name).length + cookieQuote(utf8Binary(cookie.value ?? '')).length
  if (size > MAX_NAME_VALUE_BYTES) {
    refusals.push(pageWords('page.forecast.tooLarge', { size, max: MAX_NAME_VALUE_BYTES }, locale))
  }
  if (sameSite === 'none' && !cookie.secure) {
    refusals.push(plainWords('page.forecast.noneInsecure', locale))
  }
  if (cookie.secure && scheme === 'http' && !isTrustworthyHost(host)) {
    refusals.push(pageWords('page.forecast.secureOverHttp', { host }, locale))
  }
  if (cookie.partitioned && !cookie.secure) {
    refusals.push(plainWords('page.forecast.partitionedInsecure', locale))
  }
  if (name.startsWith('__Secure-') && !cookie.secure) {
    refusals.push(plainWords('page.forecast.securePrefix', locale))
  }
  const path = cookie.path === undefined ? '/' : cookie.path
  if (name.startsWith('__Host-') && (!cookie.secure || cookie.domain != null || path !== '/')) {
    refusals.push(plainWords('page.forecast.hostPrefix', locale))
  }
  if (cookie.domain != null) {
    const domain = cookieDomain(cookie.domain).replace(/^\./, '').toLowerCase()
    const matches = IP_HOST.test(host)
      ? host === domain
      : host === domain || host.endsWith(`.${domain}`)
    if (!matches) {
      refusals.push(pageWords('page.forecast.foreignDomain', { domain, host }, locale))
    }
  }

  if (/[=;]/.test(name)) {
    notes.push(plainWords('page.forecast.nameUnquoted', locale))
  }
  if (name !== name.trim()) notes.push(plainWords('page.forecast.nameTrimmed', locale))
  if (/[^\x20-\x7e]/.test(name)) notes.push(plainWords('page.forecast.nameRawUtf8', locale))
  if (path !== null && !path.startsWith('/')) {
    notes.push(plainWords('page.forecast.pathNoSlash', locale))
  }
  const maxAge = cookie.max_age ?? null
  const expires = cookie.expires ?? null
  if (maxAge !== null && maxAge <= 0) {
    notes.push(plainWords('page.forecast.maxAgeZero', locale))
  } else if (maxAge === null && expires !== null && expires * 1000 <= nowMs) {
    notes.push(plainWords('page.forecast.expiresPast', locale))
  } else if (maxAge !== null && expires !== null) {
    notes.push(plainWords('page.forecast.maxAgeWins', locale))
  }
  return { refusals, notes }
}
