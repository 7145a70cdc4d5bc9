// Where a `Set-Cookie` line's cookie lands in the store: its name, domain (or host-only host),
// path and whether it is partitioned, as RFC 6265bis and Chromium read the line against the URL
// that sent it. Attribution (who changed the store?) and the line's verdict (is it really
// there?) both ask it, so they agree on which stored cookie a line is about.

import type { ParsedSetCookie, StoredCookie } from '../../shared/domain'

export interface SetCookieTarget {
  name: string
  /** The Domain attribute without its leading dots, lower case; null when absent. */
  domain: string | null
  /** The request's host, lower case; null when the URL does not parse. */
  host: string | null
  path: string
  partitioned: boolean
}

export function targetOf(parsed: ParsedSetCookie, url: string): SetCookieTarget {
  const parsedUrl = parseUrl(url)
  return {
    name: parsed.name,
    domain: parsed.domain ? bareDomain(parsed.domain) : null,
    host: parsedUrl ? parsedUrl.hostname.toLowerCase() : null,
    path: parsed.path?.startsWith('/')
      ? parsed.path
      : parsedUrl
        ? defaultPath(parsedUrl.pathname)
        : '/',
    partitioned: parsed.partitioned,
  }
}

/**
 * The stored cookie is the one the line is about: same name and path, and the domain the line
 * asked for. A Domain equal to the host may come back host-only: Chromium does that for an IP
 * address and for a host with no registrable domain (`localhost`). A line without Partitioned
 * never writes a partitioned cookie; one with it may be stored unpartitioned where the browser
 * does not partition (CHIPS off), so either counts.
 */
export function isTargetOf(target: SetCookieTarget, cookie: StoredCookie): boolean {
  if (cookie.name !== target.name || cookie.path !== target.path) return false
  const partitioned = cookie.partitionKey !== null || cookie.partitionKeyOpaque === true
  if (partitioned && !target.partitioned) return false
  const domain = bareDomain(cookie.domain)
  if (target.domain !== null) {
    return domain === target.domain && (!cookie.hostOnly || target.domain === target.host)
  }
  return target.host === null || (cookie.hostOnly && domain === target.host)
}

/** Two lines that would write the same stored cookie, the later replacing the earlier. */
export function sameTarget(a: SetCookieTarget, b: SetCookieTarget): boolean {
  return (
    a.name === b.name &&
    a.path === b.path &&
    a.partitioned === b.partitioned &&
    (a.domain === null) === (b.domain === null) &&
    (a.domain ?? a.host) === (b.domain ?? b.host)
  )
}

/** The line removes its cookie: `Max-Age` zero or less (it wins), or an `Expires` already past. */
export function deletesAt(parsed: ParsedSetCookie, atMs: number): boolean {
  if (parsed.maxAge !== undefined) return parsed.maxAge <= 0
  return parsed.expiresAt !== undefined && parsed.expiresAt <= atMs
}

/** When the line asked its cookie to end, in ms; null for a session cookie. */
export function askedExpiryOf(parsed: ParsedSetCookie, receivedAtMs: number): number | null {
  if (parsed.maxAge !== undefined) return receivedAtMs + parsed.maxAge * 1000
  return parsed.expiresAt ?? null
}

export const bareDomain = (domain: string) => domain.replace(/^\.+/, '').toLowerCase()

/** RFC 6265 5.1.4: a cookie without Path gets the directory of the request's path. */
function defaultPath(pathname: string): string {
  const slash = pathname.lastIndexOf('/')
  return slash <= 0 ? '/' : pathname.slice(0, slash)
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}
