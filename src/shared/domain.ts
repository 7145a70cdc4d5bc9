// The domain every layer speaks: what the capture core produces, what crosses IPC, what the UI
// draws. Plain data only (structured-clone safe): no classes, no functions, no Dates.
// Times are milliseconds since the Unix epoch unless a name says otherwise. What capture says
// about something is a fact (a code with parameters, `messages/facts.ts`), never a sentence.

import type {
  BrowserChangeDetail,
  ExchangeFailure,
  GapReason,
  HeldDifference,
  InferredNotStored,
  InspectorEditSummary,
  SetCookieProblem,
} from './messages/facts'

/**
 * The most a browser keeps of one cookie: its name and value together, in bytes (RFC 6265bis
 * §5.6; Chromium enforces it). Capture, the tutorial server, the inspector and the explanations
 * all measure against this one number.
 */
export const MAX_NAME_VALUE_BYTES = 4096

export type SameSite = 'Strict' | 'Lax' | 'None'

/**
 * Where a partitioned (CHIPS) cookie lives: CDP `Network.CookiePartitionKey`. One name on one
 * host may be stored once per partition, so the partition is part of a cookie's identity.
 */
export interface PartitionKey {
  /** The site of the top-level page, e.g. `https://shop.test`. */
  topLevelSite: string
  /** Some frame between the top level and the cookie's frame is cross-site to the top level. */
  hasCrossSiteAncestor: boolean
}

/** A cookie as it sits in the browser's store (CDP `Network.Cookie`, narrowed). */
export interface StoredCookie {
  name: string
  value: string
  domain: string
  path: string
  /** Unix seconds; null for a session cookie. */
  expires: number | null
  size: number
  httpOnly: boolean
  secure: boolean
  sameSite: SameSite | null
  /** true when set without a Domain attribute: only the exact host gets it back. */
  hostOnly: boolean
  /** The partition of a `Partitioned` cookie; null for an unpartitioned one. */
  partitionKey: PartitionKey | null
  /** Chromium could not say which partition (an opaque top-level origin). */
  partitionKeyOpaque?: boolean
  /**
   * CDP enums kept as the raw code, so a value a newer Chromium adds is shown, not dropped:
   * priority `Low` | `Medium` | `High`; source scheme `Secure` | `NonSecure` | `Unset`.
   */
  priority: string | null
  sourceScheme: string | null
  /** The port of the origin that set it; -1 or null when unknown. */
  sourcePort: number | null
}

/**
 * Identity of a cookie in the store: RFC 6265 keys cookies by name, domain and path, and
 * Chromium adds the partition (CHIPS), so one name may be stored in two partitions.
 */
export interface CookieKey {
  name: string
  domain: string
  path: string
  partitionKey?: PartitionKey | null
}

/** One raw header line as seen on the wire. Header names keep their case. */
export interface HeaderLine {
  name: string
  /** As CDP gave it: one character per byte (see capture's wire-text.ts). */
  value: string
  /** The value's bytes read as UTF-8, when they are valid UTF-8 and not plain ASCII. */
  utf8?: string
  /** Bytes cut from the end of `value`: capture keeps at most 8 KiB of one value. */
  cutBytes?: number
}

export interface CookiePair {
  name: string
  value: string
}

/** A cookie the browser considered for a request (CDP `associatedCookies`). */
export interface ConsideredCookie {
  cookie: StoredCookie
  /** Empty when the cookie was sent. CDP reason names, e.g. `SameSiteLax`, `NotOnPath`. */
  blockedReasons: string[]
  /**
   * Sent only because an exception let it through (CDP `CookieExemptionReason`, e.g.
   * `UserSetting`, `StorageAccess`); absent when no exception was needed (`None`).
   */
  exemptionReason?: string
}

/** A Set-Cookie line stored only because an exception let it through (`exemptedCookies`). */
export interface ExemptedSetCookie {
  cookieLine: string
  /** The CDP `CookieExemptionReason` as the browser named it, kept raw. */
  reason: string
}

/**
 * One of Chromium's cookie issues (`Audits.issueAdded`, `CookieIssueDetails`): a warning that a
 * cookie works now but will not (or works only by an exception), or why it was excluded. Every
 * code is kept raw, so a reason a newer Chromium adds is shown, not dropped.
 */
export interface CookieIssue {
  /** `SetCookie` (a response's line) or `ReadCookie` (a request's cookie); raw, null if absent. */
  operation: string | null
  /**
   * A script on the page did it (`document.cookie`), not a request: the issue named no request
   * and sits on the exchange that loaded the page.
   */
  byScript?: true
  /** The cookie the issue is about, when the browser named one. */
  cookie: { name: string; domain: string; path: string } | null
  /** The Set-Cookie line, when the browser could not make a cookie of it. */
  rawCookieLine: string | null
  warningReasons: string[]
  exclusionReasons: string[]
  siteForCookies: string | null
  cookieUrl: string | null
  /** Chromium's hint for why a third-party cookie was allowed (`GracePeriod`, `Heuristics`). */
  insight: { type: string; tableEntryUrl: string | null } | null
  /** Fields this version of Cookie Lab does not know, as `name: JSON` (cut short), in order. */
  otherFields?: string[]
}

/** The attributes of one `Set-Cookie` line, as a well-kept parser reads them. */
export interface ParsedSetCookie {
  name: string
  value: string
  domain?: string
  path?: string
  /** The raw Expires attribute text, and its instant when it parses. */
  expires?: string
  expiresAt?: number
  maxAge?: number
  secure: boolean
  httpOnly: boolean
  /** As written on the line (any case); null when absent. */
  sameSite: string | null
  partitioned: boolean
}

/**
 * What became of one `Set-Cookie` line. Until the store has been read after the response, it
 * is what the browser said (ExtraInfo `blockedCookies`); then capture checks it against the
 * store right after the exchange (see `core/capture/line-verdict.ts`).
 */
export type SetCookieOutcome =
  | {
      status: 'stored'
      /**
       * Where the cookie the store holds differs from what the line asked (a value cut, an
       * expiry capped at 400 days, a domain normalised): both sides, as facts.
       */
      held?: HeldDifference[]
      /**
       * Not in the store when it was read, because a later line (of this response, or of the
       * exchange with this id) wrote the same cookie first: this line was never seen there.
       */
      replacedBy?: string
    }
  | { status: 'blocked'; reasons: string[] }
  /**
   * The browser named no reason, but the store after the response does not hold the cookie.
   * `inferred`: the most likely cause, read from the line itself; a guess, and shown as one.
   */
  | { status: 'notStored'; inferred: InferredNotStored }
  /** The response's raw headers were never observed, so the browser's verdict is unknown. */
  | { status: 'unknown' }

export interface SetCookieLine {
  raw: string
  /** null when the line is malformed beyond parsing (then `problems` says why). */
  parsed: ParsedSetCookie | null
  /** What is odd about the line: CR/LF, NUL, non-ASCII, oversize, ... */
  problems: SetCookieProblem[]
  outcome: SetCookieOutcome
  /** Bytes cut from the end of `raw` (and of `parsed.value`); problems and verdict saw it whole. */
  cutBytes?: number
}

export type ChangeType = 'added' | 'changed' | 'removed' | 'expired'

/** What caused a store change. */
export type ChangeCause =
  /** A `Set-Cookie` line on this timeline entry's response. */
  | { by: 'response'; entryId: string }
  /** `document.cookie` (or another script API): no response explains the change. */
  | { by: 'script' }
  /** The user edited the store in the inspector. */
  | { by: 'inspector' }
  /** The cookie's expiry passed. */
  | { by: 'expiry' }
  /** The browser evicted it (too many cookies, overwrite by a newer one...). */
  | { by: 'browser'; detail: BrowserChangeDetail }

export interface StoreChange {
  type: ChangeType
  /** The cookie after the change; for removed/expired, the cookie as it was. */
  cookie: StoredCookie
  /** For `changed`: the cookie before. */
  before?: StoredCookie
  cause: ChangeCause
  at: number
}

interface EntryBase {
  /** Unique and stable: updates of the same entry keep it. */
  id: string
  /** Monotonic order of creation; the timeline sorts by it. */
  seq: number
  time: number
  /** Store changes this entry caused. */
  storeChanges: StoreChange[]
}

/** The values of the `Sec-Fetch-Site` request header (W3C Fetch Metadata). */
export type FetchSite = 'none' | 'same-origin' | 'same-site' | 'cross-site'

export type ExchangeState = 'pending' | 'complete' | 'failed'

/** One HTTP request/response hop. A redirect chain is one exchange per hop. */
export interface Exchange extends EntryBase {
  kind: 'exchange'
  /** The CDP requestId, shared by every hop of a redirect chain. */
  requestId: string
  hop: number
  /** '' when the browser never reported it (only raw headers were heard). */
  method: string
  /** '' when the browser never reported it: the row says so rather than show a made-up one. */
  url: string
  /** Bytes cut from the end of `url`: capture keeps at most 8 KiB of it. */
  urlCutBytes?: number
  /**
   * The origin of the page that made the request (CDP's initiator, or for a subresource its
   * document); absent when the browser named none (an address typed, a reload). Explains
   * SameSite verdicts: the site context of the request.
   */
  initiatorOrigin?: string
  /**
   * The request's `Sec-Fetch-Site` as sent: the browser's own word on how the request's initiator
   * relates to its site. `none`: no page started it, the browser did (an address typed, a reload,
   * a bookmark, the app's own buttons). Absent when the header was not seen (or held another
   * value than the four the Fetch Metadata spec defines); Chromium sends it only to potentially
   * trustworthy origins (https, localhost), not over plain http to a *.test name.
   */
  fetchSite?: FetchSite
  /** `Sec-Fetch-User: ?1` was sent: the browser says a user's action started the navigation. */
  fetchUser?: true
  /**
   * Cookie Lab's own address bar (or Home) asked for this navigation: the browser started it,
   * not a page, also where `Sec-Fetch-Site` is not sent (plain http).
   */
  appNavigation?: true
  /** CDP resource type: Document, Fetch, XHR, Script, Image, Stylesheet, Other, ... */
  resourceType: string
  /** Favicons, images, scripts, styles, fonts: real traffic the UI hides by default. */
  isAsset: boolean
  state: ExchangeState
  status: number | null
  statusText: string
  mimeType: string
  failure?: ExchangeFailure
  /** Where the hop redirected to, when it did. */
  redirectedTo?: string
  /** Raw wire headers; null when never observed (memory cache, service worker, data:). */
  requestHeaders: HeaderLine[] | null
  responseHeaders: HeaderLine[] | null
  /** The raw `Cookie` header as sent, null when none was sent (or headers not observed). */
  cookieHeader: string | null
  /** Bytes cut from the end of `cookieHeader` (`cookiePairs` were read from all of it). */
  cookieHeaderCutBytes?: number
  cookiePairs: CookiePair[]
  considered: ConsideredCookie[]
  setCookies: SetCookieLine[]
  finishedAt?: number
  /** Chromium's cookie issues about this hop (`Audits.issueAdded`), in arrival order. */
  cookieIssues?: CookieIssue[]
  /** Set-Cookie lines stored only by an exception (`responseReceivedExtraInfo.exemptedCookies`). */
  exemptedSetCookies?: ExemptedSetCookie[]
  /**
   * The partition a `Partitioned` cookie set by this response is stored in (CHIPS), from
   * `responseReceivedExtraInfo.cookiePartitionKey`; `opaque` when the browser could not say.
   */
  cookiePartition?: { key: PartitionKey | null; opaque: boolean }
  /**
   * The request's site has cookies in another partition that this request did not see
   * (`requestWillBeSentExtraInfo.siteHasCookieInOtherPartition`).
   */
  siteHasCookieInOtherPartition?: boolean
  /**
   * A failed navigation that Chromium's error page tried again by itself (or a reload tried),
   * failing the same way each time: how many such tries; they are not rows of their own.
   */
  browserRetries?: number
  /**
   * Past capture's memory budget, the raw header lines of older exchanges are released (their
   * cookie facts stay): the bytes released. The header arrays are then empty, not null.
   */
  headersReleasedBytes?: number
}

/** Store changes no response explains: `document.cookie` and friends. */
export interface ScriptWrite extends EntryBase {
  kind: 'script-write'
  /** The page that was showing when the write was seen. */
  pageUrl: string | null
}

export type InspectorAction = 'set' | 'delete' | 'clear'

/** An edit the user made in the store inspector. */
export interface InspectorEdit extends EntryBase {
  kind: 'inspector-edit'
  action: InspectorAction
  /** What the edit did, or tried to do and why it could not. */
  summary: InspectorEditSummary
}

/** Capture stopped for a while (debugger detached, pane crashed): events may be missing. */
export interface CaptureGap extends EntryBase {
  kind: 'capture-gap'
  reason: GapReason
  endedAt: number | null
}

export type TimelineEntry = Exchange | ScriptWrite | InspectorEdit | CaptureGap

/** Light or dark: the UI's resolved theme, which the pane's pages are told to prefer too. */
export type ColorScheme = 'light' | 'dark'

/** Where the browser pane is. */
export interface PaneState {
  url: string
  title: string
  canGoBack: boolean
  canGoForward: boolean
  loading: boolean
  crashed: boolean
}

export function cookieKeyOf(c: CookieKey): string {
  const key = `${c.name}\u0000${c.domain}\u0000${c.path}`
  const partition = c.partitionKey
  if (!partition) return key
  return `${key}\u0000${partition.topLevelSite}\u0000${partition.hasCrossSiteAncestor ? 1 : 0}`
}

/**
 * Same value and attributes (the key is assumed equal): the store did not change this cookie.
 * Capture diffs snapshots with it; the inspector marks only the cookie an entry left.
 */
export function sameCookie(a: StoredCookie, b: StoredCookie): boolean {
  return (
    a.value === b.value &&
    a.expires === b.expires &&
    a.httpOnly === b.httpOnly &&
    a.secure === b.secure &&
    a.sameSite === b.sameSite &&
    a.hostOnly === b.hostOnly &&
    a.priority === b.priority
  )
}
