// A test double of the browser end of a CDP connection: it answers the store commands capture
// sends from a cookie list the test scripts, and lets the test emit events. Real CDP is tested
// against Debian's Chromium in test/e2e/capture-chromium.test.ts.

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Protocol } from 'devtools-protocol'
import type { CdpConnection } from '../../../src/core/capture/cdp-connection'
import { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { Exchange } from '../../../src/shared/domain'
import { WaitingCapture } from '../../support/waiting-capture'
import { exchangeEvents, type ExchangeSpec } from './cdp-events'

export type CdpCookie = Omit<
  Protocol.Network.Cookie,
  'priority' | 'sourceScheme' | 'sourcePort' | 'size'
> & { size?: number }

export interface SentCommand {
  method: string
  params: unknown
}

/** The event half of a scripted CDP target: listeners subscribe, the test emits. */
export class ScriptedEvents {
  private readonly listeners = new Set<(method: string, params: unknown) => void>()

  onEvent(listener: (method: string, params: unknown) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(method: string, params: unknown): void {
    for (const listener of [...this.listeners]) listener(method, params)
  }

  get listenerCount(): number {
    return this.listeners.size
  }
}

export class FakeBrowser extends ScriptedEvents implements CdpConnection {
  cookies: CdpCookie[] = []
  readonly sent: SentCommand[] = []
  /** Makes the next `Network.setCookie` fail as Chromium does: a protocol error, or `false`. */
  refuseNextSet: 'error' | 'success-false' | null = null

  // The CdpConnection signature is generic over every command; the double answers the few
  // capture uses and fails loudly on any other.
  send: CdpConnection['send'] = ((method: string, params?: unknown) => {
    this.sent.push({ method, params })
    return Promise.resolve(this.answer(method, params))
  }) as CdpConnection['send']

  commands(method: string): SentCommand[] {
    return this.sent.filter((command) => command.method === method)
  }

  private answer(method: string, params: unknown): unknown {
    const p = (params ?? {}) as Record<string, unknown>
    switch (method) {
      case 'Network.enable':
      case 'Audits.enable':
        return {}
      case 'Network.getAllCookies':
        return { cookies: structuredClone(this.cookies) }
      case 'Network.setCookie': {
        const refusal = this.refuseNextSet
        this.refuseNextSet = null
        if (refusal === 'error') throw new Error('Sanitizing cookie failed')
        if (refusal === 'success-false') return { success: false }
        const cookie = cdpCookie({
          name: String(p.name),
          value: String(p.value),
          domain: String(p.domain),
          path: String(p.path ?? '/'),
          expires: typeof p.expires === 'number' ? p.expires : -1,
          httpOnly: p.httpOnly === true,
          secure: p.secure === true,
          ...(typeof p.sameSite === 'string'
            ? { sameSite: p.sameSite as Protocol.Network.CookieSameSite }
            : {}),
        })
        this.cookies = this.cookies.filter((c) => !sameKey(c, cookie)).concat(cookie)
        return { success: true }
      }
      case 'Network.deleteCookies':
        this.cookies = this.cookies.filter(
          (c) => !(c.name === p.name && c.domain === p.domain && c.path === (p.path ?? c.path)),
        )
        return {}
      case 'Network.clearBrowserCookies':
        this.cookies = []
        return {}
      default:
        throw new Error(`The fake browser does not answer ${method}`)
    }
  }
}

/** The fake browser sends the events of one exchange (see cdp-events.ts). */
export function emitExchange(browser: FakeBrowser, spec: ExchangeSpec): void {
  for (const event of exchangeEvents(spec)) browser.emit(event.method, event.params)
}

const sameKey = (a: CdpCookie, b: CdpCookie) =>
  a.name === b.name && a.domain === b.domain && a.path === b.path

/** A cookie as Chromium's store lists it; session cookies have `expires: -1`. */
export function cdpCookie(cookie: Partial<CdpCookie> & { name: string; value: string }): CdpCookie {
  const expires = cookie.expires ?? -1
  return {
    domain: '127.0.0.1',
    path: '/',
    httpOnly: false,
    secure: false,
    ...cookie,
    expires,
    session: expires < 0,
    size: cookie.name.length + cookie.value.length,
  }
}

// -- recorded fixtures ---------------------------------------------------------------------------

export interface CdpFixture {
  scenario: string
  origin: string
  events: Array<{ method: string; params: Record<string, unknown> }>
  snapshots: Array<{ afterEvent: number; cookies: CdpCookie[] }>
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'cdp')

export function loadFixture(scenario: string): CdpFixture {
  return JSON.parse(readFileSync(join(FIXTURES, `${scenario}.json`), 'utf8')) as CdpFixture
}

/** The wall clock of the fixture's first request, so replays run in recorded time. */
export function fixtureStart(fixture: CdpFixture): number {
  const first = fixture.events.find((event) => typeof event.params.wallTime === 'number')
  return ((first?.params.wallTime as number | undefined) ?? 1_800_000_000) * 1000
}

/**
 * Feeds the recorded events to capture through the fake browser, and at each point where the
 * recorder read the store, shows capture that store (as the poll or a debounced read would).
 */
export async function replay(
  capture: PaneCapture,
  browser: FakeBrowser,
  fixture: Pick<CdpFixture, 'events' | 'snapshots'>,
): Promise<void> {
  for (let index = 0; index <= fixture.events.length; index += 1) {
    for (const snapshot of fixture.snapshots.filter((s) => s.afterEvent === index)) {
      browser.cookies = structuredClone(snapshot.cookies)
      await capture.readStore()
    }
    const event = fixture.events[index]
    if (event) browser.emit(event.method, event.params)
  }
}

/**
 * A recorded scenario replayed into a fresh capture at recorded time, settled, with its exchanges
 * and `at(path, nth)` to find one. The caller closes the capture.
 */
export async function replayedFixture(scenario: string) {
  const fixture = loadFixture(scenario)
  const browser = new FakeBrowser()
  const start = fixtureStart(fixture)
  const capture = new PaneCapture({ now: () => start, storePollMs: 0 })
  await capture.attach(browser)
  await replay(capture, browser, fixture)
  await capture.settled()
  const entries = capture.entries()
  const exchanges = entries.filter((entry): entry is Exchange => entry.kind === 'exchange')
  const at = (path: string, nth = 0) => {
    const found = exchanges.filter((e) => new URL(e.url).pathname === path)[nth]
    if (!found) throw new Error(`no exchange #${nth} for ${path}`)
    return found
  }
  return { capture, browser, entries, exchanges, at, origin: fixture.origin }
}

/** A capture attached to a fresh fake browser, with a clock the test moves. */
export async function attachedCapture(options: { start?: number; cookies?: CdpCookie[] } = {}) {
  const clock = { now: options.start ?? Date.UTC(2026, 10, 25, 12) }
  const browser = new FakeBrowser()
  browser.cookies = options.cookies ?? []
  const capture = new WaitingCapture({
    now: () => clock.now,
    storePollMs: 0,
    storeReadDelayMs: 0,
  })
  await capture.attach(browser)
  return { capture, browser, clock }
}
