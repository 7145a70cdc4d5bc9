// Whether a step's checks hold, read from what capture really saw: the exchanges since the step's
// action began and the store now. The player shows each check live (passed / not yet) and
// `npm run lesson -- verify` prints them; both call this, so the room and the teacher's command
// line can never disagree. A verdict names the entry that proves it (the spotlight) and what was
// seen instead, as facts for the words (lesson-check-words.ts).

import type { Exchange, SetCookieLine, StoredCookie, TimelineEntry } from '../domain'
import type { ExchangeMatch, LessonCheck } from './lesson'

/** What capture showed for a check, as a fact: the latest matching thing, or its absence. */
export type CheckSeen =
  | { code: 'noRequest' }
  | { code: 'answered'; status: number | null }
  | { code: 'noLine' }
  | { code: 'lineStored'; value: string }
  | { code: 'lineRefused'; reasons: string[] }
  | { code: 'lineNotStored'; inferred: string }
  | { code: 'lineUnknown' }
  | { code: 'cookieSent'; value: string }
  | { code: 'cookieNotSent'; reasons: string[] }
  | { code: 'storeHolds'; value: string; domain: string }
  | { code: 'storeLacks' }
  | { code: 'scriptWrote' }
  | { code: 'noScriptWrite' }

export interface CheckVerdict {
  check: LessonCheck
  passed: boolean
  /** The timeline entry that proves the check, or that the check is about. */
  entryId?: string
  seen: CheckSeen
}

/** The verdict of every check of a step over ENTRIES (since the step began) and STORE (now). */
export function checkVerdicts(
  checks: readonly LessonCheck[],
  entries: readonly TimelineEntry[],
  store: readonly StoredCookie[],
): CheckVerdict[] {
  return checks.map((check) => checkVerdict(check, entries, store))
}

export function checkVerdict(
  check: LessonCheck,
  entries: readonly TimelineEntry[],
  store: readonly StoredCookie[],
): CheckVerdict {
  switch (check.kind) {
    case 'exchange':
      return overExchanges(check, entries, (exchange) => ({
        passed:
          exchange.state === 'complete' &&
          (check.status === undefined || exchange.status === check.status),
        seen: { code: 'answered', status: exchange.state === 'complete' ? exchange.status : null },
      }))
    case 'stored':
      return overExchanges(check, entries, (exchange) => {
        const line = lineFor(exchange, check.cookie)
        if (!line) return { passed: false, seen: { code: 'noLine' } }
        const seen = lineSeen(line)
        return {
          passed:
            seen.code === 'lineStored' && (check.value === undefined || seen.value === check.value),
          seen,
        }
      })
    case 'refused':
      return overExchanges(check, entries, (exchange) => {
        const line = lineFor(exchange, check.cookie)
        if (!line) return { passed: false, seen: { code: 'noLine' } }
        const seen = lineSeen(line)
        const reasons =
          seen.code === 'lineRefused'
            ? seen.reasons
            : seen.code === 'lineNotStored'
              ? [seen.inferred]
              : null
        return {
          passed:
            reasons !== null && (check.reason === undefined || reasons.includes(check.reason)),
          seen,
        }
      })
    case 'sent':
    case 'not-sent':
      return overExchanges(check, entries, (exchange) => {
        const pair = exchange.cookiePairs.find((candidate) => candidate.name === check.cookie)
        if (pair) {
          const passed =
            check.kind === 'sent' && (check.value === undefined || pair.value === check.value)
          return { passed, seen: { code: 'cookieSent', value: pair.value } }
        }
        const reasons = exchange.considered
          .filter((considered) => considered.cookie.name === check.cookie)
          .flatMap((considered) => considered.blockedReasons)
        // Not sent is known only once the request's headers were seen.
        const known = exchange.requestHeaders !== null
        const passed =
          check.kind === 'not-sent' &&
          known &&
          (check.reason === undefined || reasons.includes(check.reason))
        return { passed, seen: { code: 'cookieNotSent', reasons } }
      })
    case 'store-has': {
      // One name may be stored more than once (other paths, other partitions: CHIPS keeps one
      // per top-level site), so the check holds when any of them has everything it asks for.
      const named = store.filter(
        (candidate) => candidate.name === check.cookie && onDomain(candidate, check.domain),
      )
      const holds = (cookie: StoredCookie) =>
        (check.value === undefined || cookie.value === check.value) &&
        (check.httpOnly === undefined || cookie.httpOnly === check.httpOnly) &&
        (check.secure === undefined || cookie.secure === check.secure) &&
        (check.sameSite === undefined || cookie.sameSite === check.sameSite) &&
        (check.session === undefined || (cookie.expires === null) === check.session)
      const match = named.find(holds)
      const cookie = match ?? named[0]
      if (!cookie) return { check, passed: false, seen: { code: 'storeLacks' } }
      return {
        check,
        passed: match !== undefined,
        seen: { code: 'storeHolds', value: cookie.value, domain: cookie.domain },
      }
    }
    case 'store-lacks': {
      const cookie = store.find(
        (candidate) => candidate.name === check.cookie && onDomain(candidate, check.domain),
      )
      return cookie
        ? {
            check,
            passed: false,
            seen: { code: 'storeHolds', value: cookie.value, domain: cookie.domain },
          }
        : { check, passed: true, seen: { code: 'storeLacks' } }
    }
    case 'script-wrote': {
      const write = entries.findLast(
        (entry) =>
          entry.kind === 'script-write' &&
          entry.storeChanges.some((change) => change.cookie.name === check.cookie),
      )
      return write
        ? { check, passed: true, entryId: write.id, seen: { code: 'scriptWrote' } }
        : { check, passed: false, seen: { code: 'noScriptWrite' } }
    }
  }
}

/**
 * A check about requests: it passes when any matching exchange passes (the one that did is the
 * spotlight); otherwise what the latest matching exchange showed is what was seen.
 */
function overExchanges(
  check: LessonCheck & ExchangeMatch,
  entries: readonly TimelineEntry[],
  judge: (exchange: Exchange) => { passed: boolean; seen: CheckSeen },
): CheckVerdict {
  let latest: CheckVerdict | null = null
  for (const entry of entries) {
    if (entry.kind !== 'exchange' || !matches(entry, check)) continue
    const { passed, seen } = judge(entry)
    if (passed) return { check, passed, entryId: entry.id, seen }
    latest = { check, passed, entryId: entry.id, seen }
  }
  return latest ?? { check, passed: false, seen: { code: 'noRequest' } }
}

/** Whether EXCHANGE is one MATCH means: its path exactly (no query), method and host if given. */
export function matches(exchange: Exchange, match: ExchangeMatch): boolean {
  let url: URL
  try {
    url = new URL(exchange.url)
  } catch {
    return false
  }
  return (
    url.pathname === match.path &&
    (match.method === undefined || exchange.method === match.method) &&
    (match.host === undefined || url.hostname === match.host.toLowerCase())
  )
}

/** The response's last line about COOKIE: the one that decided what the store holds. */
function lineFor(exchange: Exchange, cookie: string): SetCookieLine | undefined {
  return exchange.setCookies.findLast((line) => line.parsed?.name === cookie)
}

/** What a Set-Cookie line's verdict shows, as a fact (worded by check-words' `seenWords`). */
export function lineSeen(line: SetCookieLine): CheckSeen {
  const { outcome } = line
  switch (outcome.status) {
    case 'stored':
      return { code: 'lineStored', value: line.parsed?.value ?? '' }
    case 'blocked':
      return { code: 'lineRefused', reasons: outcome.reasons }
    case 'notStored':
      return { code: 'lineNotStored', inferred: outcome.inferred.code }
    case 'unknown':
      return { code: 'lineUnknown' }
  }
}

/**
 * A cookie on DOMAIN (any domain when absent): its domain with or without the leading dot a
 * Domain attribute adds. The spotlight's store focus means the cookies the store checks mean.
 */
export function onDomain(cookie: StoredCookie, domain: string | undefined): boolean {
  if (domain === undefined) return true
  const want = domain.toLowerCase().replace(/^\./, '')
  return cookie.domain.toLowerCase().replace(/^\./, '') === want
}
