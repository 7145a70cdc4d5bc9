// Joins the Network events of each requestId into exchanges, one per hop of a redirect chain.
//
// The traps this handles: ExtraInfo events arrive before or after their main event, and once per
// hop that reached the network, so the k-th ExtraInfo of a requestId belongs to its k-th hop that
// can have one (hops served from a cache never get any); a redirect reuses the requestId; ExtraInfo
// may arrive for a request whose main events never come, and is kept as an exchange of its own.
// Chromium's error page reloads a failed navigation by itself (after 1 s, 5 s, 30 s …) under a
// new requestId, and ends each try with a second loadingFailed (net::ERR_ABORTED); a try that
// fails the same way is counted on the failed navigation's row (`browserRetries`), never a row of
// its own, and a try that gets further becomes a row as any request does.

import type {
  CookieIssue,
  CookiePair,
  Exchange,
  FetchSite,
  HeaderLine,
  SetCookieLine,
} from '../../shared/domain'
import type { ExchangeFailure } from '../../shared/messages/facts'
import { cookiePairsOf } from './cookie-header'
import type { CookieIssueSeen } from './cookie-issues'
import { AppNavigations } from './app-navigations'
import { HeaderBudget } from './header-budget'
import { headerValues } from './header-lines'
import { headerBytes, keptHeaderLines, keptSetCookieLine, keptText } from './kept-text'
import type {
  LoadingEnd,
  RequestExtraInfo,
  RequestSent,
  ResponseExtraInfo,
  ResponseSeen,
} from './network-events'
import { setCookieLinesOf } from './set-cookie-line'

/** An exchange as the journal knows it; capture adds the store changes it caused. */
export type ExchangeBody = Omit<Exchange, 'storeChanges'>

/** Resource types the UI hides by default: real traffic, but rarely about cookies. */
const ASSET_TYPES = new Set([
  'Image',
  'Stylesheet',
  'Script',
  'Font',
  'Media',
  'Manifest',
  'TextTrack',
])
/** Schemes that never reach the network stack, so never get ExtraInfo. */
const LOCAL_SCHEME = /^(data|blob|about|chrome|chrome-extension|devtools):/i

interface RequestExtraInfoFacts {
  headers: HeaderLine[]
  /** Bytes of `headers` released past the header budget (then `headers` is empty). */
  releasedBytes: number
  considered: RequestExtraInfo['considered']
  cookieHeader: string | null
  cookieHeaderCutBytes: number
  cookiePairs: CookiePair[]
  siteHasCookieInOtherPartition: boolean
  fetchSite: FetchSite | null
  fetchUser: boolean
}

interface ResponseExtraInfoFacts {
  headers: HeaderLine[]
  releasedBytes: number
  statusCode: number | null
  statusText: string | null
  setCookies: SetCookieLine[]
  exempted: ResponseExtraInfo['exempted']
  cookiePartition: ResponseExtraInfo['cookiePartition']
}

/** Cookie issues for requestIds no event has named yet: an issue may come before its request. */
const MAX_WAITING_ISSUES = 500

interface Hop {
  id: string
  seq: number
  index: number
  /** null until requestWillBeSent arrives (or never, for a request known only by ExtraInfo). */
  sent: RequestSent | null
  response: ResponseSeen | null
  redirectedTo: string | null
  /** Known to get no ExtraInfo: served from a cache, a service worker, or not the network. */
  withoutExtraInfo: boolean
  end: 'complete' | 'failed' | null
  failure: ExchangeFailure | null
  finishedAt: number | null
  time: number
  requestExtraInfo: RequestExtraInfoFacts | null
  responseExtraInfo: ResponseExtraInfoFacts | null
  cookieIssues: CookieIssue[]
  built: ExchangeBody | null
  /** A navigation that may be a retry of this failed one: no row until it proves otherwise. */
  retryOf: FailedNavigation | null
  /** A retry that failed as its navigation did: counted there, never a row of its own. */
  folded: boolean
  /** How many retries were folded into this hop. */
  retries: number
  /** Cookie Lab's own address bar asked for this navigation (app-navigations.ts). */
  appNavigation?: true
}

/** A navigation that failed, and the journey it is part of. */
interface FailedNavigation {
  hop: Hop
  journey: Journey
}

interface Journey {
  requestId: string
  /** Prefix of its exchanges' ids; differs from requestId only if the browser reused one. */
  key: string
  hops: Hop[]
  requestExtraInfo: RequestExtraInfoFacts[]
  responseExtraInfo: ResponseExtraInfoFacts[]
  /** Cookie issues not yet on a hop: the journey has none yet. */
  unplacedIssues: CookieIssueSeen[]
  firstHeardAt: number
}

export interface JournalOptions {
  now(): number
  nextSeq(): number
  /** The most raw header text kept over the session (see header-budget.ts). */
  headerBudgetBytes: number
}

export class ExchangeJournal {
  private readonly journeys = new Map<string, Journey>()
  /** Journeys heard of only through ExtraInfo so far. */
  private readonly orphans = new Set<Journey>()
  private reused = 0
  private readonly budget: HeaderBudget
  /** Journeys whose header text the budget released: their exchanges are rebuilt. */
  private readonly released = new Set<Journey>()
  /** Cookie issues whose request is not known yet, by requestId, oldest first. */
  private readonly waitingIssues = new Map<string, CookieIssueSeen[]>()
  private waitingIssueCount = 0
  /** The latest document hop for each URL: where a script's cookie issue belongs. */
  private readonly documentHops = new Map<string, { journey: Journey; hop: Hop }>()
  /** Per frame, its latest navigation if it failed: a retry of it is not news. */
  private readonly failedNavigation = new Map<string, FailedNavigation>()
  private readonly appNavigations: AppNavigations

  constructor(private readonly clock: JournalOptions) {
    this.budget = new HeaderBudget(clock.headerBudgetBytes)
    this.appNavigations = new AppNavigations(clock.now)
  }

  /** The app is about to load URL in the pane: its request is marked as the app's own. */
  expectAppNavigation(url: string): void {
    this.appNavigations.expect(url)
  }

  requestSent(requestId: string, sent: RequestSent): ExchangeBody[] {
    let journey = this.journeys.get(requestId)
    const last = journey?.hops.at(-1)
    if (journey && last?.sent && !sent.redirectResponse) {
      // A new request under an id already used: keep the old exchanges, start afresh.
      this.reused += 1
      journey = this.startJourney(requestId, `${requestId}~${this.reused}`)
    }
    journey ??= this.startJourney(requestId, requestId)
    const dirty = new Set<Hop>()
    const previous = journey.hops.at(-1)
    if (sent.redirectResponse) {
      const from = previous ?? this.addHop(journey, sent.wallTime)
      from.response = sent.redirectResponse
      if (sent.url !== null) from.redirectedTo = sent.url
      from.end = 'complete'
      from.finishedAt = sent.wallTime ?? this.clock.now()
      if (sent.redirectHasExtraInfo === false || sent.redirectResponse.withoutNetwork) {
        from.withoutExtraInfo = true
      }
      dirty.add(from)
    }
    const placeholder = !sent.redirectResponse && previous && !previous.sent ? previous : null
    const retryOf = placeholder ? null : this.retriedNavigation(sent)
    const hop = placeholder ?? this.addHop(journey, sent.wallTime, retryOf)
    hop.sent = sent
    if (this.appNavigations.claim(sent)) hop.appNavigation = true
    if (sent.resourceType === 'Document' && sent.url !== null) {
      this.documentHops.delete(sent.url)
      this.documentHops.set(sent.url, { journey, hop })
    }
    hop.time = sent.wallTime ?? hop.time
    if (sent.url !== null && LOCAL_SCHEME.test(sent.url)) hop.withoutExtraInfo = true
    dirty.add(hop)
    return this.joinExtraInfo(journey, dirty)
  }

  responseReceived(requestId: string, response: ResponseSeen): ExchangeBody[] {
    const { journey, hop } = this.currentHop(requestId)
    hop.response = response
    if (response.hasExtraInfo === false || response.withoutNetwork) hop.withoutExtraInfo = true
    return this.joinExtraInfo(journey, new Set([hop]))
  }

  servedFromCache(requestId: string): ExchangeBody[] {
    const { journey, hop } = this.currentHop(requestId)
    hop.withoutExtraInfo = true
    return this.joinExtraInfo(journey, new Set([hop]))
  }

  requestExtraInfo(requestId: string, extra: RequestExtraInfo): ExchangeBody[] {
    const journey = this.journeyFor(requestId)
    const cookieLines = headerValues(extra.headers, 'cookie')
    // HTTP/2 may split Cookie into several fields; they mean the same as one joined by "; ".
    const cookieHeader = cookieLines.length > 0 ? cookieLines.join('; ') : null
    // Facts come from the whole text; only then is long text cut.
    const kept = cookieHeader === null ? null : keptText(cookieHeader)
    const facts: RequestExtraInfoFacts = {
      headers: keptHeaderLines(extra.headers),
      releasedBytes: 0,
      considered: extra.considered,
      cookieHeader: kept?.text ?? null,
      cookieHeaderCutBytes: kept?.cutBytes ?? 0,
      cookiePairs: cookieHeader === null ? [] : cookiePairsOf(cookieHeader),
      siteHasCookieInOtherPartition: extra.siteHasCookieInOtherPartition === true,
      ...fetchMetadataOf(extra.headers),
    }
    journey.requestExtraInfo.push(facts)
    this.charge(journey, facts)
    return this.withReleased(this.joinExtraInfo(journey, new Set()))
  }

  responseExtraInfo(requestId: string, extra: ResponseExtraInfo): ExchangeBody[] {
    const journey = this.journeyFor(requestId)
    const facts: ResponseExtraInfoFacts = {
      headers: keptHeaderLines(extra.headers),
      releasedBytes: 0,
      statusCode: extra.statusCode,
      statusText: extra.statusText,
      setCookies: setCookieLinesOf(extra.setCookieLines, extra.blocked).map(keptSetCookieLine),
      exempted: extra.exempted,
      cookiePartition: extra.cookiePartition,
    }
    journey.responseExtraInfo.push(facts)
    this.charge(journey, facts)
    return this.withReleased(this.joinExtraInfo(journey, new Set()))
  }

  /**
   * One of Chromium's cookie issues, for the hop of its request. An issue for a request no event
   * has named yet waits for it; past MAX_WAITING_ISSUES the oldest waiting ones are returned as
   * `unplaced`, for the caller to report rather than lose without a word.
   */
  cookieIssue(seen: CookieIssueSeen & { requestId: string }): {
    changed: ExchangeBody[]
    unplaced: CookieIssueSeen[]
  } {
    const journey = this.journeys.get(seen.requestId)
    if (journey) {
      journey.unplacedIssues.push(seen)
      return { changed: this.joinExtraInfo(journey, new Set()), unplaced: [] }
    }
    const waiting = this.waitingIssues.get(seen.requestId)
    if (waiting) waiting.push(seen)
    else this.waitingIssues.set(seen.requestId, [seen])
    this.waitingIssueCount += 1
    const unplaced: CookieIssueSeen[] = []
    for (const [requestId, oldest] of this.waitingIssues) {
      if (this.waitingIssueCount <= MAX_WAITING_ISSUES) break
      this.waitingIssues.delete(requestId)
      this.waitingIssueCount -= oldest.length
      unplaced.push(...oldest)
    }
    return { changed: [], unplaced }
  }

  /**
   * A cookie issue that names no request: a script on a page (`document.cookie`). It goes on the
   * exchange that loaded that page, marked as a script's; false when no captured page matches.
   */
  scriptCookieIssue(seen: CookieIssueSeen): { changed: ExchangeBody[]; placed: boolean } {
    const url = seen.issue.cookieUrl
    const document = url === null ? undefined : this.documentHops.get(url)
    if (!document) return { changed: [], placed: false }
    const { journey, hop } = document
    const issue: CookieIssue = { ...seen.issue, byScript: true }
    const dirty = new Set<Hop>()
    if (addIssue(hop, issue)) dirty.add(hop)
    return { changed: this.joinExtraInfo(journey, dirty), placed: true }
  }

  loadingEnded(requestId: string, end: LoadingEnd, failed: boolean): ExchangeBody[] {
    const { journey, hop } = this.currentHop(requestId)
    // Chromium follows a failed navigation with loadingFinished for its error page, and a
    // retry by that page with a second loadingFailed (net::ERR_ABORTED): the first word stands.
    if (hop.end === 'failed') return []
    hop.end = failed ? 'failed' : 'complete'
    if (failed) {
      hop.failure = end.errorText
        ? { code: 'browserError', params: { errorText: end.errorText } }
        : { code: 'requestFailed' }
    }
    hop.finishedAt = this.wallTimeOf(hop, end.timestamp)
    const original = hop.retryOf
    if (original && failed && sameFailure(original.hop, hop)) {
      hop.folded = true
      original.hop.retries += 1
      original.hop.built = buildExchange(original.journey, original.hop)
      return [original.hop.built]
    }
    if (failed && hop.sent?.resourceType === 'Document' && hop.sent.frameId) {
      this.failedNavigation.set(hop.sent.frameId, { hop, journey })
    }
    return this.joinExtraInfo(journey, new Set([hop]))
  }

  /** Requests known only by ExtraInfo for a while: their main events are not coming. */
  materialiseOrphans(olderThanMs: number): ExchangeBody[] {
    if (this.orphans.size === 0) return []
    const changed: ExchangeBody[] = []
    const now = this.clock.now()
    for (const journey of this.orphans) {
      if (now - journey.firstHeardAt < olderThanMs) continue
      this.addHop(journey, null)
      changed.push(...this.joinExtraInfo(journey, new Set(journey.hops)))
    }
    return changed
  }

  /**
   * True while a request that went to the network is still waiting for its response's
   * ExtraInfo: a store change seen now may yet be explained by its Set-Cookie lines.
   */
  awaitingResponseExtraInfo(withinMs: number): boolean {
    const now = this.clock.now()
    for (const journey of this.journeys.values()) {
      for (const hop of journey.hops) {
        if (
          hop.sent &&
          !hop.end &&
          !hop.responseExtraInfo &&
          !hop.withoutExtraInfo &&
          now - hop.time < withinMs
        ) {
          return true
        }
      }
    }
    return false
  }

  /** Counts a block of header text against the budget, which may release older blocks. */
  private charge(journey: Journey, facts: RequestExtraInfoFacts | ResponseExtraInfoFacts): void {
    const bytes = headerBytes(facts.headers)
    this.budget.charge(bytes, () => {
      facts.headers = []
      facts.releasedBytes = bytes
      this.released.add(journey)
    })
  }

  /** CHANGED, and the exchanges whose header text the budget has just released. */
  private withReleased(changed: ExchangeBody[]): ExchangeBody[] {
    if (this.released.size === 0) return changed
    const rebuilt: ExchangeBody[] = []
    for (const journey of this.released) {
      for (const hop of journey.hops) {
        const built = hop.built
        if (!built || changed.some((body) => body.id === built.id)) continue
        const releasedNow =
          (hop.requestExtraInfo?.releasedBytes ?? 0) + (hop.responseExtraInfo?.releasedBytes ?? 0)
        if (releasedNow === (built.headersReleasedBytes ?? 0)) continue
        hop.built = buildExchange(journey, hop)
        rebuilt.push(hop.built)
      }
    }
    this.released.clear()
    return [...changed, ...rebuilt]
  }

  private startJourney(requestId: string, key: string): Journey {
    const journey: Journey = {
      requestId,
      key,
      hops: [],
      requestExtraInfo: [],
      responseExtraInfo: [],
      unplacedIssues: this.waitingIssues.get(requestId) ?? [],
      firstHeardAt: this.clock.now(),
    }
    if (this.waitingIssues.delete(requestId)) {
      this.waitingIssueCount -= journey.unplacedIssues.length
    }
    this.journeys.set(requestId, journey)
    return journey
  }

  /** The journey an ExtraInfo belongs to; a new one is an orphan until a hop appears. */
  private journeyFor(requestId: string): Journey {
    const known = this.journeys.get(requestId)
    if (known) return known
    const journey = this.startJourney(requestId, requestId)
    this.orphans.add(journey)
    return journey
  }

  /** The hop an event without hop information is about: the latest, created if none yet. */
  private currentHop(requestId: string): { journey: Journey; hop: Hop } {
    const journey = this.journeyFor(requestId)
    const hop = journey.hops.at(-1) ?? this.addHop(journey, null)
    return { journey, hop }
  }

  /**
   * The failed navigation SENT may be Chromium's retry of: a GET of the same URL in the same
   * frame, with no other navigation there since. Any other navigation forgets the failure.
   */
  private retriedNavigation(sent: RequestSent): FailedNavigation | null {
    if (sent.resourceType !== 'Document' || !sent.frameId) return null
    const failed = this.failedNavigation.get(sent.frameId) ?? null
    if (failed && failed.hop.sent?.url === sent.url && sent.method === 'GET') return failed
    this.failedNavigation.delete(sent.frameId)
    return null
  }

  private addHop(
    journey: Journey,
    wallTime: number | null,
    retryOf: FailedNavigation | null = null,
  ): Hop {
    this.orphans.delete(journey)
    const index = journey.hops.length
    const hop: Hop = {
      id: `${journey.key}:${index}`,
      // A possible retry takes its number only once it shows as a row, or the numbers skip.
      seq: retryOf ? -1 : this.clock.nextSeq(),
      index,
      sent: null,
      response: null,
      redirectedTo: null,
      withoutExtraInfo: false,
      end: null,
      failure: null,
      finishedAt: null,
      time: wallTime ?? this.clock.now(),
      requestExtraInfo: null,
      responseExtraInfo: null,
      cookieIssues: [],
      built: null,
      retryOf,
      folded: false,
      retries: 0,
    }
    journey.hops.push(hop)
    return hop
  }

  /** Hands each ExtraInfo to its hop, rebuilds the hops that changed, returns them. */
  private joinExtraInfo(journey: Journey, dirty: Set<Hop>): ExchangeBody[] {
    placeIssues(journey, dirty)
    let eligible = journey.hops.filter((hop) => !hop.withoutExtraInfo)
    const extraInfos = Math.max(journey.requestExtraInfo.length, journey.responseExtraInfo.length)
    if (extraInfos > eligible.length && journey.hops.at(-1)?.end) {
      // More ExtraInfo than hops that could have it, and no hop is coming: a hop that looked
      // cached was not, so none of what the browser sent is left unshown.
      eligible = journey.hops
    }
    for (const hop of journey.hops) {
      const at = eligible.indexOf(hop)
      const request = at < 0 ? null : (journey.requestExtraInfo[at] ?? null)
      const response = at < 0 ? null : (journey.responseExtraInfo[at] ?? null)
      if (request !== hop.requestExtraInfo || response !== hop.responseExtraInfo) {
        hop.requestExtraInfo = request
        hop.responseExtraInfo = response
        dirty.add(hop)
      }
    }
    const changed: ExchangeBody[] = []
    for (const hop of journey.hops) {
      if (!dirty.has(hop) || hop.folded) continue
      if (hop.seq < 0) {
        // A possible retry is a row once it is more than a silent failure: an answer, headers
        // on the wire, or an end of its own.
        if (!hop.response && !hop.requestExtraInfo && !hop.responseExtraInfo && !hop.end) continue
        hop.seq = this.clock.nextSeq()
      }
      hop.built = buildExchange(journey, hop)
      changed.push(hop.built)
    }
    return changed
  }

  private wallTimeOf(hop: Hop, timestamp: number | null): number {
    const sent = hop.sent
    if (timestamp === null || !sent || sent.timestamp === null || sent.wallTime === null) {
      return this.clock.now()
    }
    return sent.wallTime + (timestamp - sent.timestamp) * 1000
  }
}

function buildExchange(journey: Journey, hop: Hop): ExchangeBody {
  const { sent, response, requestExtraInfo, responseExtraInfo } = hop
  const url = sent?.url ?? response?.url ?? ''
  const resourceType = sent?.resourceType ?? 'Other'
  const exchange: ExchangeBody = {
    kind: 'exchange',
    id: hop.id,
    seq: hop.seq,
    time: hop.time,
    requestId: journey.requestId,
    hop: hop.index,
    method: sent?.method ?? '',
    url,
    resourceType,
    isAsset: ASSET_TYPES.has(resourceType) || /\/favicon\.ico$/i.test(pathOf(url)),
    state: hop.end ?? 'pending',
    status: response?.status ?? responseExtraInfo?.statusCode ?? null,
    statusText: response?.statusText || responseExtraInfo?.statusText || '',
    mimeType: response?.mimeType ?? '',
    requestHeaders: requestExtraInfo?.headers ?? null,
    responseHeaders: responseExtraInfo?.headers ?? null,
    cookieHeader: requestExtraInfo?.cookieHeader ?? null,
    cookiePairs: requestExtraInfo?.cookiePairs ?? [],
    considered: requestExtraInfo?.considered ?? [],
    setCookies: responseExtraInfo?.setCookies ?? unverifiedSetCookies(response),
  }
  if (!sent) {
    exchange.failure = { code: 'onlyRawHeaders' }
  }
  if (hop.failure) exchange.failure = hop.failure
  if (hop.redirectedTo) exchange.redirectedTo = hop.redirectedTo
  if (hop.finishedAt !== null) exchange.finishedAt = hop.finishedAt
  if (sent?.initiatorOrigin) exchange.initiatorOrigin = sent.initiatorOrigin
  if (hop.retries > 0) exchange.browserRetries = hop.retries
  const urlCutBytes = sent?.url != null ? sent.urlCutBytes : (response?.urlCutBytes ?? 0)
  if (urlCutBytes > 0) exchange.urlCutBytes = urlCutBytes
  if (requestExtraInfo?.cookieHeaderCutBytes) {
    exchange.cookieHeaderCutBytes = requestExtraInfo.cookieHeaderCutBytes
  }
  if (hop.cookieIssues.length > 0) exchange.cookieIssues = [...hop.cookieIssues]
  if (hop.appNavigation) exchange.appNavigation = true
  if (requestExtraInfo?.fetchSite) exchange.fetchSite = requestExtraInfo.fetchSite
  if (requestExtraInfo?.fetchUser) exchange.fetchUser = true
  if (requestExtraInfo?.siteHasCookieInOtherPartition) {
    exchange.siteHasCookieInOtherPartition = true
  }
  if (responseExtraInfo?.exempted.length) {
    exchange.exemptedSetCookies = responseExtraInfo.exempted
  }
  // Chromium names the partition on every response; it matters only where cookies are set.
  if (responseExtraInfo?.cookiePartition && responseExtraInfo.setCookies.length > 0) {
    exchange.cookiePartition = responseExtraInfo.cookiePartition
  }
  const released = (requestExtraInfo?.releasedBytes ?? 0) + (responseExtraInfo?.releasedBytes ?? 0)
  if (released > 0) exchange.headersReleasedBytes = released
  return exchange
}

const FETCH_SITES: ReadonlySet<string> = new Set<FetchSite>([
  'none',
  'same-origin',
  'same-site',
  'cross-site',
])

/**
 * What the request's Fetch Metadata headers say about who started it. Pages cannot set `Sec-`
 * headers, so these are the browser's own; still, only the spec's values are kept as facts (a
 * header seen twice or holding anything else is left to the raw lines).
 */
function fetchMetadataOf(headers: readonly HeaderLine[]): {
  fetchSite: FetchSite | null
  fetchUser: boolean
} {
  const sites = headerValues(headers, 'sec-fetch-site').map((value) => value.trim().toLowerCase())
  const site = sites.length === 1 && FETCH_SITES.has(sites[0]!) ? (sites[0] as FetchSite) : null
  const users = headerValues(headers, 'sec-fetch-user')
  return { fetchSite: site, fetchUser: users.length === 1 && users[0]!.trim() === '?1' }
}

/**
 * Puts the journey's waiting cookie issues on their hops: the latest hop to that URL (each hop of
 * a redirect chain has its own), else the latest hop. An issue already on the hop is not added
 * again: `Audits.enable` repeats the page's issues when capture attaches anew.
 */
function placeIssues(journey: Journey, dirty: Set<Hop>): void {
  if (journey.unplacedIssues.length === 0 || journey.hops.length === 0) return
  for (const seen of journey.unplacedIssues) {
    const hop =
      journey.hops.findLast((candidate) => candidate.sent?.url === seen.requestUrl) ??
      journey.hops.at(-1)
    if (hop && addIssue(hop, seen.issue)) dirty.add(hop)
  }
  journey.unplacedIssues = []
}

/** Adds ISSUE to HOP unless it is there already; true when added. */
function addIssue(hop: Hop, issue: CookieIssue): boolean {
  const same = JSON.stringify(issue)
  if (hop.cookieIssues.some((known) => JSON.stringify(known) === same)) return false
  hop.cookieIssues.push(issue)
  return true
}

/**
 * Without ExtraInfo only the renderer's view of the response is known. Chromium leaves
 * Set-Cookie out of it, but if a browser does not, the lines are shown with no verdict.
 */
function unverifiedSetCookies(response: ResponseSeen | null): SetCookieLine[] {
  if (!response?.setCookieLines) return []
  return setCookieLinesOf(response.setCookieLines, null).map(keptSetCookieLine)
}

/** True when RETRY failed with the same error as ORIGINAL (a retry that got nowhere new). */
function sameFailure(original: Hop, retry: Hop): boolean {
  const words = (hop: Hop) =>
    hop.failure?.code === 'browserError' ? hop.failure.params.errorText : hop.failure?.code
  return words(original) === words(retry)
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}
