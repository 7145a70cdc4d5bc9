// Who changed the store? Over plain CDP the store only shows *that* a cookie changed; the cause
// is inferred from the evidence capture holds when the change is seen:
//  - an inspector edit capture made itself, for the keys it touched;
//  - a stored `Set-Cookie` line of a recent exchange with the same name, a compatible domain and
//    path, and the value now in the store (or a past expiry, for a removal). A Domain equal to
//    the host may come back host-only (`Domain=127.0.0.1`): see set-cookie-target.ts;
//  - Electron's cause for the key, when the shell passed it on (`evicted`, `expired`);
//  - the clock, for a cookie whose expiry passed.
// Whatever none of these explains was written by a script.

import type { ChangeCause, CookieKey, SetCookieLine, StoredCookie } from '../../shared/domain'
import type { ExchangeBody } from './exchange-journal'
import {
  bareDomain,
  deletesAt,
  isTargetOf,
  targetOf,
  type SetCookieTarget,
} from './set-cookie-target'
import type { RawChange } from './store-diff'

/** A Set-Cookie line that may explain a store change seen soon after it. */
interface LineEvidence {
  entryId: string
  target: SetCookieTarget
  value: string
  deletes: boolean
  /** Non-ASCII bytes: the store may show them differently, so the value cannot be compared. */
  fuzzyValue: boolean
  registeredAt: number
}

interface InspectorExpectation {
  entryId: string
  keys: CookieKey[] | 'all'
}

export interface Verdict {
  type: RawChange['type']
  cause: ChangeCause
  /** The entry that holds the change; null when no entry explains it (a script write). */
  entryId: string | null
  /**
   * Told on the entry that set the cookie (expiry, eviction), though it happened now: the
   * store's history gets it now, and the store right after that entry stays as it was.
   */
  atOrigin?: true
}

/** Electron's causes that say more than "something changed it". */
const BROWSER_CAUSES: Record<string, 'evicted' | 'expired'> = {
  evicted: 'evicted',
  expired: 'expired',
}

/** Chromium keeps at most 180 cookies per site and evicts down to 150 when a new one comes. */
const EVICTION_FLOOR = 150

/** Evidence is dropped after this many snapshots have seen the store since it was heard. */
const EVIDENCE_SNAPSHOTS = 2

export class ChangeAttribution {
  private lines: LineEvidence[] = []
  private readonly heard = new Set<string>()
  private readonly inspector = new Set<InspectorExpectation>()
  private readonly notes = new Map<string, { cause: string; registeredAt: number }>()
  private snapshots = 0

  /** Registers an exchange's Set-Cookie lines the browser stored (or may have), once. */
  registerExchange(exchange: ExchangeBody): boolean {
    if (this.heard.has(exchange.id)) return false
    const usable = exchange.setCookies.filter((line) => line.outcome.status !== 'blocked')
    if (exchange.responseHeaders === null && usable.length === 0) return false
    this.heard.add(exchange.id)
    for (const line of usable) {
      const evidence = this.evidenceOf(exchange, line)
      if (evidence) this.lines.push(evidence)
    }
    return usable.length > 0
  }

  expectInspector(entryId: string, keys: CookieKey[] | 'all'): () => void {
    const expectation: InspectorExpectation = { entryId, keys }
    this.inspector.add(expectation)
    return () => this.inspector.delete(expectation)
  }

  noteBrowserCause(key: CookieKey, cause: string): void {
    this.notes.set(noteKey(key), { cause, registeredAt: this.snapshots })
  }

  /**
   * The verdict on one change, consuming the evidence it uses; null when nothing explains it.
   * `origin` is the entry that last set the cookie (expiry and eviction happen to what it set);
   * `store` is the store after the snapshot, to recognise a site crowded enough for eviction.
   */
  explain(change: RawChange, origin: string | null, store: Iterable<StoredCookie>): Verdict | null {
    const { cookie } = change
    for (const expectation of this.inspector) {
      if (expectation.keys === 'all' || expectation.keys.some((key) => sameKey(key, cookie))) {
        return { type: change.type, cause: { by: 'inspector' }, entryId: expectation.entryId }
      }
    }
    const browser = this.takeNote(cookie)
    if (browser === 'expired') {
      return { type: 'expired', cause: { by: 'expiry' }, entryId: origin, atOrigin: true }
    }
    if (browser === 'evicted') {
      const detail = { code: 'evicted' } as const
      return { type: 'removed', cause: { by: 'browser', detail }, entryId: origin, atOrigin: true }
    }
    const removal = change.type === 'removed' || change.type === 'expired'
    const line = this.takeLine(cookie, removal)
    if (line) {
      return {
        type: removal ? 'removed' : change.type,
        cause: { by: 'response', entryId: line.entryId },
        entryId: line.entryId,
      }
    }
    if (change.type === 'expired')
      return { type: 'expired', cause: { by: 'expiry' }, entryId: origin, atOrigin: true }
    if (change.type === 'removed' && crowded(cookie, store)) {
      const detail = { code: 'evictedCrowdedSite' } as const
      return { type: 'removed', cause: { by: 'browser', detail }, entryId: origin, atOrigin: true }
    }
    return null
  }

  /** A snapshot has been diffed: old evidence and notes will not explain anything any more. */
  snapshotDone(): void {
    this.snapshots += 1
    const fresh = (registeredAt: number) => this.snapshots - registeredAt <= EVIDENCE_SNAPSHOTS
    this.lines = this.lines.filter((line) => fresh(line.registeredAt))
    for (const [key, note] of this.notes) if (!fresh(note.registeredAt)) this.notes.delete(key)
  }

  private takeLine(cookie: StoredCookie, removal: boolean): LineEvidence | null {
    for (let i = this.lines.length - 1; i >= 0; i -= 1) {
      const line = this.lines[i]
      if (!line || !explains(line, cookie, removal)) continue
      this.lines.splice(i, 1)
      return line
    }
    return null
  }

  private takeNote(cookie: StoredCookie): 'evicted' | 'expired' | null {
    const key = noteKey(cookie)
    const note = this.notes.get(key)
    if (!note) return null
    this.notes.delete(key)
    return BROWSER_CAUSES[note.cause] ?? null
  }

  private evidenceOf(exchange: ExchangeBody, line: SetCookieLine): LineEvidence | null {
    const parsed = line.parsed
    if (!parsed) return null
    return {
      entryId: exchange.id,
      target: targetOf(parsed, exchange.url),
      value: parsed.value,
      deletes: deletesAt(parsed, exchange.time),
      fuzzyValue: line.problems.some(
        (problem) => problem.code === 'nonAsciiUtf8' || problem.code === 'nonAsciiNotUtf8',
      ),
      registeredAt: this.snapshots,
    }
  }
}

function explains(line: LineEvidence, cookie: StoredCookie, removal: boolean): boolean {
  if (line.deletes !== removal || !isTargetOf(line.target, cookie)) return false
  return removal || line.fuzzyValue || line.value === cookie.value
}

function crowded(cookie: StoredCookie, store: Iterable<StoredCookie>): boolean {
  const site = bareDomain(cookie.domain)
  let count = 0
  for (const other of store) {
    const domain = bareDomain(other.domain)
    if (domain === site || domain.endsWith(`.${site}`) || site.endsWith(`.${domain}`)) count += 1
  }
  return count >= EVICTION_FLOOR
}

/**
 * An inspector edit's key and a stored cookie, the domain's leading dot aside: Chromium stores
 * `.127.0.0.1` (an IP address) host-only, as `127.0.0.1`.
 */
function sameKey(key: CookieKey, cookie: StoredCookie): boolean {
  return (
    key.name === cookie.name &&
    key.path === cookie.path &&
    bareDomain(key.domain) === bareDomain(cookie.domain)
  )
}

/** Electron's cookie events may give a domain with or without its dot; notes ignore it. */
const noteKey = (key: CookieKey) => `${key.name}\u0000${bareDomain(key.domain)}\u0000${key.path}`
