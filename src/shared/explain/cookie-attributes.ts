// Every cookie attribute in one plain sentence, for a Set-Cookie line (what the server asked
// for) and for a cookie in the store (what the browser kept). The detail view shows them as a
// table; lessons can reuse them. Pure: no DOM, no Node. The words are the catalogue's
// (messages/en/cookie-attributes.ts); this module knows which sentence an attribute needs.

import { MAX_NAME_VALUE_BYTES, type ParsedSetCookie, type StoredCookie } from '../domain'
import {
  brokenPrefixRules,
  prefixOf,
  type CookiePrefix,
  type PrefixedCookie,
} from './cookie-prefixes'
import { formatDuration } from './durations'
import { currentMessageLocale, formatMessage, type Locale } from '../messages/format-message'
import { conjunction } from '../messages/intl-formats'

export interface AttributeExplanation {
  /** The attribute as written (`Path=/john`), or its absence in words (`no Domain`). */
  attribute: string
  sentence: string
}

export interface SetCookieContext {
  /** The URL whose response carried the line: it decides the default Path and the host. */
  url: string | null
  /** When the response arrived (ms since the epoch), to read Expires relative to it. */
  receivedAt: number
}

/** RFC 6265 §5.1.4: a cookie without Path gets the folder of the URL that set it. */
export function defaultCookiePath(url: string): string {
  let pathname: string
  try {
    pathname = new URL(url).pathname
  } catch {
    return '/'
  }
  const lastSlash = pathname.lastIndexOf('/')
  return lastSlash <= 0 ? '/' : pathname.slice(0, lastSlash)
}

function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname
  } catch {
    return null
  }
}

function explainPair(name: string, value: string, locale?: Locale): AttributeExplanation {
  const attribute = `${name}=${value}`
  if (value === '') {
    return { attribute, sentence: formatMessage('attr.pair.empty', { name }, locale) }
  }
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return { attribute, sentence: formatMessage('attr.pair.quoted', { name }, locale) }
  }
  return { attribute, sentence: formatMessage('attr.pair.value', { name, value }, locale) }
}

function explainDomain(
  domain: string | null,
  host: string | null,
  locale?: Locale,
): AttributeExplanation {
  if (domain === null) {
    return {
      attribute: formatMessage('attr.label.noDomain', undefined, locale),
      sentence:
        host === null
          ? formatMessage('attr.domain.hostOnlyUnnamed', undefined, locale)
          : formatMessage('attr.domain.hostOnly', { host }, locale),
    }
  }
  const bare = domain.replace(/^\./, '')
  return {
    attribute: `Domain=${bare}`,
    sentence: formatMessage('attr.domain.shared', { domain: bare }, locale),
  }
}

function explainPath(path: string, locale?: Locale): AttributeExplanation {
  return {
    attribute: `Path=${path}`,
    sentence:
      path === '/'
        ? formatMessage('attr.path.everywhere', undefined, locale)
        : formatMessage('attr.path.under', { path }, locale),
  }
}

function explainSecure(secure: boolean, locale?: Locale): AttributeExplanation {
  return secure
    ? { attribute: 'Secure', sentence: formatMessage('attr.secure.yes', undefined, locale) }
    : {
        attribute: formatMessage('attr.label.noSecure', undefined, locale),
        sentence: formatMessage('attr.secure.no', undefined, locale),
      }
}

function explainHttpOnly(httpOnly: boolean, locale?: Locale): AttributeExplanation {
  return httpOnly
    ? { attribute: 'HttpOnly', sentence: formatMessage('attr.httpOnly.yes', undefined, locale) }
    : {
        attribute: formatMessage('attr.label.noHttpOnly', undefined, locale),
        sentence: formatMessage('attr.httpOnly.no', undefined, locale),
      }
}

function explainSameSite(
  sameSite: string | null,
  secure: boolean,
  locale?: Locale,
): AttributeExplanation {
  if (sameSite === null) {
    return {
      attribute: formatMessage('attr.label.noSameSite', undefined, locale),
      sentence: formatMessage('attr.sameSite.unset', undefined, locale),
    }
  }
  const attribute = `SameSite=${sameSite}`
  const sentence = (() => {
    switch (sameSite.toLowerCase()) {
      case 'strict':
        return formatMessage('attr.sameSite.strict', undefined, locale)
      case 'lax':
        return formatMessage('attr.sameSite.lax', undefined, locale)
      case 'none':
        return secure
          ? formatMessage('attr.sameSite.none', undefined, locale)
          : formatMessage('attr.sameSite.noneInsecure', undefined, locale)
      default:
        return formatMessage('attr.sameSite.unknown', { value: sameSite }, locale)
    }
  })()
  return { attribute, sentence }
}

/** The message saying what a cookie of each prefix guarantees, and what that demands. */
const PREFIX_PROMISE = {
  '__Secure-': 'attr.prefix.secure',
  '__Host-': 'attr.prefix.host',
  '__Http-': 'attr.prefix.http',
  '__Host-Http-': 'attr.prefix.hostHttp',
} as const satisfies Record<CookiePrefix, `attr.prefix.${string}`>

function ruleWords(rule: ReturnType<typeof brokenPrefixRules>[number], locale?: Locale): string {
  switch (rule) {
    case 'secure':
      return 'Secure'
    case 'httpOnly':
      return 'HttpOnly'
    case 'path':
      return 'Path=/'
    case 'domain':
      return formatMessage('attr.label.noDomain', undefined, locale)
  }
}

function explainPrefix(cookie: PrefixedCookie, locale?: Locale): AttributeExplanation | null {
  const found = prefixOf(cookie.name)
  if (!found) return null
  const broken = brokenPrefixRules(cookie)
  const promise = formatMessage(PREFIX_PROMISE[found.prefix], undefined, locale)
  const list = conjunction(
    locale ?? currentMessageLocale(),
    broken.map((rule) => ruleWords(rule, locale)),
  )
  return {
    attribute: formatMessage('attr.label.prefix', { prefix: found.prefix }, locale),
    sentence:
      broken.length === 0
        ? promise
        : formatMessage('attr.prefix.broken', { promise, broken: list }, locale),
  }
}

function sessionCookie(locale?: Locale): AttributeExplanation {
  return {
    attribute: formatMessage('attr.label.noLifetime', undefined, locale),
    sentence: formatMessage('attr.session', undefined, locale),
  }
}

function explainLifetime(
  parsed: ParsedSetCookie,
  receivedAt: number,
  locale?: Locale,
): AttributeExplanation[] {
  const out: AttributeExplanation[] = []
  if (parsed.maxAge !== undefined) {
    out.push({
      attribute: `Max-Age=${parsed.maxAge}`,
      sentence:
        parsed.maxAge <= 0
          ? formatMessage('attr.maxAge.now', undefined, locale)
          : formatMessage(
              'attr.maxAge.after',
              { duration: formatDuration(parsed.maxAge, locale) },
              locale,
            ),
    })
  }
  if (parsed.expires !== undefined) {
    const attribute = `Expires=${parsed.expires}`
    const sentence =
      parsed.maxAge !== undefined
        ? formatMessage('attr.expires.ignored', undefined, locale)
        : parsed.expiresAt === undefined
          ? formatMessage('attr.expires.unreadable', undefined, locale)
          : parsed.expiresAt <= receivedAt
            ? formatMessage('attr.expires.past', undefined, locale)
            : formatMessage(
                'attr.expires.until',
                { duration: formatDuration((parsed.expiresAt - receivedAt) / 1000, locale) },
                locale,
              )
    out.push({ attribute, sentence })
  }
  if (out.length === 0) out.push(sessionCookie(locale))
  return out
}

/** A Set-Cookie line's attributes, in the order a learner reads them. */
export function explainSetCookie(
  parsed: ParsedSetCookie,
  context: SetCookieContext,
  locale?: Locale,
): AttributeExplanation[] {
  const path = parsed.path ?? null
  const out: AttributeExplanation[] = [explainPair(parsed.name, parsed.value, locale)]
  const prefix = explainPrefix(parsed, locale)
  if (prefix) out.push(prefix)
  out.push(explainDomain(parsed.domain ?? null, hostOf(context.url), locale))
  if (path !== null) out.push(explainPath(path, locale))
  else {
    const fallback = context.url ? defaultCookiePath(context.url) : '/'
    out.push({
      attribute: formatMessage('attr.label.noPath', undefined, locale),
      sentence:
        fallback === '/'
          ? formatMessage('attr.noPath.root', undefined, locale)
          : formatMessage('attr.noPath.under', { path: fallback }, locale),
    })
  }
  out.push(...explainLifetime(parsed, context.receivedAt, locale))
  out.push(explainSecure(parsed.secure, locale), explainHttpOnly(parsed.httpOnly, locale))
  out.push(explainSameSite(parsed.sameSite, parsed.secure, locale))
  if (parsed.partitioned) {
    out.push({
      attribute: 'Partitioned',
      sentence: formatMessage('attr.partitioned', undefined, locale),
    })
  }
  return out
}

/** A cookie as the browser keeps it; `now` (ms) turns its expiry into a time from now. */
export function explainStoredCookie(
  cookie: StoredCookie,
  now: number,
  locale?: Locale,
): AttributeExplanation[] {
  const out: AttributeExplanation[] = [explainPair(cookie.name, cookie.value, locale)]
  const prefix = explainPrefix(
    { ...cookie, domain: cookie.hostOnly ? null : cookie.domain },
    locale,
  )
  if (prefix) out.push(prefix)
  out.push(
    cookie.hostOnly
      ? {
          attribute: formatMessage('attr.label.host', { domain: cookie.domain }, locale),
          sentence: formatMessage('attr.stored.hostOnly', { domain: cookie.domain }, locale),
        }
      : explainDomain(cookie.domain, null, locale),
  )
  out.push(explainPath(cookie.path, locale))
  if (cookie.expires === null) {
    out.push({
      attribute: formatMessage('attr.label.session', undefined, locale),
      sentence: formatMessage('attr.session', undefined, locale),
    })
  } else {
    const at = cookie.expires * 1000
    out.push({
      // The store's moment, not a line's attribute: as the learner's language writes dates.
      attribute: formatMessage('attr.label.expires', { date: at }, locale),
      sentence:
        at <= now
          ? formatMessage('attr.stored.expired', undefined, locale)
          : formatMessage(
              'attr.stored.expiresIn',
              { duration: formatDuration((at - now) / 1000, locale) },
              locale,
            ),
    })
  }
  out.push(explainSecure(cookie.secure, locale), explainHttpOnly(cookie.httpOnly, locale))
  out.push(explainSameSite(cookie.sameSite, cookie.secure, locale))
  out.push({
    attribute: formatMessage('attr.label.size', { bytes: cookie.size }, locale),
    sentence: formatMessage(
      'attr.stored.size',
      { bytes: cookie.size, max: MAX_NAME_VALUE_BYTES },
      locale,
    ),
  })
  return out
}
