// A session as HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), the format every
// browser's network panel reads: each exchange an entry, its cookies in HAR's own
// `request.cookies` and `response.cookies`, its raw headers as on the wire. What HAR has no field
// for goes into underscore fields, as the spec asks of custom data: the browser's verdict on each
// Set-Cookie line and on each cookie it considered (blocked reasons), the store changes and their
// causes, partition keys, and the timeline's other entries (script writes, inspector edits, gaps),
// so that Cookie Lab reading its own file back shows the same timeline.
//
// The sanitised export strips what a learner should not mail to anyone: every cookie value, and
// the values of the `Cookie`, `Set-Cookie` and `Authorization` headers, as Chrome DevTools does
// by default. Names stay: "userID was sent" is what a teacher needs to see.

import type { Cookie as HarCookie, Entry, Har, Header, QueryString } from 'har-format'
import type {
  ConsideredCookie,
  Exchange,
  HeaderLine,
  SetCookieLine,
  StoreChange,
  StoredCookie,
  TimelineEntry,
} from '../../shared/domain'

export interface HarExportOptions {
  /** Strip cookie values and the values of the headers that carry secrets. */
  sanitised?: boolean
  /** The app's version, for `log.creator`. */
  version: string
}

/** Headers whose values a sanitised export leaves empty (lower case). */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'cookie',
  'set-cookie',
  'authorization',
  'proxy-authorization',
])

/** The mark of Cookie Lab's own fields: `log._cookieLab` and each entry's `_cookieLab`. */
export const HAR_FORMAT_MARK = 'cookie-lab-har/1'

/** What an exchange's HAR entry carries beyond HAR's own fields. */
export interface ExchangeExtras {
  id: string
  seq: number
  requestId: string
  hop: number
  state: Exchange['state']
  resourceType: string
  isAsset: boolean
  failure?: Exchange['failure']
  initiatorOrigin?: string
  fetchSite?: Exchange['fetchSite']
  appNavigation?: true
  /** The browser's verdict on each Set-Cookie line, in the order of `response.cookies`' lines. */
  setCookies: Array<{ raw: string; outcome: SetCookieLine['outcome'] }>
  /** Every cookie the browser weighed for the request: sent, or held back and why. */
  considered: Array<{
    name: string
    domain: string
    path: string
    partitionKey: StoredCookie['partitionKey']
    blockedReasons: string[]
    exemptionReason?: string
  }>
  storeChanges: StoreChange[]
  cookiePartition?: Exchange['cookiePartition']
  cookieIssues?: Exchange['cookieIssues']
  /** Bytes capture cut from the URL, the Cookie header, or released from old headers. */
  cut?: { url?: number; cookieHeader?: number; headersReleased?: number }
  sanitised?: true
}

export interface LogExtras {
  format: typeof HAR_FORMAT_MARK
  /** The timeline's entries that are not exchanges, which HAR has no place for. */
  entries: Array<Exclude<TimelineEntry, Exchange>>
  sanitised: boolean
}

/** The session's ENTRIES as a HAR 1.2 log. */
export function exportHar(entries: readonly TimelineEntry[], options: HarExportOptions): Har {
  const sanitised = options.sanitised === true
  const others: LogExtras['entries'] = []
  const harEntries: Entry[] = []
  for (const entry of entries) {
    if (entry.kind === 'exchange') harEntries.push(exchangeEntry(entry, sanitised))
    else others.push(sanitised ? withoutValues(entry) : entry)
  }
  const extras: LogExtras = { format: HAR_FORMAT_MARK, entries: others, sanitised }
  return {
    log: {
      version: '1.2',
      creator: { name: 'Cookie Lab', version: options.version },
      pages: [],
      entries: harEntries,
      _cookieLab: extras,
    },
  } as Har
}

function exchangeEntry(exchange: Exchange, sanitised: boolean): Entry {
  const end = exchange.finishedAt ?? exchange.time
  const wait = Math.max(0, end - exchange.time)
  const secret = (value: string) => (sanitised ? '' : value)
  const response = exchange.responseHeaders
  const extras: ExchangeExtras = {
    id: exchange.id,
    seq: exchange.seq,
    requestId: exchange.requestId,
    hop: exchange.hop,
    state: exchange.state,
    resourceType: exchange.resourceType,
    isAsset: exchange.isAsset,
    setCookies: exchange.setCookies.map((line) => ({ raw: line.raw, outcome: line.outcome })),
    considered: exchange.considered.map((c) => consideredOf(c)),
    storeChanges: exchange.storeChanges,
  }
  copyDefined(extras, exchange, [
    'failure',
    'initiatorOrigin',
    'fetchSite',
    'appNavigation',
    'cookiePartition',
    'cookieIssues',
  ])
  const cut = {
    ...(exchange.urlCutBytes ? { url: exchange.urlCutBytes } : {}),
    ...(exchange.cookieHeaderCutBytes ? { cookieHeader: exchange.cookieHeaderCutBytes } : {}),
    ...(exchange.headersReleasedBytes ? { headersReleased: exchange.headersReleasedBytes } : {}),
  }
  if (Object.keys(cut).length > 0) extras.cut = cut
  if (sanitised) extras.sanitised = true
  return {
    startedDateTime: new Date(exchange.time).toISOString(),
    time: wait,
    request: {
      method: exchange.method,
      url: exchange.url,
      httpVersion: '',
      cookies: exchange.cookiePairs.map((pair) => ({ name: pair.name, value: secret(pair.value) })),
      headers: headersOf(exchange.requestHeaders, sanitised),
      queryString: queryOf(exchange.url),
      headersSize: -1,
      bodySize: -1,
    },
    response: {
      status: exchange.status ?? 0,
      statusText: exchange.statusText,
      httpVersion: '',
      cookies: exchange.setCookies.flatMap((line) => harCookieOf(line, sanitised)),
      headers: headersOf(response, sanitised),
      content: { size: -1, mimeType: exchange.mimeType },
      redirectURL: exchange.redirectedTo ?? '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait, receive: 0 },
    _cookieLab: sanitised ? withoutValues(extras) : extras,
  } as Entry
}

/** Raw headers as on the wire (UTF-8 text where the bytes are UTF-8); none when not observed. */
function headersOf(lines: readonly HeaderLine[] | null, sanitised: boolean): Header[] {
  return (lines ?? []).map((line) => ({
    name: line.name,
    value:
      sanitised && SECRET_HEADERS.has(line.name.toLowerCase()) ? '' : (line.utf8 ?? line.value),
  }))
}

function queryOf(url: string): QueryString[] {
  if (!URL.canParse(url)) return []
  return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }))
}

/** A Set-Cookie line as HAR's response cookie; a line no parser could read has none. */
function harCookieOf(line: SetCookieLine, sanitised: boolean): HarCookie[] {
  const parsed = line.parsed
  if (!parsed) return []
  const cookie: HarCookie & { sameSite?: string; partitioned?: boolean } = {
    name: parsed.name,
    value: sanitised ? '' : parsed.value,
    httpOnly: parsed.httpOnly,
    secure: parsed.secure,
  }
  if (parsed.path !== undefined) cookie.path = parsed.path
  if (parsed.domain !== undefined) cookie.domain = parsed.domain
  const expires = parsed.expires === undefined ? null : new Date(parsed.expires)
  if (expires && !Number.isNaN(expires.getTime())) cookie.expires = expires.toISOString()
  // Newer DevTools writes these two without an underscore; HAR 1.2 has neither.
  if (parsed.sameSite) cookie.sameSite = parsed.sameSite
  if (parsed.partitioned) cookie.partitioned = true
  return [cookie]
}

function consideredOf(considered: ConsideredCookie): ExchangeExtras['considered'][number] {
  const { cookie } = considered
  return {
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    partitionKey: cookie.partitionKey,
    blockedReasons: considered.blockedReasons,
    ...(considered.exemptionReason ? { exemptionReason: considered.exemptionReason } : {}),
  }
}

/**
 * DATA with every cookie value emptied, wherever capture's facts carry one: a cookie's `value`,
 * a raw Set-Cookie line (`raw`, an issue's `rawCookieLine`), and what a line asked for and the
 * store held (`asked`, `held` of a value difference). Names, attributes and verdicts stay.
 */
export function withoutValues<T>(data: T): T {
  return JSON.parse(JSON.stringify(data, valueless)) as T
}

const VALUE_FACTS: ReadonlySet<string> = new Set(['heldValueCut', 'heldValueDiffers'])

function valueless(this: unknown, key: string, value: unknown): unknown {
  if (typeof value === 'string') {
    if (key === 'value') return ''
    if (key === 'raw' || key === 'rawCookieLine') return withoutLineValue(value)
  }
  if (key === 'params' && isRecord(this) && VALUE_FACTS.has(String(this.code)) && isRecord(value)) {
    return { ...value, asked: '', held: '', ...('byte' in value ? { byte: '' } : {}) }
  }
  return value
}

/** `userID=alice; Path=/` as `userID=; Path=/`: the name and every attribute kept. */
export function withoutLineValue(line: string): string {
  const semicolon = line.indexOf(';')
  const pair = semicolon < 0 ? line : line.slice(0, semicolon)
  const equals = pair.indexOf('=')
  const name = equals < 0 ? '' : pair.slice(0, equals)
  return `${name}=${semicolon < 0 ? '' : line.slice(semicolon)}`
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function copyDefined<T extends object, K extends keyof T & keyof ExchangeExtras>(
  target: ExchangeExtras,
  source: T,
  keys: readonly K[],
): void {
  for (const key of keys) {
    if (source[key] !== undefined) (target as unknown as Record<K, unknown>)[key] = source[key]
  }
}
