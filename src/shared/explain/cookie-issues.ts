// Chromium's cookie issues, exemptions and partitions in words: which cookie or Set-Cookie line
// an issue is about, what each reason means and how to fix it. The words are the catalogue's
// (messages/en/cookie-issues.ts); this module knows which of them an issue needs. A code the
// catalogue does not know is shown raw with a general sentence, never dropped.

import { cookieIssuesEn } from '../messages/en/cookie-issues'
import type {
  KnownExemptionReason,
  KnownInsightType,
  KnownIssueReason,
} from '../messages/cookie-issue-ids'
import { formatMessage, type Locale } from '../messages/format-message'
import type { ConsideredCookie, CookieIssue, Exchange, SetCookieLine } from '../domain'

export type IssueReasonKind = 'warning' | 'exclusion'

export interface IssueReasonExplanation {
  /** The reason as Chromium named it. */
  reason: string
  kind: IssueReasonKind
  /** "warning" or "excluded", in words. */
  kindLabel: string
  summary: string
  meaning: string
  fix: string
  /** false when Cookie Lab has no words for this reason yet and shows it raw. */
  known: boolean
}

export interface CookieIssueExplanation {
  /** Which cookie or line it is about: "On the cookie sid, considered for this request". */
  target: string
  /** The Set-Cookie line or the considered cookie of the exchange the issue is about, if found. */
  line: SetCookieLine | null
  considered: ConsideredCookie | null
  reasons: IssueReasonExplanation[]
  insight: string | null
  otherFields: string | null
}

const has = (id: string): boolean => Object.hasOwn(cookieIssuesEn, id)

export function explainIssueReason(
  reason: string,
  kind: IssueReasonKind,
  locale?: Locale,
): IssueReasonExplanation {
  const kindLabel = formatMessage(`issue.kind.${kind}`, undefined, locale)
  if (!has(`issue.reason.${reason}.summary`)) {
    return {
      reason,
      kind,
      kindLabel,
      summary: formatMessage('issue.reason.unknown.summary', { reason }, locale),
      meaning: formatMessage('issue.reason.unknown.meaning', { reason }, locale),
      fix: formatMessage('issue.reason.unknown.fix', { reason }, locale),
      known: false,
    }
  }
  const known = reason as KnownIssueReason
  return {
    reason,
    kind,
    kindLabel,
    summary: formatMessage(`issue.reason.${known}.summary`, undefined, locale),
    meaning: formatMessage(`issue.reason.${known}.meaning`, undefined, locale),
    fix: formatMessage(`issue.reason.${known}.fix`, undefined, locale),
    known: true,
  }
}

/** The Set-Cookie line a SetCookie issue is about: the same raw line, else the same name. */
function lineOf(issue: CookieIssue, exchange: Exchange): SetCookieLine | null {
  const { rawCookieLine, cookie } = issue
  return (
    exchange.setCookies.find((line) => rawCookieLine !== null && line.raw === rawCookieLine) ??
    exchange.setCookies.find((line) => cookie !== null && line.parsed?.name === cookie.name) ??
    null
  )
}

/** The considered cookie a ReadCookie issue is about: same name, domain and path. */
function consideredOf(issue: CookieIssue, exchange: Exchange): ConsideredCookie | null {
  const { cookie } = issue
  if (!cookie) return null
  return (
    exchange.considered.find(
      ({ cookie: c }) =>
        c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path,
    ) ?? null
  )
}

export function explainCookieIssue(
  issue: CookieIssue,
  exchange: Exchange,
  locale?: Locale,
): CookieIssueExplanation {
  const cookie = issue.cookie?.name ?? issue.rawCookieLine ?? '?'
  const operation = issue.operation
  const target = issue.byScript
    ? formatMessage('issue.operation.script', { cookie }, locale)
    : operation === 'SetCookie' || operation === 'ReadCookie'
      ? formatMessage(`issue.operation.${operation}`, { cookie }, locale)
      : formatMessage('issue.operation.unknown', { cookie, operation: operation ?? '' }, locale)
  const reasons = [
    ...issue.exclusionReasons.map((r) => explainIssueReason(r, 'exclusion', locale)),
    ...issue.warningReasons.map((r) => explainIssueReason(r, 'warning', locale)),
  ]
  return {
    target,
    // A script's cookie is on no line of this exchange, though one may share its name.
    line: operation === 'ReadCookie' || issue.byScript ? null : lineOf(issue, exchange),
    considered: operation === 'SetCookie' || issue.byScript ? null : consideredOf(issue, exchange),
    reasons,
    insight: issue.insight ? describeInsight(issue.insight.type, locale) : null,
    otherFields: issue.otherFields?.length
      ? formatMessage('issue.otherFields', { fields: issue.otherFields.join('; ') }, locale)
      : null,
  }
}

function describeInsight(type: string, locale?: Locale): string {
  return has(`issue.insight.${type}`)
    ? formatMessage(`issue.insight.${type as KnownInsightType}`, undefined, locale)
    : formatMessage('issue.insight.unknown', { type }, locale)
}

/** The timeline marker's words: "2 cookie warnings". */
export function issueMarkerLabel(count: number, locale?: Locale): string {
  return formatMessage('issue.marker', { count }, locale)
}

/** Why an exception let a cookie through, completing "… only because …". */
function exemptionBecause(reason: string, locale?: Locale): string {
  return has(`exemption.${reason}`)
    ? formatMessage(`exemption.${reason as KnownExemptionReason}`, undefined, locale)
    : formatMessage('exemption.unknown', { reason }, locale)
}

/** Every cookie of the exchange an exception let through, one sentence each. */
export function describeExemptions(exchange: Exchange, locale?: Locale): string[] {
  const sentences: string[] = []
  for (const { cookie, exemptionReason } of exchange.considered) {
    if (!exemptionReason) continue
    const because = exemptionBecause(exemptionReason, locale)
    sentences.push(formatMessage('exemption.onRequest', { name: cookie.name, because }, locale))
  }
  for (const { cookieLine, reason } of exchange.exemptedSetCookies ?? []) {
    const because = exemptionBecause(reason, locale)
    sentences.push(formatMessage('exemption.onResponse', { line: cookieLine, because }, locale))
  }
  return sentences
}

/**
 * The partition facts worth a learner's time: where this response's Partitioned cookies went
 * (only when it set one), and that the site has cookies in another partition.
 */
export function describePartitions(exchange: Exchange, locale?: Locale): string[] {
  const sentences: string[] = []
  const partition = exchange.cookiePartition
  const setsPartitioned = exchange.setCookies.some((line) => line.parsed?.partitioned)
  if (partition && setsPartitioned) {
    if (partition.key) {
      const crossSite = partition.key.hasCrossSiteAncestor ? 'yes' : 'no'
      const site = partition.key.topLevelSite
      sentences.push(formatMessage('partition.setInto', { site, crossSite }, locale))
    } else if (partition.opaque) {
      sentences.push(formatMessage('partition.opaque', undefined, locale))
    }
  }
  if (exchange.siteHasCookieInOtherPartition) {
    sentences.push(
      formatMessage('partition.otherPartition', { site: hostOf(exchange.url) }, locale),
    )
  }
  return sentences
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
