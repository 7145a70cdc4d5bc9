// The CDP Network events capture listens to, read from untrusted params into the few facts it
// needs. Field names come from devtools-protocol's types; every value is checked at runtime,
// because a malformed event must be kept as well as it can be, never throw.

import type { Protocol } from 'devtools-protocol'
import type {
  ConsideredCookie,
  ExemptedSetCookie,
  HeaderLine,
  PartitionKey,
} from '../../shared/domain'
import { headerLinesFromObject, headerValues, parseHeadersText } from './header-lines'
import { keptText } from './kept-text'
import type { BlockedLine } from './set-cookie-line'
import { partitionKeyOf, storedCookieOf } from './stored-cookie'

type Fields<T> = Partial<Record<keyof T, unknown>>
/** Collects what was wrong with an event, in words a person can act on. */
export type NoteProblem = (problem: string) => void

export interface ResponseSeen {
  url: string | null
  urlCutBytes: number
  status: number | null
  statusText: string
  mimeType: string
  /**
   * Set-Cookie lines in the renderer's filtered view of the headers: Chromium leaves them out,
   * another browser may not; only a last resort. null when it showed no headers at all.
   */
  setCookieLines: string[] | null
  /** Served from a cache or a service worker: no ExtraInfo will come for it. */
  withoutNetwork: boolean
  hasExtraInfo: boolean | null
}

export interface RequestSent {
  /** null when the event gave none: the exchange then shows what else is known. */
  url: string | null
  urlCutBytes: number
  method: string
  resourceType: string
  /** The origin of the page that made the request, when the event names one. */
  initiatorOrigin: string | null
  /** The frame it is for: tells a retry of a failed navigation from a new one. */
  frameId: string | null
  /** Wall-clock milliseconds. */
  wallTime: number | null
  /** CDP monotonic seconds, to place later events of this request on the wall clock. */
  timestamp: number | null
  redirectResponse: ResponseSeen | null
  redirectHasExtraInfo: boolean | null
  /** A page started it: a user gesture in the page (a click), or it names a referrer. */
  startedInPage: boolean
}

export interface RequestExtraInfo {
  headers: HeaderLine[]
  considered: ConsideredCookie[]
  /** null when the event did not say (older Chromium). */
  siteHasCookieInOtherPartition: boolean | null
}

export interface ResponseExtraInfo {
  headers: HeaderLine[]
  statusCode: number | null
  statusText: string | null
  setCookieLines: string[]
  blocked: BlockedLine[]
  exempted: ExemptedSetCookie[]
  /** The partition this response's partitioned cookies go to; null when the event named none. */
  cookiePartition: { key: PartitionKey | null; opaque: boolean } | null
}

export interface LoadingEnd {
  timestamp: number | null
  errorText: string | null
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const asString = (value: unknown): string | null =>
  typeof value === 'string' ? value : null
const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null
export const asBoolean = (value: unknown): boolean | null =>
  typeof value === 'boolean' ? value : null
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** The Set-Cookie lines of a header object, without reading the other headers. */
function setCookieValues(headers: Record<string, unknown>): string[] {
  const lines: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'set-cookie') lines.push(...String(value).split('\n'))
  }
  return lines
}

/** A URL as capture keeps it: a page may ask for megabytes of URL (see kept-text.ts). */
function keptUrl(url: string | null): { url: string | null; urlCutBytes: number } {
  if (url === null) return { url, urlCutBytes: 0 }
  const kept = keptText(url)
  return { url: kept.text, urlCutBytes: kept.cutBytes }
}

export function fieldsOf(params: unknown): Record<string, unknown> {
  return isRecord(params) ? params : {}
}

/** null when the event names no request: the caller gives it an identity of its own. */
export function requestIdOf(params: unknown): string | null {
  const id = fieldsOf(params).requestId
  if (typeof id === 'string' && id !== '') return id
  return typeof id === 'number' ? String(id) : null
}

function readResponse(value: unknown, note: NoteProblem): ResponseSeen {
  if (!isRecord(value)) note('its response is missing')
  const response: Fields<Protocol.Network.Response> = isRecord(value) ? value : {}
  const url = keptUrl(asString(response.url))
  return {
    ...url,
    status: asNumber(response.status),
    statusText: asString(response.statusText) ?? '',
    mimeType: asString(response.mimeType) ?? '',
    setCookieLines: isRecord(response.headers) ? setCookieValues(response.headers) : null,
    withoutNetwork:
      response.fromDiskCache === true ||
      response.fromPrefetchCache === true ||
      response.fromServiceWorker === true ||
      response.fromEarlyHints === true,
    hasExtraInfo: null,
  }
}

export function readRequestSent(params: unknown, note: NoteProblem): RequestSent {
  const event: Fields<Protocol.Network.RequestWillBeSentEvent> = fieldsOf(params)
  const request: Fields<Protocol.Network.Request> = isRecord(event.request) ? event.request : {}
  const url = keptUrl(asString(request.url))
  if (url.url === null) note('it has no request URL')
  const wallTime = asNumber(event.wallTime)
  return {
    ...url,
    method: asString(request.method) ?? '',
    resourceType: asString(event.type) ?? 'Other',
    initiatorOrigin: initiatorOriginOf(event),
    frameId: asString(event.frameId),
    wallTime: wallTime === null ? null : wallTime * 1000,
    timestamp: asNumber(event.timestamp),
    redirectResponse:
      event.redirectResponse === undefined ? null : readResponse(event.redirectResponse, note),
    redirectHasExtraInfo: asBoolean(event.redirectHasExtraInfo),
    startedInPage:
      event.hasUserGesture === true ||
      (isRecord(request.headers) &&
        Object.keys(request.headers).some((name) => name.toLowerCase() === 'referer')),
  }
}

/**
 * The origin of the page behind a request: the initiator's URL (a parser or script names it, a script also
 * in its stack), else for a subresource the document it loads for. A navigation's documentURL
 * is the new page itself, so it does not count.
 */
function initiatorOriginOf(event: Fields<Protocol.Network.RequestWillBeSentEvent>): string | null {
  const initiator: Fields<Protocol.Network.Initiator> = isRecord(event.initiator)
    ? event.initiator
    : {}
  const stack = isRecord(initiator.stack) ? initiator.stack : {}
  const frames = Array.isArray(stack.callFrames) ? stack.callFrames : []
  const fromStack = frames.map((frame) => (isRecord(frame) ? asString(frame.url) : null))
  const named = [asString(initiator.url), ...fromStack].find((url) => url)
  const url = named ?? (event.type === 'Document' ? null : asString(event.documentURL))
  return url ? originOf(url) : null
}

/** The scheme, host and port of URL: all a site context needs, and a few bytes however long URL is. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

export function readResponseReceived(params: unknown, note: NoteProblem): ResponseSeen {
  const event: Fields<Protocol.Network.ResponseReceivedEvent> = fieldsOf(params)
  return {
    ...readResponse(event.response, note),
    hasExtraInfo: asBoolean(event.hasExtraInfo),
  }
}

function readHeaderObject(value: unknown, note: NoteProblem): HeaderLine[] {
  if (isRecord(value)) return headerLinesFromObject(value)
  note('its raw headers are missing')
  return []
}

export function readRequestExtraInfo(params: unknown, note: NoteProblem): RequestExtraInfo {
  const event: Fields<Protocol.Network.RequestWillBeSentExtraInfoEvent> = fieldsOf(params)
  const considered: ConsideredCookie[] = []
  for (const item of Array.isArray(event.associatedCookies) ? event.associatedCookies : []) {
    const entry: Fields<Protocol.Network.AssociatedCookie> = isRecord(item) ? item : {}
    const cookie = storedCookieOf(entry.cookie)
    if (!cookie) {
      note('one of its associated cookies has no name or domain')
      continue
    }
    const seen: ConsideredCookie = { cookie, blockedReasons: strings(entry.blockedReasons) }
    // Chromium 156 names `None` on every cookie that needed no exception.
    const exemption = asString(entry.exemptionReason)
    if (exemption && exemption !== 'None') seen.exemptionReason = exemption
    considered.push(seen)
  }
  return {
    headers: readHeaderObject(event.headers, note),
    considered,
    siteHasCookieInOtherPartition: asBoolean(event.siteHasCookieInOtherPartition),
  }
}

export function readResponseExtraInfo(params: unknown, note: NoteProblem): ResponseExtraInfo {
  const event: Fields<Protocol.Network.ResponseReceivedExtraInfoEvent> = fieldsOf(params)
  const fromObject = readHeaderObject(event.headers, note)
  const text = asString(event.headersText)
  const fromText = text === null ? null : parseHeadersText(text)
  // `headers` is what `blockedCookies[].cookieLine` quotes, so Set-Cookie lines come from it;
  // `headersText` (HTTP/1.x only) is the truer picture of the wire for display.
  let setCookieLines = headerValues(fromObject, 'set-cookie')
  if (setCookieLines.length === 0 && fromText) {
    setCookieLines = headerValues(fromText.lines, 'set-cookie')
  }
  const blocked: BlockedLine[] = []
  for (const item of Array.isArray(event.blockedCookies) ? event.blockedCookies : []) {
    const entry: Fields<Protocol.Network.BlockedSetCookieWithReason> = isRecord(item) ? item : {}
    const cookieLine = asString(entry.cookieLine)
    if (cookieLine === null) note('one of its blocked cookies has no cookie line')
    else blocked.push({ cookieLine, reasons: strings(entry.blockedReasons) })
  }
  const exempted: ExemptedSetCookie[] = []
  for (const item of Array.isArray(event.exemptedCookies) ? event.exemptedCookies : []) {
    const entry: Fields<Protocol.Network.ExemptedSetCookieWithReason> = isRecord(item) ? item : {}
    const cookieLine = asString(entry.cookieLine)
    const reason = asString(entry.exemptionReason)
    if (cookieLine === null || reason === null) {
      note('one of its exempted cookies has no cookie line or reason')
    } else if (reason !== 'None') exempted.push({ cookieLine: keptText(cookieLine).text, reason })
  }
  const opaque = event.cookiePartitionKeyOpaque === true
  const key = partitionKeyOf(event.cookiePartitionKey)
  return {
    headers: fromText?.lines ?? fromObject,
    statusCode: asNumber(event.statusCode),
    statusText: fromText?.statusText ?? null,
    setCookieLines,
    blocked,
    exempted,
    cookiePartition: key === null && !opaque ? null : { key, opaque },
  }
}

export function readLoadingEnd(params: unknown): LoadingEnd {
  const event: Fields<Protocol.Network.LoadingFailedEvent> = fieldsOf(params)
  const parts = [asString(event.errorText)]
  if (event.canceled === true) parts.push('canceled')
  const blockedReason = asString(event.blockedReason)
  if (blockedReason) parts.push(`blocked: ${blockedReason}`)
  const known = parts.filter((part): part is string => Boolean(part))
  return { timestamp: asNumber(event.timestamp), errorText: known.length ? known.join(', ') : null }
}
