// ExtraInfo events arrive before or after their main events, in any interleaving with other
// requests. Whatever the order, capture must build the same exchanges.

import { describe, expect, it } from 'vitest'
import { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { Exchange } from '../../../src/shared/domain'
import { fixtureStart, loadFixture, type CdpFixture } from './fake-browser'
import { seededRandom } from '../seeded-random'

type CdpEvent = CdpFixture['events'][number]

const isExtraInfo = (event: CdpEvent) => event.method.endsWith('ExtraInfo')

/**
 * Moves every ExtraInfo event to a random place, keeping only what CDP guarantees: the
 * ExtraInfo of one kind for one request stays in its own order (one per hop).
 */
function shuffleExtraInfo(events: CdpEvent[], seed: number): CdpEvent[] {
  const next = seededRandom(seed)
  const out = events.filter((event) => !isExtraInfo(event))
  const lastAt = new Map<string, number>()
  for (const event of events.filter(isExtraInfo)) {
    const group = `${event.method}|${String(event.params.requestId)}`
    const from = (lastAt.get(group) ?? -1) + 1
    const at = from + Math.floor(next() * (out.length - from + 1))
    out.splice(at, 0, event)
    for (const [key, position] of lastAt) if (position >= at) lastAt.set(key, position + 1)
    lastAt.set(group, at)
  }
  return out
}

function exchangesOf(fixture: CdpFixture, events: CdpEvent[]): Exchange[] {
  const start = fixtureStart(fixture)
  const capture = new PaneCapture({ now: () => start, storePollMs: 0 })
  for (const event of events) capture.ingest(event.method, event.params)
  const exchanges = capture.entries().filter((e): e is Exchange => e.kind === 'exchange')
  capture.close()
  return exchanges
}

const SCENARIOS = [
  'set-get-delete',
  'redirect',
  'samesite-none-insecure',
  'malformed-set-cookie',
  'memory-cache',
  'samesite-cross-site',
  'path-mismatch',
]

describe('ExtraInfo before or after its main event', () => {
  it.each(SCENARIOS)('builds the same exchanges from %s in 40 shuffled orders', (scenario) => {
    const fixture = loadFixture(scenario)
    const expected = exchangesOf(fixture, fixture.events)
    let reordered = 0
    for (let seed = 1; seed <= 40; seed += 1) {
      const events = shuffleExtraInfo(fixture.events, seed)
      if (events.some((event, i) => event !== fixture.events[i])) reordered += 1
      expect(exchangesOf(fixture, events), `seed ${seed}`).toEqual(expected)
    }
    expect(reordered).toBeGreaterThan(30)
  })

  it('joins all ExtraInfo of a redirect chain that arrives before any main event', () => {
    const fixture = loadFixture('redirect')
    const events = [
      ...fixture.events.filter(isExtraInfo),
      ...fixture.events.filter((e) => !isExtraInfo(e)),
    ]
    const exchanges = exchangesOf(fixture, events)
    expect(exchanges.map((e) => e.cookieHeader)).toEqual([
      null,
      'session=s3cr3t',
      'session=s3cr3t; hop=2',
    ])
    expect(exchanges.map((e) => e.setCookies.map((l) => l.parsed?.name))).toEqual([
      ['session'],
      ['hop'],
      [],
    ])
  })

  it('updates a complete exchange when its response ExtraInfo comes after loadingFinished', () => {
    const fixture = loadFixture('set-get-delete')
    const set = fixture.events.slice(0, 5)
    const extra = set.find((e) => e.method === 'Network.responseReceivedExtraInfo')!
    const start = fixtureStart(fixture)
    const capture = new PaneCapture({ now: () => start, storePollMs: 0 })
    const seen: Exchange[] = []
    capture.subscribe({ entry: (entry) => entry.kind === 'exchange' && seen.push(entry) })
    for (const event of set.filter((e) => e !== extra)) capture.ingest(event.method, event.params)
    expect(seen.at(-1)).toMatchObject({ state: 'complete', responseHeaders: null, setCookies: [] })
    capture.ingest(extra.method, extra.params)
    expect(seen.at(-1)).toMatchObject({ state: 'complete' })
    expect(seen.at(-1)?.setCookies.map((l) => l.raw)).toEqual(['userID=alice; Path=/'])
    expect(new Set(seen.map((e) => e.id)).size).toBe(1)
    capture.close()
  })
})
