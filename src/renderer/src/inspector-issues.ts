// "Cookies with an issue", the inspector's filter, as a pure function of the store and the
// timeline. Each source below reads one kind of evidence and reports facts: "this cookie (or
// every cookie matching this target) has this issue". The filter keeps a cookie when some fact
// names it. A new kind of evidence is one more source in ISSUE_SOURCES and one more code in
// CookieIssue (with its words in messages/en/inspector.ts); nothing else changes.

import type { Exchange, PartitionKey, StoredCookie, TimelineEntry } from '../../shared/domain'
import { cookieKeyOf, MAX_NAME_VALUE_BYTES } from '../../shared/domain'
import { kindOfReason } from '../../shared/explain/blocked-reasons'

/** What is wrong, as a code with parameters; the words live in the catalogue. */
export type CookieIssue =
  /** The newest request that considered it did not carry it, for REASONS (CDP codes). */
  | { code: 'inspector.issue.notSent'; seq: number; reasons: readonly string[] }
  /** The newest Set-Cookie line for it was refused: the store holds an older one. */
  | { code: 'inspector.issue.setRefused'; seq: number; reasons: readonly string[] }
  | { code: 'inspector.issue.sameSiteNoneWithoutSecure' }
  /** Characters outside printable ASCII, which reach a server as bytes it may misread. */
  | { code: 'inspector.issue.valueBytes' }
  | { code: 'inspector.issue.nearSizeLimit'; bytes: number; max: number }
  /** Chromium's own cookie issue (the Audits domain) on the newest exchange that raised one. */
  | {
      code: 'inspector.issue.chromium'
      seq: number
      warnings: readonly string[]
      exclusions: readonly string[]
    }

export type CookieIssueCode = CookieIssue['code']

/**
 * Which stored cookies a fact is about. Only `name` is required: a field left out matches any
 * value (a Set-Cookie line without Path, a Chromium issue that names only the cookie's line).
 */
export interface CookieTarget {
  name: string
  /** With or without the leading dot: `shop.test` and `.shop.test` are one domain. */
  domain?: string
  path?: string
  /** null: the unpartitioned cookie only. */
  partitionKey?: PartitionKey | null
}

export interface CookieIssueFact {
  target: CookieTarget
  issue: CookieIssue
}

export interface IssueEvidence {
  /** The store as shown (live, or as it was after a past entry). */
  cookies: readonly StoredCookie[]
  /** The timeline up to the store shown, oldest first. */
  entries: readonly TimelineEntry[]
}

export type IssueSource = (evidence: IssueEvidence) => CookieIssueFact[]

/** From here on a cookie is "near" that limit: a little more and the browser refuses it. */
export const NEAR_LIMIT_BYTES = Math.floor(MAX_NAME_VALUE_BYTES * 0.9)

// Printable ASCII (space to tilde) is what every server reads back as it was written.
const OUTSIDE_PRINTABLE_ASCII = /[^\x20-\x7e]/

/** What the store itself shows: attributes a browser or a server will trip on. */
export const storeIssueFacts: IssueSource = ({ cookies }) => {
  const facts: CookieIssueFact[] = []
  for (const cookie of cookies) {
    const target = targetOf(cookie)
    if (cookie.sameSite === 'None' && !cookie.secure) {
      facts.push({ target, issue: { code: 'inspector.issue.sameSiteNoneWithoutSecure' } })
    }
    if (OUTSIDE_PRINTABLE_ASCII.test(cookie.value)) {
      facts.push({ target, issue: { code: 'inspector.issue.valueBytes' } })
    }
    if (cookie.size >= NEAR_LIMIT_BYTES) {
      facts.push({
        target,
        issue: {
          code: 'inspector.issue.nearSizeLimit',
          bytes: cookie.size,
          max: MAX_NAME_VALUE_BYTES,
        },
      })
    }
  }
  return facts
}

/**
 * What one entry says about sending and setting cookies, worked out once per version of the entry
 * (entries are immutable: a newer version is a new object). The timeline's walk below runs at
 * every store or timeline change; with hundreds of cookies per request, re-deriving keys and
 * reason kinds each time made it the UI's costliest work in a burst.
 */
interface EntryVerdicts {
  /** `nameAndDomain` of the cookies the entry added or changed in the store. */
  stored: string[]
  /**
   * Each cookie the request considered, by `cookieKeyOf`: whether it decides, and its trouble
   * (null: sent, or only a rule at work).
   */
  considered: Map<string, { decides: boolean; fact: CookieIssueFact | null }>
  /** Each parsed Set-Cookie line: its `nameAndDomain`, and the refusal fact when it was refused. */
  lines: Array<{ key: string; fact: CookieIssueFact | null }>
}

const preparedVerdicts = new WeakMap<TimelineEntry, EntryVerdicts>()

function verdictsOf(entry: TimelineEntry): EntryVerdicts {
  const known = preparedVerdicts.get(entry)
  if (known) return known
  const verdicts: EntryVerdicts = { stored: [], considered: new Map(), lines: [] }
  for (const change of entry.storeChanges) {
    if (change.type === 'added' || change.type === 'changed') {
      verdicts.stored.push(nameAndDomain(change.cookie.name, change.cookie.domain))
    }
  }
  if (entry.kind === 'exchange') {
    for (const considered of entry.considered) {
      // The rule doing its job (a cookie for /john not sent to /) is not trouble.
      const reasons = considered.blockedReasons.filter(
        (reason) => kindOfReason(reason, 'request') === 'problem',
      )
      const key = cookieKeyOf(considered.cookie)
      if (verdicts.considered.has(key)) continue
      verdicts.considered.set(key, {
        // Blocked only by the rules of path and domain: this request says nothing either way.
        decides: considered.blockedReasons.length === 0 || reasons.length > 0,
        fact:
          reasons.length === 0
            ? null
            : {
                target: targetOf(considered.cookie),
                issue: { code: 'inspector.issue.notSent', seq: entry.seq, reasons },
              },
      })
    }
    for (const line of entry.setCookies) {
      if (!line.parsed) continue
      const domain = line.parsed.domain ?? hostOf(entry)
      if (domain === null) continue
      verdicts.lines.push({
        key: nameAndDomain(line.parsed.name, domain),
        fact:
          line.outcome.status !== 'blocked'
            ? null
            : {
                target: {
                  name: line.parsed.name,
                  domain,
                  ...(line.parsed.path ? { path: line.parsed.path } : {}),
                },
                issue: {
                  code: 'inspector.issue.setRefused',
                  seq: entry.seq,
                  reasons: line.outcome.reasons,
                },
              },
      })
    }
  }
  preparedVerdicts.set(entry, verdicts)
  return verdicts
}

/**
 * What the newest exchanges say: a cookie not sent, a newer value refused. Only the newest
 * verdict on each cookie counts, and only cookies in the store can carry an issue, so the walk
 * stops once every stored cookie has its newest verdict on both sides.
 */
export const timelineIssueFacts: IssueSource = ({ entries, cookies }) => {
  const facts: CookieIssueFact[] = []
  const setDecided = new Set<string>()
  const sendWanted = new Set(cookies.map(cookieKeyOf))
  const setWanted = new Set(cookies.map((cookie) => nameAndDomain(cookie.name, cookie.domain)))
  // Newest first: the newest verdict on a cookie is the one that counts.
  for (let index = entries.length - 1; index >= 0; index--) {
    if (sendWanted.size === 0 && setWanted.size === 0) break
    const verdicts = verdictsOf(entries[index] as TimelineEntry)
    for (const key of verdicts.stored) decide(setDecided, setWanted, key)
    // A stored cookie that no request decides (one never sent, say) keeps the walk going to the
    // oldest entry, so each entry costs the fewer of its considered cookies and those still
    // wanted: in a burst, requests carried 176 cookies each, and walking all of them at every
    // row took a tenth of the UI's time.
    const { considered } = verdicts
    const keys = sendWanted.size < considered.size ? [...sendWanted] : considered.keys()
    for (const key of keys) {
      const verdict = considered.get(key)
      if (!verdict?.decides || !sendWanted.delete(key)) continue
      if (verdict.fact) facts.push(verdict.fact)
    }
    for (const { key, fact } of verdicts.lines) {
      if (setDecided.has(key)) continue
      decide(setDecided, setWanted, key)
      if (fact) facts.push(fact)
    }
  }
  return facts
}

function decide(decided: Set<string>, wanted: Set<string>, key: string): void {
  decided.add(key)
  wanted.delete(key)
}

/** Chromium's own cookie issues (the Audits domain), the newest for each cookie it names. */
export const chromiumIssueFacts: IssueSource = ({ entries }) => {
  const facts: CookieIssueFact[] = []
  const decided = new Set<string>()
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index] as TimelineEntry
    if (entry.kind !== 'exchange') continue
    for (const issue of entry.cookieIssues ?? []) {
      const cookie = issue.cookie
      if (!cookie) continue
      const key = `${cookie.name}\u0000${bare(cookie.domain)}\u0000${cookie.path}`
      if (decided.has(key)) continue
      decided.add(key)
      facts.push({
        target: { name: cookie.name, domain: cookie.domain, path: cookie.path },
        issue: {
          code: 'inspector.issue.chromium',
          seq: entry.seq,
          warnings: issue.warningReasons,
          exclusions: issue.exclusionReasons,
        },
      })
    }
  }
  return facts
}

/** Every source of issue facts. */
export const ISSUE_SOURCES: readonly IssueSource[] = [
  storeIssueFacts,
  timelineIssueFacts,
  chromiumIssueFacts,
]

/** Each shown cookie's issues, by `cookieKeyOf`; a cookie without any is not in the map. */
export function issuesByCookie(
  evidence: IssueEvidence,
  sources: readonly IssueSource[] = ISSUE_SOURCES,
): ReadonlyMap<string, readonly CookieIssue[]> {
  const facts = sources.flatMap((source) => source(evidence))
  const byName = new Map<string, CookieIssueFact[]>()
  for (const fact of facts) {
    const list = byName.get(fact.target.name)
    if (list) list.push(fact)
    else byName.set(fact.target.name, [fact])
  }
  const issues = new Map<string, CookieIssue[]>()
  for (const cookie of evidence.cookies) {
    for (const fact of byName.get(cookie.name) ?? []) {
      if (!targets(fact.target, cookie)) continue
      const key = cookieKeyOf(cookie)
      const list = issues.get(key)
      if (list) list.push(fact.issue)
      else issues.set(key, [fact.issue])
    }
  }
  return issues
}

function targets(target: CookieTarget, cookie: StoredCookie): boolean {
  if (target.domain !== undefined && bare(target.domain) !== bare(cookie.domain)) return false
  if (target.path !== undefined && target.path !== cookie.path) return false
  if (target.partitionKey !== undefined) {
    const a = target.partitionKey
    const b = cookie.partitionKey
    if (a === null || b === null) return a === b
    return a.topLevelSite === b.topLevelSite && a.hasCrossSiteAncestor === b.hasCrossSiteAncestor
  }
  return true
}

function targetOf(cookie: StoredCookie): CookieTarget {
  return {
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    partitionKey: cookie.partitionKey,
  }
}

const bare = (domain: string) => domain.replace(/^\./, '').toLowerCase()
const nameAndDomain = (name: string, domain: string) => `${name}\u0000${bare(domain)}`

function hostOf(exchange: Exchange): string | null {
  try {
    return new URL(exchange.url).hostname
  } catch {
    return null
  }
}
