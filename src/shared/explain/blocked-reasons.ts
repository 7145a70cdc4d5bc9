// Chromium's terse cookie verdicts (CDP `CookieBlockedReason` and `SetCookieBlockedReason`) in
// plain words: what the reason means and how to fix it. The timeline shows `summary` on a
// blocked chip; the detail view shows all of it. The words are the catalogue's
// (messages/en/blocked-reasons.ts); this module knows which of them a reason needs.
//
// Two things decide the words besides the reason itself:
// - its kind: a cookie held back by its own Path, Domain, port or scheme is the rule doing its
//   job, said calmly and without a fix; anything else is a problem to explain and fix.
// - the request's site context: Chromium 156 names every cross-site SameSite block
//   `Schemeful…`, so "other scheme" is said only when the page that made the request is the
//   same host over the other scheme (see site-relation.ts).

import { blockedReasonsEn } from '../messages/en/blocked-reasons'
import { formatMessage, type Locale } from '../messages/format-message'
import {
  SCHEMEFUL_REASONS,
  WORDED_ON_RESPONSE,
  type KnownBlockedReason,
} from '../messages/message-ids'
import {
  brokenPrefixRules,
  namelessPrefixOf,
  prefixOf,
  type PrefixedCookie,
} from './cookie-prefixes'
import { siteRelation } from './site-relation'
import { conjunction } from '../messages/intl-formats'

/** A request's cookie that was not sent, or a response's Set-Cookie line that was not stored. */
export type CookieDirection = 'request' | 'response'

/**
 * `rule`: the cookie's own scope (Path, Domain, port, scheme) keeps it from this URL, as it is
 * meant to. `problem`: something the learner may want to fix.
 */
export type ReasonKind = 'rule' | 'problem'

export interface BlockedReasonExplanation {
  /** The reason as the browser named it. */
  reason: string
  kind: ReasonKind
  /** A few words for a chip: "SameSite=None without Secure", "not for this path". */
  summary: string
  /** One or two sentences: what happened and why. */
  meaning: string
  /** What to change so the cookie goes through (the UI shows it for problems only). */
  fix: string
  /** false when Cookie Lab has no words for this reason yet and shows it raw. */
  known: boolean
}

/** What is known around a verdict; each part sharpens the words of some reasons. */
export interface ReasonContext {
  /** The request's URL, and the page that made it (`Exchange.initiatorOrigin`). */
  requestUrl?: string
  initiatorOrigin?: string | null
  /** The line (or cookie) refused: names the broken rule of an `InvalidPrefix`. */
  cookie?: PrefixedCookie
}

// Names other tools (and older notes) use for the same verdicts.
const ALIASES: Record<string, KnownBlockedReason> = {
  PathMismatch: 'NotOnPath',
}

/** Reasons that are a cookie's own scope at work when a request leaves it out. */
const RULE_REASONS: ReadonlySet<string> = new Set<KnownBlockedReason>([
  'NotOnPath',
  'DomainMismatch',
  'PortMismatch',
  'SchemeMismatch',
])

/** Each schemeful reason's plain cross-site twin, whose words fit when the sites differ. */
const CROSS_SITE_TWIN: Record<(typeof SCHEMEFUL_REASONS)[number], KnownBlockedReason> = {
  SchemefulSameSiteStrict: 'SameSiteStrict',
  SchemefulSameSiteLax: 'SameSiteLax',
  SchemefulSameSiteUnspecifiedTreatedAsLax: 'SameSiteUnspecifiedTreatedAsLax',
}

/** Every reason with its own words, for tests and for lessons that list them. */
export const EXPLAINED_REASONS: readonly KnownBlockedReason[] = Object.keys(blockedReasonsEn)
  .map((id) => /^blocked\.(\w+)\.summary$/.exec(id)?.[1])
  .filter((reason): reason is KnownBlockedReason => reason !== undefined)

const EXPLAINED = new Set<string>(EXPLAINED_REASONS)
const RESPONSE_WORDED = new Set<string>(WORDED_ON_RESPONSE)

/** Code the AnonymousContext fix quotes: a line of JavaScript, the same in every language. */
const WITH_CREDENTIALS = "fetch(url, { credentials: 'include' })"

function knownReason(reason: string): KnownBlockedReason | null {
  const known = ALIASES[reason] ?? reason
  return EXPLAINED.has(known) ? (known as KnownBlockedReason) : null
}

/** The kind of REASON in DIRECTION: a refused Set-Cookie line is always worth a look. */
export function kindOfReason(reason: string, direction: CookieDirection): ReasonKind {
  const known = ALIASES[reason] ?? reason
  return direction === 'request' && RULE_REASONS.has(known) ? 'rule' : 'problem'
}

/** The kind of a cookie held back for all of REASONS: a rule only if every one is. */
export function kindOfReasons(reasons: readonly string[], direction: CookieDirection): ReasonKind {
  return reasons.length > 0 && reasons.every((r) => kindOfReason(r, direction) === 'rule')
    ? 'rule'
    : 'problem'
}

export function explainBlockedReason(
  reason: string,
  direction: CookieDirection,
  context: ReasonContext = {},
  locale?: Locale,
): BlockedReasonExplanation {
  const kind = kindOfReason(reason, direction)
  const lead =
    direction === 'response'
      ? 'blocked.lead.response'
      : kind === 'rule'
        ? 'blocked.lead.rule'
        : 'blocked.lead.request'
  const known = knownReason(reason)
  if (!known) {
    const because = formatMessage('blocked.unknown.because', { reason }, locale)
    return {
      reason,
      kind,
      summary: reason,
      meaning: formatMessage(lead, { because }, locale),
      fix: formatMessage('blocked.unknown.fix', { reason }, locale),
      known: false,
    }
  }
  const words = wordsFor(known, direction, context, locale)
  return {
    reason,
    kind,
    summary: words.summary,
    meaning: formatMessage(lead, { because: words.because }, locale),
    fix: words.fix,
    known: true,
  }
}

interface Words {
  summary: string
  because: string
  fix: string
}

function wordsFor(
  known: KnownBlockedReason,
  direction: CookieDirection,
  context: ReasonContext,
  locale: Locale | undefined,
): Words {
  if (isSchemeful(known)) {
    const relation = context.requestUrl
      ? siteRelation(context.requestUrl, context.initiatorOrigin ?? null)
      : 'unknown'
    if (relation === 'cross-site') return wordsFor(CROSS_SITE_TWIN[known], direction, {}, locale)
    if (relation === 'other-scheme') {
      return {
        summary: formatMessage(`blocked.${known}.summaryOtherScheme`, undefined, locale),
        because: formatMessage(`blocked.${known}.becauseOtherScheme`, undefined, locale),
        fix: formatMessage(`blocked.${known}.fixOtherScheme`, undefined, locale),
      }
    }
  }
  if (known === 'InvalidPrefix' && context.cookie) {
    const prefixed = prefixWords(context.cookie, locale)
    if (prefixed) return prefixed
  }
  const because =
    direction === 'response' && RESPONSE_WORDED.has(known)
      ? formatMessage(
          `blocked.${known as (typeof WORDED_ON_RESPONSE)[number]}.becauseOnResponse`,
          undefined,
          locale,
        )
      : formatMessage(`blocked.${known}.because`, undefined, locale)
  return {
    summary: formatMessage(`blocked.${known}.summary`, undefined, locale),
    because,
    fix:
      known === 'AnonymousContext'
        ? formatMessage('blocked.AnonymousContext.fix', { code: WITH_CREDENTIALS }, locale)
        : formatMessage(`blocked.${known}.fix`, undefined as never, locale),
  }
}

function isSchemeful(reason: KnownBlockedReason): reason is (typeof SCHEMEFUL_REASONS)[number] {
  return (SCHEMEFUL_REASONS as readonly string[]).includes(reason)
}

const PREFIX_KIND = {
  '__Secure-': 'secure',
  '__Host-': 'host',
  '__Http-': 'http',
  '__Host-Http-': 'hostHttp',
} as const

/** Which rule of its prefix the line broke; null when none can be named from the line. */
function prefixWords(cookie: PrefixedCookie, locale: Locale | undefined): Words | null {
  const nameless = namelessPrefixOf(cookie)
  if (nameless) {
    return {
      summary: formatMessage('blocked.InvalidPrefix.summaryNameless', { prefix: nameless }, locale),
      because: formatMessage('blocked.InvalidPrefix.becauseNameless', { prefix: nameless }, locale),
      fix: formatMessage('blocked.InvalidPrefix.fixNameless', undefined, locale),
    }
  }
  const found = prefixOf(cookie.name)
  const broken = brokenPrefixRules(cookie)
  if (!found || broken.length === 0) return null
  const prefix = found.prefix
  const list = conjunction(
    locale ?? 'en',
    broken.map((rule) => formatMessage(`blocked.prefixRule.${rule}`, undefined, locale)),
  )
  return {
    summary: formatMessage('blocked.InvalidPrefix.summaryFor', { prefix }, locale),
    because: formatMessage(
      'blocked.InvalidPrefix.becauseFor',
      { prefix, kind: PREFIX_KIND[prefix], broken: list },
      locale,
    ),
    fix: formatMessage('blocked.InvalidPrefix.fixFor', { prefix }, locale),
  }
}
