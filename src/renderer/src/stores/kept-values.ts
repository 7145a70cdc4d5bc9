// Keeping the objects of a value that did not change across an update. The host sends the whole
// store (and the UI recomputes each cookie's issues) after every change; with a hundred cookies,
// re-rendering every inspector row for the one that changed was a large share of a burst's frame.
// Rows are memoised, so handing them the very objects they had makes React skip them.

import { cookieKeyOf, type StoredCookie } from '../../../shared/domain'
import { sameShape } from '../../../shared/same-shape'

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
