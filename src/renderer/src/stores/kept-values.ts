// Keeping the objects of a value that did not change across an update. The host sends the whole
// store (and the UI recomputes each cookie's issues) after every change; with a hundred cookies,
// re-rendering every inspector row for the one that changed was a large share of a burst's frame.
// Rows are memoised, so handing them the very objects they had makes React skip them.

import { cookieKeyOf, type StoredCookie } from '../../../shared/domain'

/** NEXT, with each cookie equal to one in PREVIOUS replaced by that earlier object. */
export function keepUnchangedCookies(
  previous: readonly StoredCookie[],
  next: readonly StoredCookie[],
): readonly StoredCookie[] {
  if (previous.length === 0) return next
  const byKey = new Map(previous.map((cookie) => [cookieKeyOf(cookie), cookie]))
  let reused = 0
  const kept = next.map((cookie) => {
    const before = byKey.get(cookieKeyOf(cookie))
    if (before === undefined || !sameShape(before, cookie)) return cookie
    reused += 1
    return before
  })
  return reused === previous.length && next.length === previous.length ? previous : kept
}

/**
 * Equal plain data (what crosses IPC: objects, arrays and primitives). Not a general deep
 * equality: no cycles, dates, maps or prototypes, which such data never has.
 */
export function sameShape(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return aKeys.every((key) => Object.hasOwn(rb, key) && sameShape(ra[key], rb[key]))
}
