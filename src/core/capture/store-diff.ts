// Two looks at the cookie store, and what changed between them. Expiry goes by the clock, not by
// Chromium's lazy purge: a cookie whose time has passed is reported `expired` at once, and its
// later disappearance from the snapshot is not reported a second time.

import { cookieKeyOf, sameCookie, type ChangeType, type StoredCookie } from '../../shared/domain'
import { isExpiredAt } from './stored-cookie'

/** A store change before capture knows its cause. */
export interface RawChange {
  type: ChangeType
  /** After the change; for removed/expired, the cookie as it was. */
  cookie: StoredCookie
  before?: StoredCookie
}

export interface StoreDiff {
  changes: RawChange[]
  /** The store as it should now be shown: unexpired cookies, keyed, in snapshot order. */
  visible: Map<string, StoredCookie>
}

export function diffStores(
  shown: ReadonlyMap<string, StoredCookie>,
  snapshot: readonly StoredCookie[],
  nowMs: number,
): StoreDiff {
  const changes: RawChange[] = []
  const visible = new Map<string, StoredCookie>()
  const expiredInSnapshot = new Set<string>()
  for (const cookie of snapshot) {
    const key = cookieKeyOf(cookie)
    if (isExpiredAt(cookie, nowMs)) expiredInSnapshot.add(key)
    else visible.set(key, cookie)
  }
  for (const [key, cookie] of visible) {
    const before = shown.get(key)
    if (!before) changes.push({ type: 'added', cookie })
    else if (!sameCookie(before, cookie)) changes.push({ type: 'changed', cookie, before })
  }
  for (const [key, cookie] of shown) {
    if (visible.has(key)) continue
    const expired = expiredInSnapshot.has(key) || isExpiredAt(cookie, nowMs)
    changes.push({ type: expired ? 'expired' : 'removed', cookie })
  }
  return { changes, visible }
}
