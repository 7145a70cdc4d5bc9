// A `Set-Cookie` line's verdict, checked against the store. The browser's ExtraInfo names the
// lines it refused and why; a line it names no reason for is not always stored (Chromium drops
// `Partitioned` without `Secure` in silence, cuts a value at a byte that is not UTF-8, caps a
// lifetime at 400 days). So once the store has been read after the response, each line the
// browser did not refuse is held against the store right after its exchange:
//  - there with the value the line set: stored (with what differs: expiry capped, domain
//    normalised, value cut, when the store's cookie was changed by this very exchange);
//  - not there, but a later line wrote the same cookie before the store was read: stored, and
//    replaced (the store never showed it, so it cannot be checked);
//  - otherwise: not stored, with the most likely cause read from the line, marked inferred.
// A line that deletes its cookie keeps the browser's verdict.

import { cookieKeyOf } from '../../shared/domain'
import type {
  PartitionKey,
  Exchange,
  SetCookieLine,
  SetCookieOutcome,
  StoredCookie,
  TimelineEntry,
} from '../../shared/domain'
import type { HeldDifference, InferredNotStored } from '../../shared/messages/facts'
import {
  askedExpiryOf,
  bareDomain,
  deletesAt,
  isTargetOf,
  sameTarget,
  targetOf,
  type SetCookieTarget,
} from './set-cookie-target'

/** Chromium (since M104) lets no cookie live longer than this, whatever Expires or Max-Age say. */
export const MAX_COOKIE_DAYS = 400
const DAY_MS = 24 * 60 * 60 * 1000
/** The browser counts 400 days from when it stored the cookie, a moment after capture's clock. */
const SLACK_MS = 60_000
/** Chromium keeps at most 180 cookies per site and evicts down to 150 when a new one comes. */
const CROWDED_SITE = 150

/**
 * The outcomes of the exchange's lines, checked against STORE (the store right after it);
 * LATER: the entries after it, newest last. null when nothing changes.
 */
export function checkedOutcomes(
  exchange: Exchange,
  store: readonly StoredCookie[],
  later: readonly TimelineEntry[],
): SetCookieOutcome[] | null {
  let changed = false
  const outcomes = exchange.setCookies.map((line, index) => {
    const outcome = checkedOutcome(exchange, index, line, store, later)
    if (outcome !== line.outcome) changed = true
    return outcome
  })
  return changed ? outcomes : null
}

function checkedOutcome(
  exchange: Exchange,
  index: number,
  line: SetCookieLine,
  store: readonly StoredCookie[],
  later: readonly TimelineEntry[],
): SetCookieOutcome {
  const { parsed, outcome } = line
  if (outcome.status !== 'stored' || outcome.held || outcome.replacedBy) return outcome
  const receivedAt = exchange.finishedAt ?? exchange.time
  if (!parsed || deletesAt(parsed, exchange.time)) return outcome
  const target = targetOf(parsed, exchange.url)
  // A value that differs counts when it is the line's value cut at a byte that is not UTF-8
  // (what Chromium does), or when this exchange put it there; an older cookie under the same
  // key says nothing about this line.
  const changedHere = (cookie: StoredCookie) =>
    exchange.storeChanges.some(
      (change) =>
        (change.type === 'added' || change.type === 'changed') &&
        cookieKeyOf(change.cookie) === cookieKeyOf(cookie),
    )
  let candidates = store.filter((cookie) => isTargetOf(target, cookie))
  if (target.partitioned) {
    // An unpartitioned cookie of that name speaks for a Partitioned line only when this very
    // exchange wrote it (a browser that does not partition); else it is an older cookie.
    // Where the response named its partition, only a cookie in that very partition counts: the
    // same name in another top-level site's jar is another cookie.
    const named = exchange.cookiePartition?.key ?? null
    const partitioned = candidates.filter((c) =>
      named === null
        ? c.partitionKey !== null || c.partitionKeyOpaque
        : c.partitionKey !== null && samePartition(c.partitionKey, named),
    )
    candidates = partitioned.length > 0 ? partitioned : candidates.filter(changedHere)
  }
  const found = candidates.find((cookie) => cookie.value === parsed.value) ?? candidates[0]
  const holds = (cookie: StoredCookie) =>
    cookie.value === parsed.value || cutAt(parsed.value, cookie.value) || changedHere(cookie)
  if (found?.value !== parsed.value) {
    const replacedBy = replacerOf(exchange, index, target, later)
    if (replacedBy) return { status: 'stored', replacedBy }
  }
  if (found && holds(found)) {
    const held = differences(line, target, found, receivedAt)
    return held.length > 0 ? { status: 'stored', held } : outcome
  }
  return { status: 'notStored', inferred: inferredCause(line, target, store) }
}

/** What the store holds where it differs from what the line asked, both sides. */
function differences(
  line: SetCookieLine,
  target: SetCookieTarget,
  held: StoredCookie,
  receivedAt: number,
): HeldDifference[] {
  const parsed = line.parsed!
  const found: HeldDifference[] = []
  if (held.value !== parsed.value) {
    const byte = cutAt(parsed.value, held.value)
    found.push(
      byte
        ? { code: 'heldValueCut', params: { asked: parsed.value, held: held.value, byte } }
        : { code: 'heldValueDiffers', params: { asked: parsed.value, held: held.value } },
    )
  }
  const asked = askedExpiryOf(parsed, receivedAt)
  const heldExpiry = held.expires === null ? null : Math.round(held.expires * 1000)
  if (
    asked !== null &&
    heldExpiry !== null &&
    asked - receivedAt > MAX_COOKIE_DAYS * DAY_MS + SLACK_MS &&
    asked - heldExpiry > SLACK_MS
  ) {
    found.push({
      code: 'heldExpiryCapped',
      params: { asked, held: heldExpiry, days: MAX_COOKIE_DAYS },
    })
  }
  if (parsed.domain !== undefined && target.domain !== null) {
    const written = parsed.domain
    if (held.hostOnly) {
      found.push({ code: 'heldHostOnly', params: { asked: written, host: held.domain } })
    } else if (written.replace(/^\.+/, '') !== held.domain.replace(/^\.+/, '')) {
      found.push({ code: 'heldDomainNormalised', params: { asked: written, held: held.domain } })
    }
  }
  return found
}

/**
 * The entry whose line wrote the same cookie after this one and before the store was read: a
 * later line of this response, or a later exchange's line the browser did not refuse.
 */
function replacerOf(
  exchange: Exchange,
  index: number,
  target: SetCookieTarget,
  later: readonly TimelineEntry[],
): string | null {
  const writes = (owner: Exchange, lines: readonly SetCookieLine[]) =>
    lines.some(
      (line) =>
        line.parsed !== null &&
        line.outcome.status !== 'blocked' &&
        sameTarget(targetOf(line.parsed, owner.url), target),
    )
  if (writes(exchange, exchange.setCookies.slice(index + 1))) return exchange.id
  for (let i = later.length - 1; i >= 0; i -= 1) {
    const entry = later[i]
    if (entry?.kind === 'exchange' && writes(entry, entry.setCookies)) return entry.id
  }
  return null
}

/** The most likely reason, read from the line: the first rule it breaks that Chromium enforces. */
function inferredCause(
  line: SetCookieLine,
  target: SetCookieTarget,
  store: readonly StoredCookie[],
): InferredNotStored {
  const parsed = line.parsed!
  if (parsed.partitioned && !parsed.secure) return { code: 'inferredPartitionedWithoutSecure' }
  if (line.problems.some((problem) => problem.code === 'nonAsciiNotUtf8')) {
    return { code: 'inferredValueNotUtf8' }
  }
  const prefix = /^(__Host-Http-|__Http-|__Host-|__Secure-)/i.exec(parsed.name)?.[1]
  if (prefix) return { code: 'inferredPrefixRules', params: { prefix } }
  const site = target.domain ?? target.host
  if (site !== null) {
    const count = store.filter((cookie) => {
      const domain = bareDomain(cookie.domain)
      return domain === site || domain.endsWith(`.${site}`) || site.endsWith(`.${domain}`)
    }).length
    if (count >= CROWDED_SITE) return { code: 'inferredCrowdedSite', params: { count } }
  }
  return { code: 'inferredNoCause' }
}

/**
 * HELD is ASKED cut just before a non-ASCII byte (Chromium keeps a value up to its first byte
 * that is not UTF-8): that byte as `0xE9`; otherwise null.
 */
function cutAt(asked: string, held: string): string | null {
  if (held.length >= asked.length || !asked.startsWith(held)) return null
  const code = asked.charCodeAt(held.length)
  if (code <= 0x7f) return null
  return `0x${code.toString(16).toUpperCase().padStart(2, '0')}`
}

function samePartition(a: PartitionKey, b: PartitionKey): boolean {
  return a.topLevelSite === b.topLevelSite && a.hasCrossSiteAncestor === b.hasCrossSiteAncestor
}
