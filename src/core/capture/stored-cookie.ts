// A CDP `Network.Cookie` narrowed to the domain's `StoredCookie`, read defensively (the params
// of an event are untrusted input), and the questions capture asks of a stored cookie.

import type { Protocol } from 'devtools-protocol'
import type { PartitionKey, SameSite, StoredCookie } from '../../shared/domain'

const SAME_SITE: ReadonlySet<string> = new Set<SameSite>(['Strict', 'Lax', 'None'])

/** null when the value is not a cookie at all (no name or no domain to key it by). */
export function storedCookieOf(value: unknown): StoredCookie | null {
  if (typeof value !== 'object' || value === null) return null
  const cookie = value as Partial<Record<keyof Protocol.Network.Cookie, unknown>>
  if (typeof cookie.name !== 'string' || typeof cookie.domain !== 'string') return null
  const text = (field: unknown) => (typeof field === 'string' ? field : '')
  const name = cookie.name
  const cookieValue = text(cookie.value)
  const expires =
    cookie.session === true || typeof cookie.expires !== 'number' || cookie.expires < 0
      ? null
      : cookie.expires
  return {
    name,
    value: cookieValue,
    domain: cookie.domain,
    path: text(cookie.path) || '/',
    expires,
    size: typeof cookie.size === 'number' ? cookie.size : name.length + cookieValue.length,
    httpOnly: cookie.httpOnly === true,
    secure: cookie.secure === true,
    sameSite:
      typeof cookie.sameSite === 'string' && SAME_SITE.has(cookie.sameSite)
        ? (cookie.sameSite as SameSite)
        : null,
    hostOnly: !cookie.domain.startsWith('.'),
    partitionKey: partitionKeyOf(cookie.partitionKey),
    ...(cookie.partitionKeyOpaque === true ? { partitionKeyOpaque: true } : {}),
    priority: typeof cookie.priority === 'string' ? cookie.priority : null,
    sourceScheme: typeof cookie.sourceScheme === 'string' ? cookie.sourceScheme : null,
    sourcePort: typeof cookie.sourcePort === 'number' ? cookie.sourcePort : null,
  }
}

/**
 * CDP's partition key, read defensively. Chromium before 119 sent a plain site string; it is
 * kept as a key with no cross-site ancestor rather than dropped.
 */
export function partitionKeyOf(value: unknown): PartitionKey | null {
  if (typeof value === 'string') {
    return value === '' ? null : { topLevelSite: value, hasCrossSiteAncestor: false }
  }
  if (typeof value !== 'object' || value === null) return null
  const key = value as Partial<Record<keyof Protocol.Network.CookiePartitionKey, unknown>>
  if (typeof key.topLevelSite !== 'string') return null
  return { topLevelSite: key.topLevelSite, hasCrossSiteAncestor: key.hasCrossSiteAncestor === true }
}

/** Chromium purges expired cookies lazily; capture goes by the clock instead. */
export function isExpiredAt(cookie: StoredCookie, nowMs: number): boolean {
  return cookie.expires !== null && cookie.expires * 1000 <= nowMs
}
