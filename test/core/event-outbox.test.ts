import { describe, expect, it } from 'vitest'
import { EventOutbox, type WireEvent } from '../../src/core/event-outbox'
import type { StoredCookie, TimelineEntry } from '../../src/shared/domain'
import { WIRE_MEMORY, WireDecoder } from '../../src/shared/event-wire'
import { seededRandom } from './seeded-random'

describe('EventOutbox', () => {
  it('gathers a burst: each entry’s newest version in first-come order, the newest store, all news', () => {
    const outbox = new EventOutbox()
    const a = (status: number | null) => ({ id: 'a', status }) as unknown as TimelineEntry
    const b = { id: 'b', status: null } as unknown as TimelineEntry
    outbox.push('entry', a(null))
    outbox.push('store', [])
    outbox.push('entry', b)
    outbox.push('entry', a(200))
    outbox.push('lessonOpened', { n: 1 } as never)
    outbox.push('store', [{ name: 'x', domain: 'd', path: '/' } as StoredCookie])
    outbox.push('lessonOpened', { n: 2 } as never)
    const decoder = new WireDecoder()
    const decoded = outbox.drain().map(([name, data]) => {
      if (name === 'entry') return decoder.entry(data)
      if (name === 'store') return decoder.store(data)
      return data
    })
    expect(decoded).toEqual([
      a(200),
      b,
      { n: 1 },
      { n: 2 },
      [{ name: 'x', domain: 'd', path: '/' }],
    ])
    expect(outbox.empty).toBe(true)
  })

  // The property the wire rests on: whatever the traffic, deliveries and reloads, every entry and
  // store the UI decodes after its `ready` is exactly the newest the host had, and no change is
  // dropped, also across evictions from both halves' bounded memory.
  it('hands a UI exactly what the host had, through evictions and reloads (randomised)', () => {
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed)
      const pick = (n: number) => Math.floor(random() * n)
      const outbox = new EventOutbox()
      const newest = new Map<string, TimelineEntry>()
      let store: StoredCookie[] = []
      let ui = new WireDecoder()
      let changes = 0
      let reloads = 0
      const deliver = (events: WireEvent[], afterReady: boolean) => {
        for (const [name, data] of events) {
          if (name === 'entry') {
            changes += 'base' in data ? 1 : 0
            const decoded = ui.entry(data)
            if (!afterReady) continue
            expect(decoded, 'a change the UI could not apply').not.toBeNull()
            expect(decoded).toEqual(newest.get(decoded!.id))
          } else if (name === 'store') {
            const decoded = ui.store(data)
            if (afterReady) expect(decoded).toEqual(store)
          }
        }
      }
      for (let step = 0; step < 20_000; step += 1) {
        const roll = random()
        if (roll < 0.85) {
          // Mostly the newest entries change; now and then one evicted from both memories long ago.
          const n = random() < 0.7 ? 2 * WIRE_MEMORY - 1 - pick(50) : pick(2 * WIRE_MEMORY)
          const before = newest.get(`e${n}`) as unknown as Record<string, unknown> | undefined
          const version = {
            id: `e${n}`,
            seq: n,
            status: pick(3) === 0 ? null : 200,
            cookiePairs: before && random() < 0.7 ? before['cookiePairs'] : [pick(5)],
            ...(random() < 0.2 ? { finishedAt: step } : {}),
          } as unknown as TimelineEntry
          newest.set(version.id, version)
          outbox.push('entry', version)
        } else if (roll < 0.95) {
          const name = `c${pick(20)}`
          const others = store.filter((c) => c.name !== name)
          const value = String(step)
          store =
            random() < 0.3 ? others : [...others, { name, domain: 'd', path: '/', value } as never]
          if (random() < 0.1) store = [...store].reverse()
          outbox.push('store', store)
        } else if (roll < 0.9998) {
          deliver(outbox.drain(), true)
        } else {
          // A reload: what went out before `ready` still reaches the new page, which may drop it.
          reloads += 1
          const inFlight = outbox.drain()
          ui = new WireDecoder()
          outbox.uiReady()
          deliver(inFlight, false)
        }
      }
      deliver(outbox.drain(), true)
      // The run did exercise changes, evictions and reloads.
      expect(changes).toBeGreaterThan(5000)
      expect(reloads).toBeGreaterThan(0)
    }
  })
})
