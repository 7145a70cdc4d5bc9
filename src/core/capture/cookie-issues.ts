// Chromium's cookie issues (`Audits.issueAdded` with `issue.code` `CookieIssue`) read from
// untrusted params into a `CookieIssue`. Chromium adds and removes reasons and fields between
// versions (the SameParty reasons went in 2026), so every code is kept raw and every field this
// module does not know is kept by name, cut short: nothing the browser said is dropped, and
// nothing it says can make capture throw.

import type { Protocol } from 'devtools-protocol'
import type { CookieIssue } from '../../shared/domain'
import { keptText } from './kept-text'
import { asString, fieldsOf, isRecord, strings, type NoteProblem } from './network-events'

type Fields<T> = Partial<Record<keyof T, unknown>>

/** An issue about one request's cookies, or about cookies no request carries (a script's). */
export interface CookieIssueSeen {
  /** The request it is about; null when the browser named none (a script's write, a read). */
  requestId: string | null
  /** The URL of that request, to find the hop of a redirect chain it belongs to. */
  requestUrl: string | null
  issue: CookieIssue
}

const KNOWN_FIELDS = new Set<string>([
  'cookie',
  'rawCookieLine',
  'cookieWarningReasons',
  'cookieExclusionReasons',
  'operation',
  'siteForCookies',
  'cookieUrl',
  'request',
  'insight',
] satisfies (keyof Protocol.Audits.CookieIssueDetails)[])

/** How much of an unknown field's value is kept: enough to look it up, not a page's worth. */
const OTHER_FIELD_BYTES = 200
/** At most this many unknown fields per issue are kept by name. */
const MAX_OTHER_FIELDS = 20

/** Long text from outside is kept as its start (kept-text.ts); a URL may be megabytes. */
const kept = (value: unknown): string | null => {
  const text = asString(value)
  return text === null ? null : keptText(text).text
}

/**
 * The cookie issue in an `Audits.issueAdded` event's params; null for an issue of another kind
 * (performance, mixed content, ...), which capture does not read.
 */
export function readCookieIssue(params: unknown, note: NoteProblem): CookieIssueSeen | null {
  const event: Fields<Protocol.Audits.IssueAddedEvent> = fieldsOf(params)
  const issue: Fields<Protocol.Audits.InspectorIssue> = isRecord(event.issue) ? event.issue : {}
  if (issue.code !== 'CookieIssue') return null
  const details: Fields<Protocol.Audits.InspectorIssueDetails> = isRecord(issue.details)
    ? issue.details
    : {}
  if (!isRecord(details.cookieIssueDetails)) {
    note('its cookie issue has no cookieIssueDetails')
  }
  const raw: Record<string, unknown> = isRecord(details.cookieIssueDetails)
    ? details.cookieIssueDetails
    : {}
  const fields: Fields<Protocol.Audits.CookieIssueDetails> = raw
  const request: Fields<Protocol.Audits.AffectedRequest> = isRecord(fields.request)
    ? fields.request
    : {}
  const requestId = asString(request.requestId)
  const read: CookieIssue = {
    operation: asString(fields.operation),
    cookie: affectedCookieOf(fields.cookie),
    rawCookieLine: kept(fields.rawCookieLine),
    warningReasons: strings(fields.cookieWarningReasons),
    exclusionReasons: strings(fields.cookieExclusionReasons),
    siteForCookies: kept(fields.siteForCookies),
    cookieUrl: kept(fields.cookieUrl),
    insight: insightOf(fields.insight),
  }
  const otherFields = Object.keys(raw)
    .filter((name) => !KNOWN_FIELDS.has(name))
    .slice(0, MAX_OTHER_FIELDS)
    .map((name) => otherField(name, raw[name]))
  if (otherFields.length > 0) read.otherFields = otherFields
  return {
    requestId: requestId === '' ? null : requestId,
    requestUrl: kept(request.url),
    issue: read,
  }
}

function affectedCookieOf(value: unknown): CookieIssue['cookie'] {
  if (!isRecord(value)) return null
  const cookie: Fields<Protocol.Audits.AffectedCookie> = value
  const name = kept(cookie.name)
  if (name === null) return null
  return { name, domain: kept(cookie.domain) ?? '', path: kept(cookie.path) ?? '' }
}

function insightOf(value: unknown): CookieIssue['insight'] {
  if (!isRecord(value)) return null
  const insight: Fields<Protocol.Audits.CookieIssueInsight> = value
  const type = asString(insight.type)
  return type === null ? null : { type, tableEntryUrl: kept(insight.tableEntryUrl) }
}

function otherField(name: string, value: unknown): string {
  let json: string
  try {
    json = JSON.stringify(value) ?? String(value)
  } catch {
    json = String(value)
  }
  const cut = keptText(json, OTHER_FIELD_BYTES)
  return `${keptText(name, OTHER_FIELD_BYTES).text}: ${cut.text}${cut.cutBytes > 0 ? '…' : ''}`
}
